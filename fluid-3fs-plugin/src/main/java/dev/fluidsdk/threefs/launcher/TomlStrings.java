package dev.fluidsdk.threefs.launcher;

import org.tomlj.Toml;

/** Quoting of strings for TOML output, and the string checks every string key shares. */
final class TomlStrings {
  private TomlStrings() {}

  /**
   * A TOML basic string ({@code "..."}) holding exactly {@code value}.
   *
   * <p>tomlj's {@link Toml#tomlEscape} escapes {@code '} as {@code \'}, which TOML 1.0 does not
   * define: toml++ (3FS's parser) rejects it. So that one escape is turned back into a plain
   * {@code '}, which needs no escaping between double quotes. Everything else tomlj writes
   * ({@code \"}, {@code \\}, {@code \n}, {@code \}{@code uXXXX}, ...) is standard.
   */
  static String quote(String value) {
    return "\"" + escape(value) + "\"";
  }

  static String escape(String value) {
    CharSequence escaped = Toml.tomlEscape(value);
    StringBuilder out = new StringBuilder(escaped.length());
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && i + 1 < escaped.length()) {
        char next = escaped.charAt(++i);
        if (next != '\'') {
          out.append('\\');
        }
        out.append(next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether {@code s} is well-formed UTF-16, i.e. can be written as UTF-8 unchanged. */
  static boolean isWellFormed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean hasControl(String s) {
    return s.codePoints().anyMatch(Character::isISOControl);
  }

  static boolean hasWhitespaceOrControl(String s) {
    return s.codePoints()
        .anyMatch(
            cp -> Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }
}
