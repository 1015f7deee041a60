package dev.fluidsdk.model;

/** Fluid's {@code DatasetConditionType}. */
public enum DatasetConditionType implements FluidEnum {
  RUNTIME_SCHEDULED("RuntimeScheduled"),
  READY("Ready"),
  NOT_READY("NotReady"),
  UPDATE_READY("UpdateReady"),
  UPDATING("Updating"),
  INITIALIZED("Initialized"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  DatasetConditionType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
