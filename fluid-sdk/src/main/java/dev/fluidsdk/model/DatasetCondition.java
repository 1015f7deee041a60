package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.time.OffsetDateTime;

/** Fluid's {@code DatasetCondition}: one observed condition of a dataset's cache. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class DatasetCondition extends FluidModel {
  @SerializedName("type")
  private String type;

  @SerializedName("status")
  private String status;

  @SerializedName("reason")
  private String reason;

  @SerializedName("message")
  private String message;

  // The field-level adapter keeps Kubernetes' time format also under client-java's own Gson.
  @SerializedName("lastUpdateTime")
  @JsonAdapter(Rfc3339.class)
  private OffsetDateTime lastUpdateTime;

  @SerializedName("lastTransitionTime")
  @JsonAdapter(Rfc3339.class)
  private OffsetDateTime lastTransitionTime;

  private DatasetCondition() {}

  private DatasetCondition(Builder b) {
    super(b);
    this.type = b.type;
    this.status = b.status;
    this.reason = b.reason;
    this.message = b.message;
    this.lastUpdateTime = b.lastUpdateTime;
    this.lastTransitionTime = b.lastTransitionTime;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The type (required); {@link DatasetConditionType#UNRECOGNIZED} for an unknown one. */
  public DatasetConditionType getType() {
    return FluidEnum.parse(DatasetConditionType.class, type, DatasetConditionType.UNRECOGNIZED);
  }

  /** The type exactly as written. */
  public String getTypeValue() {
    return type;
  }

  /** {@code True}, {@code False} or {@code Unknown} (required). */
  public String getStatus() {
    return status;
  }

  /** Whether {@link #getStatus()} is {@code True}. */
  public boolean isTrue() {
    return "True".equals(status);
  }

  public String getReason() {
    return reason;
  }

  public String getMessage() {
    return message;
  }

  public OffsetDateTime getLastUpdateTime() {
    return lastUpdateTime;
  }

  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  /** Builds a {@link DatasetCondition}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String type;
    private String status;
    private String reason;
    private String message;
    private OffsetDateTime lastUpdateTime;
    private OffsetDateTime lastTransitionTime;

    private Builder() {}

    private Builder(DatasetCondition from) {
      super(from);
      this.type = from.type;
      this.status = from.status;
      this.reason = from.reason;
      this.message = from.message;
      this.lastUpdateTime = from.lastUpdateTime;
      this.lastTransitionTime = from.lastTransitionTime;
    }

    public Builder type(DatasetConditionType type) {
      this.type = FluidEnum.valueOf(type);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    /** Sets {@code status} to {@code True} or {@code False}. */
    public Builder status(boolean status) {
      this.status = status ? "True" : "False";
      return this;
    }

    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public Builder lastUpdateTime(OffsetDateTime lastUpdateTime) {
      this.lastUpdateTime = lastUpdateTime;
      return this;
    }

    public Builder lastTransitionTime(OffsetDateTime lastTransitionTime) {
      this.lastTransitionTime = lastTransitionTime;
      return this;
    }

    public DatasetCondition build() {
      return new DatasetCondition(this);
    }
  }
}
