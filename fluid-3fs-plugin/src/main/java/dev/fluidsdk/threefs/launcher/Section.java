package dev.fluidsdk.threefs.launcher;

import java.util.Map;

/**
 * Base of the section views: a section reads its keys from an immutable {@link ConfigValues},
 * and compares and prints only the keys in its own section.
 */
abstract class Section {
  private final ConfigValues values;
  private final String section;

  Section(ConfigValues values, String section) {
    this.values = values;
    this.section = section;
  }

  final <T> T get(LauncherKey<T> key) {
    return values.get(key);
  }

  final ConfigValues values() {
    return values;
  }

  /** The values of this section and below, by dotted TOML path. */
  public final Map<String, Object> asMap() {
    return java.util.Collections.unmodifiableMap(values.under(section));
  }

  @Override
  public final boolean equals(Object o) {
    return o != null
        && o.getClass() == getClass()
        && ((Section) o).values.under(section).equals(values.under(section));
  }

  @Override
  public final int hashCode() {
    return values.under(section).hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + values.under(section);
  }

  /** Base of the section builders; all share one {@link ConfigValues.Builder}. */
  abstract static class Builder<B extends Builder<B>> {
    final ConfigValues.Builder values;
    final String section;

    Builder(ConfigValues.Builder values, String section) {
      this.values = values;
      this.section = section;
    }

    abstract B self();

    final <T> B set(LauncherKey<T> key, T value) {
      values.set(key, value);
      return self();
    }

    /** Checks every key of this section; throws with all problems found. */
    final ConfigValues validated() {
      Problems problems = new Problems();
      values.check(section, problems);
      problems.throwIfAny();
      return values.build();
    }
  }
}
