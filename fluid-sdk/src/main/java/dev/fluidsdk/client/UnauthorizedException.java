package dev.fluidsdk.client;

/** HTTP 401 Unauthorized: the credentials are missing, wrong or expired. */
public class UnauthorizedException extends FluidApiException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(Details d, Throwable cause) {
    super(d, cause);
  }
}
