package dev.fluidsdk.client;

/** HTTP 409 Conflict: the object changed since it was read (stale {@code resourceVersion}), it already exists on create ({@link #isAlreadyExists()}), or server-side apply met a field owned by another manager. */
public class ConflictException extends FluidApiException {
  private static final long serialVersionUID = 1L;

  ConflictException(Details d, Throwable cause) {
    super(d, cause);
  }
}
