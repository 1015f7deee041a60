package dev.fluidsdk.model;

/** Fluid's {@code common.VolumeType}: how a cache tier's storage is provided. */
public enum VolumeType implements FluidEnum {
  /** Unset; the CRD defaults it to {@link #HOST_PATH}. */
  DEFAULT(""),
  HOST_PATH("hostPath"),
  EMPTY_DIR("emptyDir"),
  /** Known to Fluid's Go code but not allowed by its CRD. */
  VOLUME_TEMPLATE("volumeTemplate"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  VolumeType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
