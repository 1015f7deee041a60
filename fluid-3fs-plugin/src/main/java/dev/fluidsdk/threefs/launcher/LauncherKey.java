package dev.fluidsdk.threefs.launcher;

import java.util.Objects;

/**
 * One launcher key: its dotted TOML path exactly as 3FS spells it, its kind and 3FS's default.
 * Optional keys (3FS {@code std::optional}) have no default and are rendered only when set.
 *
 * @param <T> the Java type of the value
 */
final class LauncherKey<T> {
  private final String path;
  private final ValueType<T> type;
  private final T defaultValue;

  private LauncherKey(String path, ValueType<T> type, T defaultValue) {
    this.path = Objects.requireNonNull(path);
    this.type = Objects.requireNonNull(type);
    this.defaultValue = defaultValue;
  }

  static <T> LauncherKey<T> of(String path, ValueType<T> type, T defaultValue) {
    return new LauncherKey<>(path, type, Objects.requireNonNull(defaultValue));
  }

  static <T> LauncherKey<T> optional(String path, ValueType<T> type) {
    return new LauncherKey<>(path, type, null);
  }

  String path() {
    return path;
  }

  /** The dotted section, e.g. {@code client.io_worker}; empty for top-level keys. */
  String section() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** The key inside its section, e.g. {@code max_sge}. */
  String name() {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  ValueType<T> type() {
    return type;
  }

  /** 3FS's default; null for an optional key. */
  T defaultValue() {
    return defaultValue;
  }

  boolean isOptional() {
    return defaultValue == null;
  }

  /** Only called with values that came through this key's own typed setter or converter. */
  @SuppressWarnings("unchecked")
  T cast(Object value) {
    return (T) value;
  }

  /** Checks a value stored for this key. */
  void checkStored(Object value, Problems problems) {
    if (value != null) {
      type.check(path, cast(value), problems);
    }
  }

  /** Renders a value stored for this key. */
  String renderStored(Object value) {
    return type.render(cast(value));
  }

  @Override
  public String toString() {
    return path;
  }
}
