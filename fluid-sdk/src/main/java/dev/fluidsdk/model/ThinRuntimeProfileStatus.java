package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code ThinRuntimeProfileStatus}: Fluid defines no fields yet; unknown ones are kept. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntimeProfileStatus extends FluidModel {
  private ThinRuntimeProfileStatus() {}

  private ThinRuntimeProfileStatus(Builder b) {
    super(b);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link ThinRuntimeProfileStatus}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private Builder() {}

    private Builder(ThinRuntimeProfileStatus from) {
      super(from);
    }

    public ThinRuntimeProfileStatus build() {
      return new ThinRuntimeProfileStatus(this);
    }
  }
}
