package dev.fluidsdk.model;

import java.util.Map;

/**
 * A read-only map from JSON property name to a model's field, tuned for the one thing the
 * streaming adapters do per property: look up a name the reader has just made.
 *
 * <p>Such a name is a new {@code String} whose hash code has never been computed; a
 * {@code HashMap} would hash every character of it. This table hashes the length and three
 * characters, then compares the one candidate with {@code equals}.
 *
 * @param <V> what a name leads to
 */
final class NameTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  NameTable(Map<String, V> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    this.keys = new String[size];
    this.values = new Object[size];
    this.mask = size - 1;
    entries.forEach(
        (k, v) -> {
          int i = slot(k);
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = k;
          values[i] = v;
        });
  }

  /** The value of {@code name}, or null when the table does not hold it. */
  @SuppressWarnings("unchecked")
  V get(String name) {
    for (int i = slot(name); ; i = (i + 1) & mask) {
      String k = keys[i];
      if (k == null) {
        return null;
      }
      if (k.equals(name)) {
        return (V) values[i];
      }
    }
  }

  private int slot(String name) {
    int n = name.length();
    if (n == 0) {
      return 0;
    }
    int h = n * 31 + name.charAt(0);
    h = h * 31 + name.charAt(n >> 1);
    h = h * 31 + name.charAt(n - 1);
    return (h ^ (h >>> 7)) & mask;
  }
}
