package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/** Fluid's {@code DatasetSpec}. SKELETON: the model helper completes every field. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class DatasetSpec extends FluidModel {
  @SerializedName("mounts")
  private List<Mount> mounts;

  private DatasetSpec() {}

  private DatasetSpec(Builder b) {
    super(b);
    this.mounts = copyOrNull(b.mounts);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public List<Mount> getMounts() {
    return view(mounts);
  }

  /** Builds a {@link DatasetSpec}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private List<Mount> mounts;

    private Builder() {}

    private Builder(DatasetSpec from) {
      super(from);
      this.mounts = from.mounts;
    }

    public Builder mounts(List<Mount> mounts) {
      this.mounts = mounts;
      return this;
    }

    public Builder mount(Mount mount) {
      this.mounts = append(mounts, mount);
      return this;
    }

    public DatasetSpec build() {
      return new DatasetSpec(this);
    }
  }
}
