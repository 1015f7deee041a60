package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.custom.Quantity;
import java.util.function.Consumer;

/** Fluid's {@code Level}: one tier of a runtime's tiered cache store. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class Level extends FluidModel {
  @SerializedName("mediumtype")
  private String mediumType;

  @SerializedName("volumeType")
  private String volumeType;

  @SerializedName("volumeSource")
  private VolumeSource volumeSource;

  @SerializedName("path")
  private String path;

  @SerializedName("quota")
  private Quantity quota;

  @SerializedName("quotaList")
  private String quotaList;

  @SerializedName("high")
  private String high;

  @SerializedName("low")
  private String low;

  private Level() {}

  private Level(Builder b) {
    super(b);
    this.mediumType = b.mediumType;
    this.volumeType = b.volumeType;
    this.volumeSource = b.volumeSource;
    this.path = b.path;
    this.quota = b.quota;
    this.quotaList = b.quotaList;
    this.high = b.high;
    this.low = b.low;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The medium (required); {@link MediumType#UNRECOGNIZED} for a value this SDK does not know.
   */
  public MediumType getMediumType() {
    return FluidEnum.parse(MediumType.class, mediumType, MediumType.UNRECOGNIZED);
  }

  /** The raw {@code mediumtype}, also a value this SDK does not know. */
  public String getMediumTypeValue() {
    return mediumType;
  }

  /**
   * {@code hostPath} when absent (CRD default); {@link VolumeType#UNRECOGNIZED} for a value this SDK does not know.
   */
  public VolumeType getVolumeType() {
    return FluidEnum.parse(VolumeType.class, volumeType, VolumeType.UNRECOGNIZED);
  }

  /** The raw {@code volumeType}, also a value this SDK does not know. */
  public String getVolumeTypeValue() {
    return volumeType;
  }

  /** The volume of the tier; Fluid reads it only when {@code volumeType} is {@code emptyDir}. */
  public VolumeSource getVolumeSource() {
    return volumeSource;
  }

  /** The tier's directories, comma separated, e.g. {@code /mnt/cache1,/mnt/cache2}. */
  public String getPath() {
    return path;
  }

  /** Quota of the whole tier, split equally between its paths. */
  public Quantity getQuota() {
    return quota;
  }

  /** Quotas per path, comma separated, in the order of {@code path}, e.g. {@code 100Gi,50Gi}. */
  public String getQuotaList() {
    return quotaList;
  }

  /** High watermark ratio, e.g. {@code 0.9}. */
  public String getHigh() {
    return high;
  }

  /** Low watermark ratio, e.g. {@code 0.7}. */
  public String getLow() {
    return low;
  }

  /** Builds a {@link Level}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String mediumType;
    private String volumeType;
    private VolumeSource volumeSource;
    private String path;
    private Quantity quota;
    private String quotaList;
    private String high;
    private String low;

    private Builder() {}

    private Builder(Level from) {
      super(from);
      this.mediumType = from.mediumType;
      this.volumeType = from.volumeType;
      this.volumeSource = from.volumeSource;
      this.path = from.path;
      this.quota = from.quota;
      this.quotaList = from.quotaList;
      this.high = from.high;
      this.low = from.low;
    }

    public Builder mediumType(MediumType mediumType) {
      this.mediumType = FluidEnum.valueOf(mediumType);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder mediumType(String mediumType) {
      this.mediumType = mediumType;
      return this;
    }

    public Builder volumeType(VolumeType volumeType) {
      this.volumeType = FluidEnum.valueOf(volumeType);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder volumeType(String volumeType) {
      this.volumeType = volumeType;
      return this;
    }

    public Builder volumeSource(VolumeSource volumeSource) {
      this.volumeSource = volumeSource;
      return this;
    }

    /** Edits {@code volumeSource}, starting from its current value. */
    public Builder volumeSource(Consumer<VolumeSource.Builder> change) {
      VolumeSource.Builder b =
          volumeSource == null ? VolumeSource.builder() : volumeSource.toBuilder();
      change.accept(b);
      this.volumeSource = b.build();
      return this;
    }

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder quota(Quantity quota) {
      this.quota = quota;
      return this;
    }

    public Builder quotaList(String quotaList) {
      this.quotaList = quotaList;
      return this;
    }

    public Builder high(String high) {
      this.high = high;
      return this;
    }

    public Builder low(String low) {
      this.low = low;
      return this;
    }

    public Level build() {
      return new Level(this);
    }
  }
}
