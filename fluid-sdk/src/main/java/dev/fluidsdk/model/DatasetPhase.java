package dev.fluidsdk.model;

/** Fluid's {@code DatasetPhase}. */
public enum DatasetPhase implements FluidEnum {
  NONE(""),
  PENDING("Pending"),
  BOUND("Bound"),
  FAILED("Failed"),
  NOT_BOUND("NotBound"),
  UPDATING("Updating"),
  DATA_MIGRATING("DataMigrating"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  DatasetPhase(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
