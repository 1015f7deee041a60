package dev.fluidsdk.validation;

import java.util.Objects;

/**
 * One problem found by validation: the field path in Kubernetes' {@code field.Path} form ({@code
 * spec.mounts[1].name}) and what is wrong there.
 *
 * @param path the field path; {@code ""} for the object as a whole
 * @param message what is wrong, without repeating the path
 */
public record Violation(String path, String message) {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** {@code spec.mounts[1].name: must be unique, also used by spec.mounts[0]}. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
