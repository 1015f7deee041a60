package dev.fluidsdk.model;

/**
 * Fluid's {@code PlacementMode}: whether a dataset's runtime may share nodes with other datasets'
 * ({@code ""}, the default, means exclusive).
 */
public enum PlacementMode implements FluidEnum {
  DEFAULT(""),
  EXCLUSIVE("Exclusive"),
  SHARED("Shared"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  PlacementMode(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
