package dev.fluidsdk.threefs.cli;

/**
 * Makes text from files, the cluster or an exception safe to print as one line: a YAML key or an
 * object name may hold a newline, an escape sequence or a bidirectional override, and printed raw
 * it would forge another line of the report or repaint the terminal. Such characters become
 * {@code \}{@code uXXXX}; all other text, non-ASCII letters included, is kept as it is.
 */
final class OneLine {
  private OneLine() {}

  /** {@code text} with every control, line-separator and bidi-control character escaped. */
  static String escaped(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        b.append(String.format("\\u%04X", (int) c));
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  /** An exception message on one line: line breaks become "; ", other unsafe characters escaped. */
  static String message(String text) {
    return text == null ? "" : escaped(text.strip().replaceAll("\\s*[\\r\\n]+\\s*", "; "));
  }

  private static boolean unsafe(char c) {
    return Character.isISOControl(c)
        || c == '\u2028' || c == '\u2029' // line and paragraph separators
        || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069') // isolates
        || c == '\u200E' || c == '\u200F' || c == '\u061C'; // directional marks
  }
}
