package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code CleanCachePolicy}: how the cache is cleaned when the runtime shuts down. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class CleanCachePolicy extends FluidModel {
  @SerializedName("gracePeriodSeconds")
  private Integer gracePeriodSeconds;

  @SerializedName("maxRetryAttempts")
  private Integer maxRetryAttempts;

  private CleanCachePolicy() {}

  private CleanCachePolicy(Builder b) {
    super(b);
    this.gracePeriodSeconds = b.gracePeriodSeconds;
    this.maxRetryAttempts = b.maxRetryAttempts;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Seconds the cache gets to clean gracefully, non-negative; 60 when absent (CRD default). */
  public Integer getGracePeriodSeconds() {
    return gracePeriodSeconds;
  }

  /** Retries after a failed clean; 3 when absent (CRD default). */
  public Integer getMaxRetryAttempts() {
    return maxRetryAttempts;
  }

  /** Builds a {@link CleanCachePolicy}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private Integer gracePeriodSeconds;
    private Integer maxRetryAttempts;

    private Builder() {}

    private Builder(CleanCachePolicy from) {
      super(from);
      this.gracePeriodSeconds = from.gracePeriodSeconds;
      this.maxRetryAttempts = from.maxRetryAttempts;
    }

    public Builder gracePeriodSeconds(Integer gracePeriodSeconds) {
      this.gracePeriodSeconds = gracePeriodSeconds;
      return this;
    }

    public Builder maxRetryAttempts(Integer maxRetryAttempts) {
      this.maxRetryAttempts = maxRetryAttempts;
      return this;
    }

    public CleanCachePolicy build() {
      return new CleanCachePolicy(this);
    }
  }
}
