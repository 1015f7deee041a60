package dev.fluidsdk.threefs.launcher;

import java.util.ArrayList;
import java.util.List;

/** Collects problems so that one pass reports all of them, then throws once. */
final class Problems {
  private final List<ConfigProblem> list = new ArrayList<>();

  void add(String key, String message) {
    list.add(new ConfigProblem(key, message));
  }

  void addAll(InvalidConfigException e) {
    list.addAll(e.problems());
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  void throwIfAny() {
    if (!list.isEmpty()) {
      throw new InvalidConfigException(list);
    }
  }

  /**
   * A value quoted for an error message: a TOML basic string holding only printable ASCII (other
   * characters as TOML's {@code \}{@code uXXXX} escapes), so the message stays one line whatever
   * reads it, and shortened.
   */
  static String show(Object value) {
    if (value instanceof String s) {
      String shown = s.length() > 80 ? s.substring(0, 80) + "...(" + s.length() + " chars)" : s;
      String escaped = TomlStrings.escape(shown);
      StringBuilder out = new StringBuilder(escaped.length() + 2).append('"');
      for (int i = 0; i < escaped.length(); i++) {
        char c = escaped.charAt(i);
        if (c < 0x20 || c >= 0x7F) {
          out.append(String.format("\\u%04X", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.append('"').toString();
    }
    return String.valueOf(value);
  }
}
