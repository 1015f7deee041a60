package dev.fluidsdk.testing;

/** The one unchecked exception of this module: the test server or the fixture could not do what was asked. */
public class FluidTestServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FluidTestServerException(String message) {
    super(message);
  }

  public FluidTestServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
