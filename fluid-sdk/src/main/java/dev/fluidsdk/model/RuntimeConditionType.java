package dev.fluidsdk.model;

/** Fluid's {@code RuntimeConditionType}. */
public enum RuntimeConditionType implements FluidEnum {
  MASTER_INITIALIZED("MasterInitialized"),
  MASTER_READY("MasterReady"),
  WORKERS_INITIALIZED("WorkersInitialized"),
  WORKERS_READY("WorkersReady"),
  WORKERS_SCALED_IN("WorkersScaledIn"),
  WORKERS_SCALED_OUT("WorkersScaledOut"),
  FUSES_INITIALIZED("FusesInitialized"),
  FUSES_READY("FusesReady"),
  FUSES_SCALED_IN("FusesScaledIn"),
  FUSES_SCALED_OUT("FusesScaledOut"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  RuntimeConditionType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
