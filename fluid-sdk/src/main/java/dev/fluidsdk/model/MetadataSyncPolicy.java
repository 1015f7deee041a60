package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code MetadataSyncPolicy}: whether metadata is synced when a runtime is set up. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class MetadataSyncPolicy extends FluidModel {
  @SerializedName("autoSync")
  private Boolean autoSync;

  private MetadataSyncPolicy() {}

  private MetadataSyncPolicy(Builder b) {
    super(b);
    this.autoSync = b.autoSync;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Automatic metadata sync; true when absent. */
  public Boolean getAutoSync() {
    return autoSync;
  }

  /** Whether metadata sync is on: unless {@code autoSync} is explicitly false. */
  public boolean isAutoSyncEnabled() {
    return autoSync == null || autoSync;
  }

  /** Builds a {@link MetadataSyncPolicy}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private Boolean autoSync;

    private Builder() {}

    private Builder(MetadataSyncPolicy from) {
      super(from);
      this.autoSync = from.autoSync;
    }

    public Builder autoSync(Boolean autoSync) {
      this.autoSync = autoSync;
      return this;
    }

    public MetadataSyncPolicy build() {
      return new MetadataSyncPolicy(this);
    }
  }
}
