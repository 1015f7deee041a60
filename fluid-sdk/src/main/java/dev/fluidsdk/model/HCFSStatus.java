package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code HCFSStatus}: the Hadoop-compatible endpoint of a dataset. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class HCFSStatus extends FluidModel {
  @SerializedName("endpoint")
  private String endpoint;

  @SerializedName("underlayerFileSystemVersion")
  private String underlayerFileSystemVersion;

  private HCFSStatus() {}

  private HCFSStatus(Builder b) {
    super(b);
    this.endpoint = b.endpoint;
    this.underlayerFileSystemVersion = b.underlayerFileSystemVersion;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public String getEndpoint() {
    return endpoint;
  }

  /** The HCFS-compatible version of the underlying file system. */
  public String getUnderlayerFileSystemVersion() {
    return underlayerFileSystemVersion;
  }

  /** Builds an {@link HCFSStatus}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String endpoint;
    private String underlayerFileSystemVersion;

    private Builder() {}

    private Builder(HCFSStatus from) {
      super(from);
      this.endpoint = from.endpoint;
      this.underlayerFileSystemVersion = from.underlayerFileSystemVersion;
    }

    public Builder endpoint(String endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    public Builder underlayerFileSystemVersion(String underlayerFileSystemVersion) {
      this.underlayerFileSystemVersion = underlayerFileSystemVersion;
      return this;
    }

    public HCFSStatus build() {
      return new HCFSStatus(this);
    }
  }
}
