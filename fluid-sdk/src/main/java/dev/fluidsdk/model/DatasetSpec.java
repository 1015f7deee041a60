package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Fluid's {@code DatasetSpec}: the desired state of a Dataset. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class DatasetSpec extends FluidModel {
  /** The access modes Kubernetes defines for volumes; Fluid's default is ReadOnlyMany. */
  public static final List<String> ACCESS_MODES =
      List.of("ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod");

  @SerializedName("mounts")
  private List<Mount> mounts;

  @SerializedName("owner")
  private User owner;

  @SerializedName("nodeAffinity")
  private CacheableNodeAffinity nodeAffinity;

  @SerializedName("tolerations")
  private List<V1Toleration> tolerations;

  @SerializedName("accessModes")
  private List<String> accessModes;

  @SerializedName("runtimes")
  private List<DatasetRuntime> runtimes;

  @SerializedName("placement")
  private String placement;

  @SerializedName("dataRestoreLocation")
  private DataRestoreLocation dataRestoreLocation;

  @SerializedName("sharedOptions")
  private Map<String, String> sharedOptions;

  @SerializedName("sharedEncryptOptions")
  private List<EncryptOption> sharedEncryptOptions;

  private DatasetSpec() {}

  private DatasetSpec(Builder b) {
    super(b);
    this.mounts = copyOrNull(b.mounts);
    this.owner = b.owner;
    this.nodeAffinity = b.nodeAffinity;
    this.tolerations = CoreCopies.copyAll(b.tolerations, V1Toleration.class);
    this.accessModes = copyOrNull(b.accessModes);
    this.runtimes = copyOrNull(b.runtimes);
    this.placement = b.placement;
    this.dataRestoreLocation = b.dataRestoreLocation;
    this.sharedOptions = copyOrNull(b.sharedOptions);
    this.sharedEncryptOptions = copyOrNull(b.sharedEncryptOptions);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The sources to mount; may be empty (some runtimes mount nothing), but not set to []. */
  public List<Mount> getMounts() {
    return view(mounts);
  }

  public User getOwner() {
    return owner;
  }

  public CacheableNodeAffinity getNodeAffinity() {
    return nodeAffinity;
  }

  /**
   * Tolerations for the dataset's pods. client-java's {@code V1Toleration} is mutable: treat the
   * elements as read-only and change them through {@link #toBuilder()}.
   */
  public List<V1Toleration> getTolerations() {
    return view(tolerations);
  }

  /** The PVC's access modes, see {@link #ACCESS_MODES}; Fluid defaults to ReadOnlyMany. */
  public List<String> getAccessModes() {
    return view(accessModes);
  }

  /** Runtimes supporting the dataset. */
  public List<DatasetRuntime> getRuntimes() {
    return view(runtimes);
  }

  /** JSON {@code placement}; {@link PlacementMode#UNRECOGNIZED} for an unknown value. */
  public PlacementMode getPlacement() {
    return FluidEnum.parse(PlacementMode.class, placement, PlacementMode.UNRECOGNIZED);
  }

  /** The placement exactly as written. */
  public String getPlacementValue() {
    return placement;
  }

  /** Where to load the data of a backed-up dataset from. */
  public DataRestoreLocation getDataRestoreLocation() {
    return dataRestoreLocation;
  }

  /** Options applied to every mount; a mount's own options override them. */
  public Map<String, String> getSharedOptions() {
    return view(sharedOptions);
  }

  /** Encrypted options applied to every mount. */
  public List<EncryptOption> getSharedEncryptOptions() {
    return view(sharedEncryptOptions);
  }

  /** Builds a {@link DatasetSpec}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private List<Mount> mounts;
    private User owner;
    private CacheableNodeAffinity nodeAffinity;
    private List<V1Toleration> tolerations;
    private List<String> accessModes;
    private List<DatasetRuntime> runtimes;
    private String placement;
    private DataRestoreLocation dataRestoreLocation;
    private Map<String, String> sharedOptions;
    private List<EncryptOption> sharedEncryptOptions;

    private Builder() {}

    private Builder(DatasetSpec from) {
      super(from);
      this.mounts = from.mounts;
      this.owner = from.owner;
      this.nodeAffinity = from.nodeAffinity;
      this.tolerations = from.tolerations;
      this.accessModes = from.accessModes;
      this.runtimes = from.runtimes;
      this.placement = from.placement;
      this.dataRestoreLocation = from.dataRestoreLocation;
      this.sharedOptions = from.sharedOptions;
      this.sharedEncryptOptions = from.sharedEncryptOptions;
    }

    /** Replaces all mounts; null removes the field. */
    public Builder mounts(List<Mount> mounts) {
      this.mounts = mounts;
      return this;
    }

    public Builder mount(Mount mount) {
      this.mounts = append(mounts, mount);
      return this;
    }

    public Builder mount(Consumer<Mount.Builder> spec) {
      Mount.Builder b = Mount.builder();
      spec.accept(b);
      return mount(b.build());
    }

    public Builder owner(User owner) {
      this.owner = owner;
      return this;
    }

    public Builder owner(Consumer<User.Builder> spec) {
      User.Builder b = owner == null ? User.builder() : owner.toBuilder();
      spec.accept(b);
      this.owner = b.build();
      return this;
    }

    public Builder nodeAffinity(CacheableNodeAffinity nodeAffinity) {
      this.nodeAffinity = nodeAffinity;
      return this;
    }

    public Builder nodeAffinity(Consumer<CacheableNodeAffinity.Builder> spec) {
      CacheableNodeAffinity.Builder b =
          nodeAffinity == null ? CacheableNodeAffinity.builder() : nodeAffinity.toBuilder();
      spec.accept(b);
      this.nodeAffinity = b.build();
      return this;
    }

    /** Replaces all tolerations (copied when built); null removes the field. */
    public Builder tolerations(List<V1Toleration> tolerations) {
      this.tolerations = tolerations;
      return this;
    }

    public Builder toleration(V1Toleration toleration) {
      this.tolerations = append(tolerations, toleration);
      return this;
    }

    /** Replaces all access modes; null removes the field. */
    public Builder accessModes(List<String> accessModes) {
      this.accessModes = accessModes;
      return this;
    }

    public Builder accessMode(String accessMode) {
      this.accessModes = append(accessModes, accessMode);
      return this;
    }

    /** Replaces all runtimes; null removes the field. */
    public Builder runtimes(List<DatasetRuntime> runtimes) {
      this.runtimes = runtimes;
      return this;
    }

    public Builder runtime(DatasetRuntime runtime) {
      this.runtimes = append(runtimes, runtime);
      return this;
    }

    public Builder runtime(Consumer<DatasetRuntime.Builder> spec) {
      DatasetRuntime.Builder b = DatasetRuntime.builder();
      spec.accept(b);
      return runtime(b.build());
    }

    public Builder placement(PlacementMode placement) {
      this.placement = FluidEnum.valueOf(placement);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder placement(String placement) {
      this.placement = placement;
      return this;
    }

    public Builder dataRestoreLocation(DataRestoreLocation dataRestoreLocation) {
      this.dataRestoreLocation = dataRestoreLocation;
      return this;
    }

    public Builder dataRestoreLocation(Consumer<DataRestoreLocation.Builder> spec) {
      DataRestoreLocation.Builder b =
          dataRestoreLocation == null
              ? DataRestoreLocation.builder()
              : dataRestoreLocation.toBuilder();
      spec.accept(b);
      this.dataRestoreLocation = b.build();
      return this;
    }

    /** Replaces all shared options; null removes the field. */
    public Builder sharedOptions(Map<String, String> sharedOptions) {
      this.sharedOptions = sharedOptions;
      return this;
    }

    public Builder sharedOption(String key, String value) {
      this.sharedOptions = put(sharedOptions, key, value);
      return this;
    }

    /** Replaces all shared encrypted options; null removes the field. */
    public Builder sharedEncryptOptions(List<EncryptOption> sharedEncryptOptions) {
      this.sharedEncryptOptions = sharedEncryptOptions;
      return this;
    }

    public Builder sharedEncryptOption(EncryptOption option) {
      this.sharedEncryptOptions = append(sharedEncryptOptions, option);
      return this;
    }

    public Builder sharedEncryptOption(Consumer<EncryptOption.Builder> spec) {
      EncryptOption.Builder b = EncryptOption.builder();
      spec.accept(b);
      return sharedEncryptOption(b.build());
    }

    public DatasetSpec build() {
      return new DatasetSpec(this);
    }
  }
}
