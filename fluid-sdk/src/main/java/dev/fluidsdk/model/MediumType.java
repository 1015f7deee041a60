package dev.fluidsdk.model;

/** Fluid's {@code common.MediumType}: the storage medium of a cache tier. */
public enum MediumType implements FluidEnum {
  MEM("MEM"),
  SSD("SSD"),
  HDD("HDD"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  MediumType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
