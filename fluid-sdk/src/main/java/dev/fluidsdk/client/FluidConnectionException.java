package dev.fluidsdk.client;

import dev.fluidsdk.FluidException;

/**
 * The request got no HTTP answer: the connection could not be made, was reset or timed out. For
 * a create the message says whether the server may have received it (see {@link FluidClient} on
 * retries).
 */
public class FluidConnectionException extends FluidException {
  private static final long serialVersionUID = 1L;

  public FluidConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
