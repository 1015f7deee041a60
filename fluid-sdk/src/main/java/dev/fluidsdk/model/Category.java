package dev.fluidsdk.model;

/** Fluid's {@code common.Category}: the kind of runtime serving a dataset. */
public enum Category implements FluidEnum {
  ACCELERATE("Accelerate"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  Category(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
