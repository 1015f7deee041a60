package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Fluid's {@code DatasetStatus}: the observed state of a Dataset, written by Fluid. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class DatasetStatus extends FluidModel {
  @SerializedName("mounts")
  private List<Mount> mounts;

  @SerializedName("ufsTotal")
  private String ufsTotal;

  @SerializedName("phase")
  private String phase;

  @SerializedName("runtimes")
  private List<DatasetRuntime> runtimes;

  @SerializedName("conditions")
  private List<DatasetCondition> conditions;

  @SerializedName("cacheStates")
  private Map<String, String> cacheStates;

  @SerializedName("hcfs")
  private HCFSStatus hcfs;

  @SerializedName("fileNum")
  private String fileNum;

  @SerializedName("dataLoadRef")
  private String dataLoadRef;

  @SerializedName("dataBackupRef")
  private String dataBackupRef;

  @SerializedName("operationRef")
  private Map<String, String> operationRef;

  @SerializedName("datasetRef")
  private List<String> datasetRef;

  private DatasetStatus() {}

  private DatasetStatus(Builder b) {
    super(b);
    this.mounts = copyOrNull(b.mounts);
    this.ufsTotal = b.ufsTotal;
    this.phase = b.phase;
    this.runtimes = copyOrNull(b.runtimes);
    this.conditions = copyOrNull(b.conditions);
    this.cacheStates = copyOrNull(b.cacheStates);
    this.hcfs = b.hcfs;
    this.fileNum = b.fileNum;
    this.dataLoadRef = b.dataLoadRef;
    this.dataBackupRef = b.dataBackupRef;
    this.operationRef = copyOrNull(b.operationRef);
    this.datasetRef = copyOrNull(b.datasetRef);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The mounts as they have been mounted. */
  public List<Mount> getMounts() {
    return view(mounts);
  }

  /** The total size of the data in the underlying storage, human-readable (e.g. {@code 1.2GiB}). */
  public String getUfsTotal() {
    return ufsTotal;
  }

  /** The phase; {@link DatasetPhase#UNRECOGNIZED} for a value this SDK does not know. */
  public DatasetPhase getPhase() {
    return FluidEnum.parse(DatasetPhase.class, phase, DatasetPhase.UNRECOGNIZED);
  }

  /** The phase exactly as the server wrote it. */
  public String getPhaseValue() {
    return phase;
  }

  public List<DatasetRuntime> getRuntimes() {
    return view(runtimes);
  }

  public List<DatasetCondition> getConditions() {
    return view(conditions);
  }

  /** The last condition of the given type, if any (Fluid keeps one per type). */
  public Optional<DatasetCondition> getCondition(DatasetConditionType type) {
    return getCondition(FluidEnum.valueOf(type));
  }

  /** The last condition whose raw type is {@code type}, also one this SDK does not know. */
  public Optional<DatasetCondition> getCondition(String type) {
    DatasetCondition found = null;
    for (DatasetCondition c : getConditions()) {
      if (c.getTypeValue() != null && c.getTypeValue().equals(type)) {
        found = c;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Cache figures by name ({@code cached}, {@code cacheCapacity}, {@code cachedPercentage}, {@code
   * cacheHitRatio}, {@code lowWaterMark}, ...), as human-readable strings.
   */
  public Map<String, String> getCacheStates() {
    return view(cacheStates);
  }

  /** JSON {@code hcfs}. */
  public HCFSStatus getHcfs() {
    return hcfs;
  }

  /** The number of files in the dataset, as a string. */
  public String getFileNum() {
    return fileNum;
  }

  /** Deprecated by Fluid in favour of {@link #getOperationRef()}. */
  public String getDataLoadRef() {
    return dataLoadRef;
  }

  /** Deprecated by Fluid in favour of {@link #getOperationRef()}. */
  public String getDataBackupRef() {
    return dataBackupRef;
  }

  /** Running operations by operation type; a value may list several names, comma-separated. */
  public Map<String, String> getOperationRef() {
    return view(operationRef);
  }

  /** {@code namespace/name} of the datasets that mount this one. */
  public List<String> getDatasetRef() {
    return view(datasetRef);
  }

  /** Builds a {@link DatasetStatus}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private List<Mount> mounts;
    private String ufsTotal;
    private String phase;
    private List<DatasetRuntime> runtimes;
    private List<DatasetCondition> conditions;
    private Map<String, String> cacheStates;
    private HCFSStatus hcfs;
    private String fileNum;
    private String dataLoadRef;
    private String dataBackupRef;
    private Map<String, String> operationRef;
    private List<String> datasetRef;

    private Builder() {}

    private Builder(DatasetStatus from) {
      super(from);
      this.mounts = from.mounts;
      this.ufsTotal = from.ufsTotal;
      this.phase = from.phase;
      this.runtimes = from.runtimes;
      this.conditions = from.conditions;
      this.cacheStates = from.cacheStates;
      this.hcfs = from.hcfs;
      this.fileNum = from.fileNum;
      this.dataLoadRef = from.dataLoadRef;
      this.dataBackupRef = from.dataBackupRef;
      this.operationRef = from.operationRef;
      this.datasetRef = from.datasetRef;
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

    public Builder ufsTotal(String ufsTotal) {
      this.ufsTotal = ufsTotal;
      return this;
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

    /** Replaces all runtimes; null removes the field. */
    public Builder runtimes(List<DatasetRuntime> runtimes) {
      this.runtimes = runtimes;
      return this;
    }

    public Builder runtime(DatasetRuntime runtime) {
      this.runtimes = append(runtimes, runtime);
      return this;
    }

    /** Replaces all conditions; null removes the field. */
    public Builder conditions(List<DatasetCondition> conditions) {
      this.conditions = conditions;
      return this;
    }

    public Builder condition(DatasetCondition condition) {
      this.conditions = append(conditions, condition);
      return this;
    }

    public Builder condition(Consumer<DatasetCondition.Builder> spec) {
      DatasetCondition.Builder b = DatasetCondition.builder();
      spec.accept(b);
      return condition(b.build());
    }

    /** Replaces all cache states; null removes the field. */
    public Builder cacheStates(Map<String, String> cacheStates) {
      this.cacheStates = cacheStates;
      return this;
    }

    public Builder cacheState(String name, String value) {
      this.cacheStates = put(cacheStates, name, value);
      return this;
    }

    public Builder hcfs(HCFSStatus hcfs) {
      this.hcfs = hcfs;
      return this;
    }

    public Builder hcfs(Consumer<HCFSStatus.Builder> spec) {
      HCFSStatus.Builder b = hcfs == null ? HCFSStatus.builder() : hcfs.toBuilder();
      spec.accept(b);
      this.hcfs = b.build();
      return this;
    }

    public Builder fileNum(String fileNum) {
      this.fileNum = fileNum;
      return this;
    }

    public Builder dataLoadRef(String dataLoadRef) {
      this.dataLoadRef = dataLoadRef;
      return this;
    }

    public Builder dataBackupRef(String dataBackupRef) {
      this.dataBackupRef = dataBackupRef;
      return this;
    }

    /** Replaces all operation references; null removes the field. */
    public Builder operationRef(Map<String, String> operationRef) {
      this.operationRef = operationRef;
      return this;
    }

    public Builder operationRef(String operationType, String names) {
      this.operationRef = put(operationRef, operationType, names);
      return this;
    }

    /** Replaces all dataset references; null removes the field. */
    public Builder datasetRef(List<String> datasetRef) {
      this.datasetRef = datasetRef;
      return this;
    }

    public Builder datasetRef(String namespacedName) {
      this.datasetRef = append(datasetRef, namespacedName);
      return this;
    }

    public DatasetStatus build() {
      return new DatasetStatus(this);
    }
  }
}
