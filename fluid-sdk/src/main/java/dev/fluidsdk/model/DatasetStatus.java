package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code DatasetStatus}. SKELETON: the model helper completes every field. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class DatasetStatus extends FluidModel {
  @SerializedName("phase")
  private String phase;

  private DatasetStatus() {}

  private DatasetStatus(Builder b) {
    super(b);
    this.phase = b.phase;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The phase; {@link DatasetPhase#UNRECOGNIZED} for a value this SDK does not know. */
  public DatasetPhase getPhase() {
    return FluidEnum.parse(DatasetPhase.class, phase, DatasetPhase.UNRECOGNIZED);
  }

  /** The phase exactly as the server wrote it. */
  public String getPhaseValue() {
    return phase;
  }

  /** Builds a {@link DatasetStatus}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String phase;

    private Builder() {}

    private Builder(DatasetStatus from) {
      super(from);
      this.phase = from.phase;
    }

    public Builder phase(DatasetPhase phase) {
      this.phase = FluidEnum.valueOf(phase);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder phase(String phase) {
      this.phase = phase;
      return this;
    }

    public DatasetStatus build() {
      return new DatasetStatus(this);
    }
  }
}
