package dev.fluidsdk.threefs.fuse;

/**
 * Quotes a piece of the config or the command line for an entrypoint message. The message goes to
 * the container's log as one line, so what is shown is printable ASCII only: any other character,
 * and the backslash itself, is written as a backslash, 'u' and four hex digits, which no log
 * reader turns into a line break. At most {@link #MAX} characters of the original are shown. Never
 * pass a value that may be a secret: only option names and non-secret option values are shown.
 */
final class Shown {
  static final int MAX = 64;

  private Shown() {}

  /** {@code 'text'}, escaped and shortened to {@link #MAX} characters. */
  static String quoted(String text) {
    return "'" + escaped(text, MAX) + "'";
  }

  /** {@code text} escaped, and shortened to {@code max} characters with a note of its length. */
  static String escaped(String text, int max) {
    int end = Math.min(text.length(), max);
    StringBuilder b = new StringBuilder(end + 24);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\\') {
        b.append(c);
      } else {
        b.append(String.format("\\u%04X", (int) c));
      }
    }
    if (text.length() > max) {
      b.append("...(").append(text.length()).append(" characters)");
    }
    return b.toString();
  }

  /**
   * {@code parent.key} for a key made of letters, digits, '_' and '-'; otherwise {@code
   * parent['key']}, quoted as {@link #quoted} does, so a key with dots or odd characters still
   * names one field.
   */
  static String fieldPath(String parent, String key) {
    if (!key.isEmpty() && key.length() <= MAX && key.chars().allMatch(Shown::isNameChar)) {
      return parent + "." + key;
    }
    return parent + "[" + quoted(key) + "]";
  }

  private static boolean isNameChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }
}
