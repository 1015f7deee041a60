package dev.fluidsdk.client;

/** HTTP 403 Forbidden: the credentials are valid but RBAC denies the request. */
public class ForbiddenException extends FluidApiException {
  private static final long serialVersionUID = 1L;

  ForbiddenException(Details d, Throwable cause) {
    super(d, cause);
  }
}
