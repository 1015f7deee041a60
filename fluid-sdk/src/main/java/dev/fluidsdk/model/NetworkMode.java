package dev.fluidsdk.model;

/** Fluid's {@code NetworkMode}: whether a runtime component uses the host's network. */
public enum NetworkMode implements FluidEnum {
  HOST_NETWORK("HostNetwork"),
  CONTAINER_NETWORK("ContainerNetwork"),
  /** Unset; Fluid then uses the host network. */
  DEFAULT(""),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  NetworkMode(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
