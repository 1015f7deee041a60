package dev.fluidsdk.threefs;

/**
 * Base of every error the 3FS plugin raises. Unchecked, like the rest of the SDK's exceptions.
 *
 * <p>Messages name the field path or the character position of the problem and never contain a
 * token: callers may log them as they are.
 */
public class ThreeFsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ThreeFsException(String message) {
    super(message);
  }

  public ThreeFsException(String message, Throwable cause) {
    super(message, cause);
  }
}
