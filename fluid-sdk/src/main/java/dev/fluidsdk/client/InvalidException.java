package dev.fluidsdk.client;

import java.util.List;

/**
 * HTTP 422 Unprocessable Entity: the server's validation (Fluid's CRD schema, admission) rejected
 * the object. {@link #causes()} lists the rejected fields; {@link #fields()} only their paths.
 */
public class InvalidException extends FluidApiException {
  private static final long serialVersionUID = 1L;

  InvalidException(Details d, Throwable cause) {
    super(d, cause);
  }

  /** The field paths the server rejected, e.g. {@code spec.mounts[0].mountPoint}. */
  public List<String> fields() {
    return causes().stream().map(Cause::field).filter(f -> f != null && !f.isEmpty()).toList();
  }
}
