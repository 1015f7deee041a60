package dev.fluidsdk.threefs.mount;

/**
 * Describes pieces of user text for error messages so that a message stays short, holds only
 * printable ASCII (no newline or control character can forge a log line) and makes look-alike
 * characters visible ({@code U+FF1A (FULLWIDTH COLON)} instead of a colon that is not one).
 *
 * <p>Callers only ever pass text after the token separator; nothing here knows about tokens.
 */
final class Snippets {
  /** Longest run of digits quoted in a message; longer runs end in "...". */
  static final int MAX_DIGITS = 12;

  private Snippets() {}

  /** The column (1-based) of a 0-based index. */
  static int column(int index) {
    return index + 1;
  }

  /** The character at {@code index}, described; "the end" past the last character. */
  static String charAt(String text, int index) {
    if (index >= text.length()) {
      return "the end";
    }
    int cp = text.codePointAt(index);
    if (cp > 0x20 && cp < 0x7F) {
      return "'" + (char) cp + "'";
    }
    String name = Character.getName(cp);
    return String.format("U+%04X", cp) + (name == null ? "" : " (" + name + ")");
  }

  /** A quoted run of ASCII digits, truncated to {@link #MAX_DIGITS}. */
  static String digits(String text, int from, int to) {
    if (to - from > MAX_DIGITS) {
      return "'" + text.substring(from, from + MAX_DIGITS) + "...'";
    }
    return "'" + text.substring(from, to) + "'";
  }
}
