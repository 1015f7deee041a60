package dev.fluidsdk.client;

/** HTTP 404 Not Found: the object (or its kind) does not exist. */
public class NotFoundException extends FluidApiException {
  private static final long serialVersionUID = 1L;

  NotFoundException(Details d, Throwable cause) {
    super(d, cause);
  }
}
