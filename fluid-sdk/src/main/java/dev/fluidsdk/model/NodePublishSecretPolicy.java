package dev.fluidsdk.model;

/** Fluid's {@code NodePublishSecretPolicy}: how a mounted PV's node-publish secret is handled. */
public enum NodePublishSecretPolicy implements FluidEnum {
  NOT_MOUNT_NODE_PUBLISH_SECRET("NotMountNodePublishSecret"),
  /** The CRD default. */
  MOUNT_NODE_PUBLISH_SECRET_IF_EXISTS("MountNodePublishSecretIfExists"),
  COPY_NODE_PUBLISH_SECRET_AND_MOUNT_IF_NOT_EXISTS("CopyNodePublishSecretAndMountIfNotExists"),
  /** A value this version of the SDK does not know; the raw string is kept by the model. */
  UNRECOGNIZED(null);

  private final String value;

  NodePublishSecretPolicy(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }
}
