package dev.fluidsdk.model;

/** Fluid's {@code FuseCleanPolicy}: when FUSE pods are removed. */
public enum FuseCleanPolicy implements FluidEnum {
  /** Unset; Fluid turns it into {@link #ON_RUNTIME_DELETED}. */
  NONE(""),
  /** Removes a node's FUSE pod once no pod on that node needs it. */
  ON_DEMAND("OnDemand"),
  /** Removes FUSE pods only when the runtime is deleted. */
  ON_RUNTIME_DELETED("OnRuntimeDeleted"),
  /** Removes a node's FUSE pod when the runtime's FUSE changed and no pod on that node needs it. */
  ON_FUSE_CHANGED("OnFuseChanged"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  FuseCleanPolicy(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
