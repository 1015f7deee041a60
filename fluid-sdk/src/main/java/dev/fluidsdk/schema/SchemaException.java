package dev.fluidsdk.schema;

import dev.fluidsdk.FluidException;

/**
 * A schema that cannot be read, or a model field whose Java type has no JSON schema equivalent.
 * The message starts with the property path ({@code spec.mounts[].options}).
 */
public final class SchemaException extends FluidException {
  private static final long serialVersionUID = 1L;

  public SchemaException(String message) {
    super(message);
  }

  public SchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
