package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.time.OffsetDateTime;

/** Fluid's {@code RuntimeCondition}: one observation of a runtime's state. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class RuntimeCondition extends FluidModel {
  @SerializedName("type")
  private String type;

  @SerializedName("status")
  private String status;

  @SerializedName("reason")
  private String reason;

  @SerializedName("message")
  private String message;

  @SerializedName("lastProbeTime")
  private OffsetDateTime lastProbeTime;

  @SerializedName("lastTransitionTime")
  private OffsetDateTime lastTransitionTime;

  private RuntimeCondition() {}

  private RuntimeCondition(Builder b) {
    super(b);
    this.type = b.type;
    this.status = b.status;
    this.reason = b.reason;
    this.message = b.message;
    this.lastProbeTime = b.lastProbeTime;
    this.lastTransitionTime = b.lastTransitionTime;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The condition (required); {@link RuntimeConditionType#UNRECOGNIZED} for a value this SDK does not know.
   */
  public RuntimeConditionType getType() {
    return FluidEnum.parse(RuntimeConditionType.class, type, RuntimeConditionType.UNRECOGNIZED);
  }

  /** The raw {@code type}, also a value this SDK does not know. */
  public String getTypeValue() {
    return type;
  }

  /** {@code True}, {@code False} or {@code Unknown} (required). */
  public String getStatus() {
    return status;
  }

  public String getReason() {
    return reason;
  }

  public String getMessage() {
    return message;
  }

  public OffsetDateTime getLastProbeTime() {
    return lastProbeTime;
  }

  public OffsetDateTime getLastTransitionTime() {
    return lastTransitionTime;
  }

  /** Whether {@code status} is {@code True}. */
  public boolean isTrue() {
    return "True".equals(status);
  }

  /** Builds a {@link RuntimeCondition}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String type;
    private String status;
    private String reason;
    private String message;
    private OffsetDateTime lastProbeTime;
    private OffsetDateTime lastTransitionTime;

    private Builder() {}

    private Builder(RuntimeCondition from) {
      super(from);
      this.type = from.type;
      this.status = from.status;
      this.reason = from.reason;
      this.message = from.message;
      this.lastProbeTime = from.lastProbeTime;
      this.lastTransitionTime = from.lastTransitionTime;
    }

    public Builder type(RuntimeConditionType type) {
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

    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    public Builder message(String message) {
      this.message = message;
      return this;
    }

    public Builder lastProbeTime(OffsetDateTime lastProbeTime) {
      this.lastProbeTime = lastProbeTime;
      return this;
    }

    public Builder lastTransitionTime(OffsetDateTime lastTransitionTime) {
      this.lastTransitionTime = lastTransitionTime;
      return this;
    }

    public RuntimeCondition build() {
      return new RuntimeCondition(this);
    }
  }
}
