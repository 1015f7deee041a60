package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code DataRestoreLocation}: where a backed-up dataset's data is loaded from. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class DataRestoreLocation extends FluidModel {
  @SerializedName("path")
  private String path;

  @SerializedName("nodeName")
  private String nodeName;

  private DataRestoreLocation() {}

  private DataRestoreLocation(Builder b) {
    super(b);
    this.path = b.path;
    this.nodeName = b.nodeName;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** {@code local://<subpath>} or {@code pvc://<pvcName>/<subpath>}. */
  public String getPath() {
    return path;
  }

  /** The node holding the data when {@link #getPath()} is a {@code local://} path. */
  public String getNodeName() {
    return nodeName;
  }

  /** Builds a {@link DataRestoreLocation}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String path;
    private String nodeName;

    private Builder() {}

    private Builder(DataRestoreLocation from) {
      super(from);
      this.path = from.path;
      this.nodeName = from.nodeName;
    }

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder nodeName(String nodeName) {
      this.nodeName = nodeName;
      return this;
    }

    public DataRestoreLocation build() {
      return new DataRestoreLocation(this);
    }
  }
}
