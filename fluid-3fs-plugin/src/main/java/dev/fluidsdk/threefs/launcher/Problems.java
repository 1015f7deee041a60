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

  /** A value quoted for an error message: escaped so it stays on one line, and shortened. */
  static String show(Object value) {
    if (value instanceof String s) {
      String shown = s.length() > 80 ? s.substring(0, 80) + "...(" + s.length() + " chars)" : s;
      return "\"" + TomlStrings.escape(shown) + "\"";
    }
    return String.valueOf(value);
  }
}
