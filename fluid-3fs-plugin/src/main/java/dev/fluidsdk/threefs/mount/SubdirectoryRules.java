package dev.fluidsdk.threefs.mount;

/**
 * Checks and normalises the sub-directory part of a mount point ({@code /path/in/3fs}).
 *
 * <p>Rules, chosen so that the path can go into a config file, a mount option or a command line
 * without quoting, and can never leave the file system's root:
 *
 * <ul>
 *   <li>starts with {@code '/'}; segments are separated by a single {@code '/'};
 *   <li>a segment holds only {@code A-Z a-z 0-9 . _ -} (so no space, control character, NUL,
 *       quote, shell or TOML metacharacter, comma, colon, {@code @} or non-ASCII character), and at
 *       most 255 characters;
 *   <li>{@code .} and {@code ..} segments and empty segments ({@code //}) are rejected, not
 *       silently dropped; one trailing {@code '/'} is accepted and removed.
 * </ul>
 *
 * The normal form is {@code "/"} for the root, else {@code "/a/b"} without a trailing slash.
 */
final class SubdirectoryRules {
  static final String ROOT = "/";
  static final int MAX_SEGMENT = 255;
  static final String ALLOWED = "A-Z a-z 0-9 '.' '_' '-' and '/' between segments";

  private SubdirectoryRules() {}

  /**
   * Normalises {@code text.substring(start)}; columns in errors are those of {@code text}.
   *
   * @throws InvalidMountPointException if the sub-directory breaks a rule
   */
  static String normalise(String text, int start) {
    int len = text.length();
    if (start >= len || text.charAt(start) != '/') {
      throw new InvalidMountPointException(
          "expected a sub-directory starting with '/' at column " + Snippets.column(start)
              + ", found " + Snippets.charAt(text, start),
          Snippets.column(start));
    }
    StringBuilder out = new StringBuilder();
    int i = start;
    while (i < len) {
      int segStart = i + 1;
      int j = segStart;
      while (j < len && text.charAt(j) != '/') {
        if (!isAllowed(text.charAt(j))) {
          throw badCharacter(text, j);
        }
        j++;
      }
      int segLen = j - segStart;
      if (segLen == 0) {
        if (j == len) {
          break;
        }
        throw new InvalidMountPointException(
            "empty segment ('//') at column " + Snippets.column(segStart)
                + " in the sub-directory; remove the extra '/'",
            Snippets.column(segStart));
      }
      if (segLen == 1 && text.charAt(segStart) == '.') {
        throw new InvalidMountPointException(
            "segment '.' at column " + Snippets.column(segStart)
                + " is not allowed in the sub-directory; remove it",
            Snippets.column(segStart));
      }
      if (segLen == 2 && text.charAt(segStart) == '.' && text.charAt(segStart + 1) == '.') {
        throw new InvalidMountPointException(
            "segment '..' at column " + Snippets.column(segStart)
                + " is not allowed in the sub-directory: it would leave the mounted directory",
            Snippets.column(segStart));
      }
      if (segLen > MAX_SEGMENT) {
        throw new InvalidMountPointException(
            "segment at column " + Snippets.column(segStart) + " of the sub-directory is " + segLen
                + " characters long; at most " + MAX_SEGMENT + " are allowed",
            Snippets.column(segStart));
      }
      out.append('/').append(text, segStart, j);
      i = j;
    }
    return out.length() == 0 ? ROOT : out.toString();
  }

  static boolean isAllowed(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '.' || c == '_' || c == '-';
  }

  private static InvalidMountPointException badCharacter(String text, int index) {
    char c = text.charAt(index);
    String hint = c == ',' ? "; all addresses must come before the sub-directory" : "";
    return new InvalidMountPointException(
        "character " + Snippets.charAt(text, index) + " at column " + Snippets.column(index)
            + " is not allowed in the sub-directory; allowed are " + ALLOWED + hint,
        Snippets.column(index));
  }
}
