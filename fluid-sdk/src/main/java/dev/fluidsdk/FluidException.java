package dev.fluidsdk;

/**
 * Base of every error the Fluid SDK raises. Unchecked: callers catch the subclass they can act on
 * ({@code ValidationException}, {@code FluidApiException}, {@code FluidTimeoutException}, ...).
 */
public class FluidException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FluidException(String message) {
    super(message);
  }

  public FluidException(String message, Throwable cause) {
    super(message, cause);
  }
}
