package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Fluid's {@code RuntimeStatus}: what Fluid observes of a runtime; written by Fluid. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class RuntimeStatus extends FluidModel {
  @SerializedName("valueFile") private String valueFile;
  @SerializedName("masterPhase") private String masterPhase;
  @SerializedName("masterReason") private String masterReason;
  @SerializedName("workerPhase") private String workerPhase;
  @SerializedName("workerReason") private String workerReason;
  @SerializedName("desiredWorkerNumberScheduled") private Integer desiredWorkerNumberScheduled;
  @SerializedName("currentWorkerNumberScheduled") private Integer currentWorkerNumberScheduled;
  @SerializedName("workerNumberReady") private Integer workerNumberReady;
  @SerializedName("workerNumberAvailable") private Integer workerNumberAvailable;
  @SerializedName("workerNumberUnavailable") private Integer workerNumberUnavailable;
  @SerializedName("desiredMasterNumberScheduled") private Integer desiredMasterNumberScheduled;
  @SerializedName("currentMasterNumberScheduled") private Integer currentMasterNumberScheduled;
  @SerializedName("masterNumberReady") private Integer masterNumberReady;
  @SerializedName("fusePhase") private String fusePhase;
  @SerializedName("fuseReason") private String fuseReason;
  @SerializedName("currentFuseNumberScheduled") private Integer currentFuseNumberScheduled;
  @SerializedName("desiredFuseNumberScheduled") private Integer desiredFuseNumberScheduled;
  @SerializedName("fuseNumberReady") private Integer fuseNumberReady;
  @SerializedName("fuseNumberUnavailable") private Integer fuseNumberUnavailable;
  @SerializedName("fuseNumberAvailable") private Integer fuseNumberAvailable;
  @SerializedName("setupDuration") private String setupDuration;
  @SerializedName("conditions") private List<RuntimeCondition> conditions;
  @SerializedName("cacheStates") private Map<String, String> cacheStates;
  @SerializedName("selector") private String selector;
  @SerializedName("apiGateway") private APIGatewayStatus apiGateway;
  @SerializedName("mountTime") private OffsetDateTime mountTime;
  @SerializedName("mounts") private List<Mount> mounts;
  @SerializedName("cacheAffinity") private V1NodeAffinity cacheAffinity;

  private RuntimeStatus() {}

  private RuntimeStatus(Builder b) {
    super(b);
    this.valueFile = b.valueFile;
    this.masterPhase = b.masterPhase;
    this.masterReason = b.masterReason;
    this.workerPhase = b.workerPhase;
    this.workerReason = b.workerReason;
    this.desiredWorkerNumberScheduled = b.desiredWorkerNumberScheduled;
    this.currentWorkerNumberScheduled = b.currentWorkerNumberScheduled;
    this.workerNumberReady = b.workerNumberReady;
    this.workerNumberAvailable = b.workerNumberAvailable;
    this.workerNumberUnavailable = b.workerNumberUnavailable;
    this.desiredMasterNumberScheduled = b.desiredMasterNumberScheduled;
    this.currentMasterNumberScheduled = b.currentMasterNumberScheduled;
    this.masterNumberReady = b.masterNumberReady;
    this.fusePhase = b.fusePhase;
    this.fuseReason = b.fuseReason;
    this.currentFuseNumberScheduled = b.currentFuseNumberScheduled;
    this.desiredFuseNumberScheduled = b.desiredFuseNumberScheduled;
    this.fuseNumberReady = b.fuseNumberReady;
    this.fuseNumberUnavailable = b.fuseNumberUnavailable;
    this.fuseNumberAvailable = b.fuseNumberAvailable;
    this.setupDuration = b.setupDuration;
    this.conditions = copyOrNull(b.conditions);
    this.cacheStates = copyOrNull(b.cacheStates);
    this.selector = b.selector;
    this.apiGateway = b.apiGateway;
    this.mountTime = b.mountTime;
    this.mounts = copyOrNull(b.mounts);
    this.cacheAffinity = b.cacheAffinity;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The ConfigMap holding the runtime's configuration values. */
  public String getValueFile() {
    return valueFile;
  }

  /** {@link RuntimePhase#UNRECOGNIZED} for a value this SDK does not know. */
  public RuntimePhase getMasterPhase() {
    return FluidEnum.parse(RuntimePhase.class, masterPhase, RuntimePhase.UNRECOGNIZED);
  }

  /** The raw {@code masterPhase}, also a value this SDK does not know. */
  public String getMasterPhaseValue() {
    return masterPhase;
  }

  public String getMasterReason() {
    return masterReason;
  }

  /** {@link RuntimePhase#UNRECOGNIZED} for a value this SDK does not know. */
  public RuntimePhase getWorkerPhase() {
    return FluidEnum.parse(RuntimePhase.class, workerPhase, RuntimePhase.UNRECOGNIZED);
  }

  /** The raw {@code workerPhase}, also a value this SDK does not know. */
  public String getWorkerPhaseValue() {
    return workerPhase;
  }

  public String getWorkerReason() {
    return workerReason;
  }

  public Integer getDesiredWorkerNumberScheduled() {
    return desiredWorkerNumberScheduled;
  }

  public Integer getCurrentWorkerNumberScheduled() {
    return currentWorkerNumberScheduled;
  }

  public Integer getWorkerNumberReady() {
    return workerNumberReady;
  }

  public Integer getWorkerNumberAvailable() {
    return workerNumberAvailable;
  }

  public Integer getWorkerNumberUnavailable() {
    return workerNumberUnavailable;
  }

  public Integer getDesiredMasterNumberScheduled() {
    return desiredMasterNumberScheduled;
  }

  public Integer getCurrentMasterNumberScheduled() {
    return currentMasterNumberScheduled;
  }

  public Integer getMasterNumberReady() {
    return masterNumberReady;
  }

  /** {@link RuntimePhase#UNRECOGNIZED} for a value this SDK does not know. */
  public RuntimePhase getFusePhase() {
    return FluidEnum.parse(RuntimePhase.class, fusePhase, RuntimePhase.UNRECOGNIZED);
  }

  /** The raw {@code fusePhase}, also a value this SDK does not know. */
  public String getFusePhaseValue() {
    return fusePhase;
  }

  public String getFuseReason() {
    return fuseReason;
  }

  public Integer getCurrentFuseNumberScheduled() {
    return currentFuseNumberScheduled;
  }

  public Integer getDesiredFuseNumberScheduled() {
    return desiredFuseNumberScheduled;
  }

  public Integer getFuseNumberReady() {
    return fuseNumberReady;
  }

  public Integer getFuseNumberUnavailable() {
    return fuseNumberUnavailable;
  }

  public Integer getFuseNumberAvailable() {
    return fuseNumberAvailable;
  }

  /** How long setting up the runtime took, e.g. {@code 2m3s}. */
  public String getSetupDuration() {
    return setupDuration;
  }

  public List<RuntimeCondition> getConditions() {
    return view(conditions);
  }

  /**
   * Cache figures by name ({@code cached}, {@code cacheCapacity}, {@code cachedPercentage}, ...).
   */
  public Map<String, String> getCacheStates() {
    return view(cacheStates);
  }

  /** Label selector of the workers, as a string, for auto-scaling. */
  public String getSelector() {
    return selector;
  }

  public APIGatewayStatus getApiGateway() {
    return apiGateway;
  }

  /** When the last mount happened. */
  public OffsetDateTime getMountTime() {
    return mountTime;
  }

  /** The mounts of the bound dataset (set for ThinRuntime). */
  public List<Mount> getMounts() {
    return view(mounts);
  }

  /** Node affinity of the worker pods, node selector included. */
  public V1NodeAffinity getCacheAffinity() {
    return cacheAffinity;
  }

  /** Builds a {@link RuntimeStatus}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String valueFile;
    private String masterPhase;
    private String masterReason;
    private String workerPhase;
    private String workerReason;
    private Integer desiredWorkerNumberScheduled;
    private Integer currentWorkerNumberScheduled;
    private Integer workerNumberReady;
    private Integer workerNumberAvailable;
    private Integer workerNumberUnavailable;
    private Integer desiredMasterNumberScheduled;
    private Integer currentMasterNumberScheduled;
    private Integer masterNumberReady;
    private String fusePhase;
    private String fuseReason;
    private Integer currentFuseNumberScheduled;
    private Integer desiredFuseNumberScheduled;
    private Integer fuseNumberReady;
    private Integer fuseNumberUnavailable;
    private Integer fuseNumberAvailable;
    private String setupDuration;
    private List<RuntimeCondition> conditions;
    private Map<String, String> cacheStates;
    private String selector;
    private APIGatewayStatus apiGateway;
    private OffsetDateTime mountTime;
    private List<Mount> mounts;
    private V1NodeAffinity cacheAffinity;

    private Builder() {}

    private Builder(RuntimeStatus from) {
      super(from);
      this.valueFile = from.valueFile;
      this.masterPhase = from.masterPhase;
      this.masterReason = from.masterReason;
      this.workerPhase = from.workerPhase;
      this.workerReason = from.workerReason;
      this.desiredWorkerNumberScheduled = from.desiredWorkerNumberScheduled;
      this.currentWorkerNumberScheduled = from.currentWorkerNumberScheduled;
      this.workerNumberReady = from.workerNumberReady;
      this.workerNumberAvailable = from.workerNumberAvailable;
      this.workerNumberUnavailable = from.workerNumberUnavailable;
      this.desiredMasterNumberScheduled = from.desiredMasterNumberScheduled;
      this.currentMasterNumberScheduled = from.currentMasterNumberScheduled;
      this.masterNumberReady = from.masterNumberReady;
      this.fusePhase = from.fusePhase;
      this.fuseReason = from.fuseReason;
      this.currentFuseNumberScheduled = from.currentFuseNumberScheduled;
      this.desiredFuseNumberScheduled = from.desiredFuseNumberScheduled;
      this.fuseNumberReady = from.fuseNumberReady;
      this.fuseNumberUnavailable = from.fuseNumberUnavailable;
      this.fuseNumberAvailable = from.fuseNumberAvailable;
      this.setupDuration = from.setupDuration;
      this.conditions = from.conditions;
      this.cacheStates = from.cacheStates;
      this.selector = from.selector;
      this.apiGateway = from.apiGateway;
      this.mountTime = from.mountTime;
      this.mounts = from.mounts;
      this.cacheAffinity = from.cacheAffinity;
    }

    public Builder valueFile(String valueFile) {
      this.valueFile = valueFile;
      return this;
    }

    public Builder masterPhase(RuntimePhase masterPhase) {
      this.masterPhase = FluidEnum.valueOf(masterPhase);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder masterPhase(String masterPhase) {
      this.masterPhase = masterPhase;
      return this;
    }

    public Builder masterReason(String masterReason) {
      this.masterReason = masterReason;
      return this;
    }

    public Builder workerPhase(RuntimePhase workerPhase) {
      this.workerPhase = FluidEnum.valueOf(workerPhase);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder workerPhase(String workerPhase) {
      this.workerPhase = workerPhase;
      return this;
    }

    public Builder workerReason(String workerReason) {
      this.workerReason = workerReason;
      return this;
    }

    public Builder desiredWorkerNumberScheduled(Integer desiredWorkerNumberScheduled) {
      this.desiredWorkerNumberScheduled = desiredWorkerNumberScheduled;
      return this;
    }

    public Builder currentWorkerNumberScheduled(Integer currentWorkerNumberScheduled) {
      this.currentWorkerNumberScheduled = currentWorkerNumberScheduled;
      return this;
    }

    public Builder workerNumberReady(Integer workerNumberReady) {
      this.workerNumberReady = workerNumberReady;
      return this;
    }

    public Builder workerNumberAvailable(Integer workerNumberAvailable) {
      this.workerNumberAvailable = workerNumberAvailable;
      return this;
    }

    public Builder workerNumberUnavailable(Integer workerNumberUnavailable) {
      this.workerNumberUnavailable = workerNumberUnavailable;
      return this;
    }

    public Builder desiredMasterNumberScheduled(Integer desiredMasterNumberScheduled) {
      this.desiredMasterNumberScheduled = desiredMasterNumberScheduled;
      return this;
    }

    public Builder currentMasterNumberScheduled(Integer currentMasterNumberScheduled) {
      this.currentMasterNumberScheduled = currentMasterNumberScheduled;
      return this;
    }

    public Builder masterNumberReady(Integer masterNumberReady) {
      this.masterNumberReady = masterNumberReady;
      return this;
    }

    public Builder fusePhase(RuntimePhase fusePhase) {
      this.fusePhase = FluidEnum.valueOf(fusePhase);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder fusePhase(String fusePhase) {
      this.fusePhase = fusePhase;
      return this;
    }

    public Builder fuseReason(String fuseReason) {
      this.fuseReason = fuseReason;
      return this;
    }

    public Builder currentFuseNumberScheduled(Integer currentFuseNumberScheduled) {
      this.currentFuseNumberScheduled = currentFuseNumberScheduled;
      return this;
    }

    public Builder desiredFuseNumberScheduled(Integer desiredFuseNumberScheduled) {
      this.desiredFuseNumberScheduled = desiredFuseNumberScheduled;
      return this;
    }

    public Builder fuseNumberReady(Integer fuseNumberReady) {
      this.fuseNumberReady = fuseNumberReady;
      return this;
    }

    public Builder fuseNumberUnavailable(Integer fuseNumberUnavailable) {
      this.fuseNumberUnavailable = fuseNumberUnavailable;
      return this;
    }

    public Builder fuseNumberAvailable(Integer fuseNumberAvailable) {
      this.fuseNumberAvailable = fuseNumberAvailable;
      return this;
    }

    public Builder setupDuration(String setupDuration) {
      this.setupDuration = setupDuration;
      return this;
    }

    /** Replaces {@code conditions}; null removes the field. */
    public Builder conditions(List<RuntimeCondition> conditions) {
      this.conditions = conditions;
      return this;
    }

    /** Appends to {@code conditions}. */
    public Builder condition(RuntimeCondition condition) {
      this.conditions = append(conditions, condition);
      return this;
    }

    /** Appends a new element to {@code conditions}. */
    public Builder condition(Consumer<RuntimeCondition.Builder> spec) {
      RuntimeCondition.Builder b = RuntimeCondition.builder();
      spec.accept(b);
      return condition(b.build());
    }

    /** Replaces {@code cacheStates}; null removes the field. */
    public Builder cacheStates(Map<String, String> cacheStates) {
      this.cacheStates = cacheStates;
      return this;
    }

    /** Puts one entry into {@code cacheStates}. */
    public Builder cacheState(String key, String value) {
      this.cacheStates = put(cacheStates, key, value);
      return this;
    }

    public Builder selector(String selector) {
      this.selector = selector;
      return this;
    }

    public Builder apiGateway(APIGatewayStatus apiGateway) {
      this.apiGateway = apiGateway;
      return this;
    }

    /** Edits {@code apiGateway}, starting from its current value. */
    public Builder apiGateway(Consumer<APIGatewayStatus.Builder> change) {
      APIGatewayStatus.Builder b =
          apiGateway == null ? APIGatewayStatus.builder() : apiGateway.toBuilder();
      change.accept(b);
      this.apiGateway = b.build();
      return this;
    }

    public Builder mountTime(OffsetDateTime mountTime) {
      this.mountTime = mountTime;
      return this;
    }

    /** Replaces {@code mounts}; null removes the field. */
    public Builder mounts(List<Mount> mounts) {
      this.mounts = mounts;
      return this;
    }

    /** Appends to {@code mounts}. */
    public Builder mount(Mount mount) {
      this.mounts = append(mounts, mount);
      return this;
    }

    /** Appends a new element to {@code mounts}. */
    public Builder mount(Consumer<Mount.Builder> spec) {
      Mount.Builder b = Mount.builder();
      spec.accept(b);
      return mount(b.build());
    }

    public Builder cacheAffinity(V1NodeAffinity cacheAffinity) {
      this.cacheAffinity = cacheAffinity;
      return this;
    }

    public RuntimeStatus build() {
      return new RuntimeStatus(this);
    }
  }
}
