package dev.fluidsdk.codec;

import dev.fluidsdk.FluidException;

/**
 * JSON or YAML that cannot be read as a Fluid object. The message names the document (for
 * multi-document YAML), the line and column where the parser knows them, and the field path.
 */
public final class FluidCodecException extends FluidException {
  private static final long serialVersionUID = 1L;

  private final String path;

  public FluidCodecException(String message, String path, Throwable cause) {
    super(message, cause);
    this.path = path;
  }

  /** The field path of the problem, e.g. {@code spec.mounts[0].readOnly}; null if unknown. */
  public String path() {
    return path;
  }
}
