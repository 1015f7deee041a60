package dev.fluidsdk.threefs.launcher;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The values of all launcher keys, by dotted path. Every required key is present; an optional
 * key is absent while unset. Values only enter through {@link LauncherKey}-typed methods.
 */
final class ConfigValues {
  private final Map<String, Object> map;

  private ConfigValues(Map<String, Object> map) {
    this.map = Collections.unmodifiableMap(new TreeMap<>(map));
  }

  static ConfigValues defaults() {
    return new Builder().build();
  }

  <T> T get(LauncherKey<T> key) {
    return key.cast(map.get(key.path()));
  }

  Object raw(LauncherKey<?> key) {
    return map.get(key.path());
  }

  /** All set values by dotted path, sorted. */
  Map<String, Object> map() {
    return map;
  }

  /** The set values whose key lies in {@code section} or below it; all for {@code ""}. */
  Map<String, Object> under(String section) {
    Map<String, Object> out = new TreeMap<>();
    for (Map.Entry<String, Object> e : map.entrySet()) {
      if (inSection(e.getKey(), section)) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  static boolean inSection(String path, String section) {
    return section.isEmpty() || path.startsWith(section + ".");
  }

  Builder toBuilder() {
    return new Builder(map);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfigValues v && v.map.equals(map);
  }

  @Override
  public int hashCode() {
    return map.hashCode();
  }

  /** The mutable side, shared by a config builder and the section builders it hands out. */
  static final class Builder {
    private final Map<String, Object> map = new TreeMap<>();

    Builder() {
      for (LauncherKey<?> k : LauncherKeys.all()) {
        if (!k.isOptional()) {
          map.put(k.path(), k.defaultValue());
        }
      }
    }

    private Builder(Map<String, Object> from) {
      map.putAll(from);
    }

    /** Sets a value; {@code null} unsets an optional key and is refused for the others. */
    <T> void set(LauncherKey<T> key, T value) {
      if (value == null) {
        if (!key.isOptional()) {
          throw new NullPointerException(key.path() + " cannot be null: it has a 3FS default");
        }
        map.remove(key.path());
      } else {
        map.put(key.path(), value);
      }
    }

    /** Converts command-line text for {@code key}, checks it alone and sets it. */
    <T> void override(LauncherKey<T> key, String text) {
      Objects.requireNonNull(text, "value");
      T value = key.type().fromText(key.path(), text);
      Problems problems = new Problems();
      key.type().check(key.path(), value, problems);
      problems.throwIfAny();
      set(key, value);
    }

    /** Takes every value of {@code section} (and below) from {@code from}. */
    void copySection(ConfigValues from, String section) {
      map.keySet().removeIf(path -> inSection(path, section));
      map.putAll(from.under(section));
    }

    /** Adds the per-key problems of every key in {@code section} or below. */
    void check(String section, Problems problems) {
      for (LauncherKey<?> k : LauncherKeys.all()) {
        if (inSection(k.path(), section)) {
          k.checkStored(map.get(k.path()), problems);
        }
      }
    }

    ConfigValues build() {
      return new ConfigValues(map);
    }
  }
}
