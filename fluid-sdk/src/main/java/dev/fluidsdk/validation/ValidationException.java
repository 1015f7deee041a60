package dev.fluidsdk.validation;

import dev.fluidsdk.FluidException;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@code validateOrThrow()}: carries every problem found, not just the first. */
public final class ValidationException extends FluidException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public ValidationException(String subject, List<Violation> violations) {
    super(
        subject
            + " is invalid: "
            + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
