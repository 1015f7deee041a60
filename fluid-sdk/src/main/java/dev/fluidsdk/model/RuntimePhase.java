package dev.fluidsdk.model;

/** Fluid's {@code RuntimePhase}: how far a runtime component (master, workers, FUSE) is. */
public enum RuntimePhase implements FluidEnum {
  NONE(""),
  NOT_READY("NotReady"),
  PARTIAL_READY("PartialReady"),
  READY("Ready"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  RuntimePhase(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
