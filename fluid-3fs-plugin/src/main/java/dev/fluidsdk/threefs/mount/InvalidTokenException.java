package dev.fluidsdk.threefs.mount;

import dev.fluidsdk.threefs.ThreeFsException;

/**
 * A text that is not a well-formed 3FS token (wrong length, not base64, wrong magic number or
 * checksum). The message says what is wrong and never contains the text itself, nor any character
 * of it.
 */
public final class InvalidTokenException extends ThreeFsException {
  private static final long serialVersionUID = 1L;

  /** 0-based index of the offending character in the token, or -1 when the whole token is wrong. */
  private final int index;

  /** @param message what is wrong; must not contain the token */
  public InvalidTokenException(String message) {
    this(message, -1);
  }

  InvalidTokenException(String message, int index) {
    super(message);
    this.index = index;
  }

  /** 0-based index of the offending character, or -1 when the problem is the token as a whole. */
  int index() {
    return index;
  }
}
