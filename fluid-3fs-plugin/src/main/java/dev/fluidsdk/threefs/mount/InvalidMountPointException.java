package dev.fluidsdk.threefs.mount;

import dev.fluidsdk.threefs.ThreeFsException;

/**
 * A 3FS mount point text that does not follow the grammar. The message names the 1-based column
 * and what was expected there; it never contains the token nor any text before the {@code '@'}, and
 * quoted snippets are short, so the message may be logged and shown to users as it is.
 *
 * <p>Columns count UTF-16 characters as {@link String#length()} does; a column one past the end
 * ({@code length + 1}) means the text ended too early.
 */
public final class InvalidMountPointException extends ThreeFsException {
  private static final long serialVersionUID = 1L;

  private final int column;

  /**
   * @param message what is wrong and where; must not contain a token
   * @param column the 1-based column of the problem
   */
  public InvalidMountPointException(String message, int column) {
    super(message);
    this.column = column;
  }

  /**
   * @param message what is wrong and where; must not contain a token
   * @param column the 1-based column of the problem
   * @param cause the underlying error, e.g. an {@link InvalidTokenException}
   */
  public InvalidMountPointException(String message, int column, Throwable cause) {
    super(message, cause);
    this.column = column;
  }

  /** The 1-based column of the problem; {@code length + 1} when the text ended too early. */
  public int column() {
    return column;
  }
}
