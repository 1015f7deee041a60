package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;
import java.util.function.Consumer;

/** Fluid's {@code ThinRuntimeSpec}. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntimeSpec extends FluidModel {
  @SerializedName("profileName")
  private String profileName;

  @SerializedName("worker")
  private ThinCompTemplateSpec worker;

  @SerializedName("fuse")
  private ThinFuseSpec fuse;

  @SerializedName("tieredstore")
  private TieredStore tieredStore;

  @SerializedName("replicas")
  private Integer replicas;

  @SerializedName("runAs")
  private User runAs;

  @SerializedName("disablePrometheus")
  private Boolean disablePrometheus;

  @SerializedName("volumes")
  private List<V1Volume> volumes;

  @SerializedName("management")
  private RuntimeManagement management;

  @SerializedName("imagePullSecrets")
  private List<V1LocalObjectReference> imagePullSecrets;

  private ThinRuntimeSpec() {}

  private ThinRuntimeSpec(Builder b) {
    super(b);
    this.profileName = b.profileName;
    this.worker = b.worker;
    this.fuse = b.fuse;
    this.tieredStore = b.tieredStore;
    this.replicas = b.replicas;
    this.runAs = b.runAs;
    this.disablePrometheus = b.disablePrometheus;
    this.volumes = copyOrNull(b.volumes);
    this.management = b.management;
    this.imagePullSecrets = copyOrNull(b.imagePullSecrets);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The ThinRuntimeProfile to use; empty for a dataset that mounts another dataset. */
  public String getProfileName() {
    return profileName;
  }

  public ThinCompTemplateSpec getWorker() {
    return worker;
  }

  public ThinFuseSpec getFuse() {
    return fuse;
  }

  public TieredStore getTieredStore() {
    return tieredStore;
  }

  /** Number of workers. */
  public Integer getReplicas() {
    return replicas;
  }

  public User getRunAs() {
    return runAs;
  }

  /** Turns off Prometheus monitoring, which is on by default. */
  public Boolean getDisablePrometheus() {
    return disablePrometheus;
  }

  /** Volumes the runtime's components and FUSE may mount. */
  public List<V1Volume> getVolumes() {
    return view(volumes);
  }

  public RuntimeManagement getManagement() {
    return management;
  }

  public List<V1LocalObjectReference> getImagePullSecrets() {
    return view(imagePullSecrets);
  }

  /** Builds a {@link ThinRuntimeSpec}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String profileName;
    private ThinCompTemplateSpec worker;
    private ThinFuseSpec fuse;
    private TieredStore tieredStore;
    private Integer replicas;
    private User runAs;
    private Boolean disablePrometheus;
    private List<V1Volume> volumes;
    private RuntimeManagement management;
    private List<V1LocalObjectReference> imagePullSecrets;

    private Builder() {}

    private Builder(ThinRuntimeSpec from) {
      super(from);
      this.profileName = from.profileName;
      this.worker = from.worker;
      this.fuse = from.fuse;
      this.tieredStore = from.tieredStore;
      this.replicas = from.replicas;
      this.runAs = from.runAs;
      this.disablePrometheus = from.disablePrometheus;
      this.volumes = from.volumes;
      this.management = from.management;
      this.imagePullSecrets = from.imagePullSecrets;
    }

    public Builder profileName(String profileName) {
      this.profileName = profileName;
      return this;
    }

    public Builder worker(ThinCompTemplateSpec worker) {
      this.worker = worker;
      return this;
    }

    /** Edits {@code worker}, starting from its current value. */
    public Builder worker(Consumer<ThinCompTemplateSpec.Builder> change) {
      ThinCompTemplateSpec.Builder b =
          worker == null ? ThinCompTemplateSpec.builder() : worker.toBuilder();
      change.accept(b);
      this.worker = b.build();
      return this;
    }

    public Builder fuse(ThinFuseSpec fuse) {
      this.fuse = fuse;
      return this;
    }

    /** Edits {@code fuse}, starting from its current value. */
    public Builder fuse(Consumer<ThinFuseSpec.Builder> change) {
      ThinFuseSpec.Builder b =
          fuse == null ? ThinFuseSpec.builder() : fuse.toBuilder();
      change.accept(b);
      this.fuse = b.build();
      return this;
    }

    public Builder tieredStore(TieredStore tieredStore) {
      this.tieredStore = tieredStore;
      return this;
    }

    /** Edits {@code tieredstore}, starting from its current value. */
    public Builder tieredStore(Consumer<TieredStore.Builder> change) {
      TieredStore.Builder b =
          tieredStore == null ? TieredStore.builder() : tieredStore.toBuilder();
      change.accept(b);
      this.tieredStore = b.build();
      return this;
    }

    public Builder replicas(Integer replicas) {
      this.replicas = replicas;
      return this;
    }

    public Builder runAs(User runAs) {
      this.runAs = runAs;
      return this;
    }

    /** Edits {@code runAs}, starting from its current value. */
    public Builder runAs(Consumer<User.Builder> change) {
      User.Builder b =
          runAs == null ? User.builder() : runAs.toBuilder();
      change.accept(b);
      this.runAs = b.build();
      return this;
    }

    public Builder disablePrometheus(Boolean disablePrometheus) {
      this.disablePrometheus = disablePrometheus;
      return this;
    }

    /** Replaces {@code volumes}; null removes the field. */
    public Builder volumes(List<V1Volume> volumes) {
      this.volumes = volumes;
      return this;
    }

    /** Appends to {@code volumes}. */
    public Builder volume(V1Volume volume) {
      this.volumes = append(volumes, volume);
      return this;
    }

    public Builder management(RuntimeManagement management) {
      this.management = management;
      return this;
    }

    /** Edits {@code management}, starting from its current value. */
    public Builder management(Consumer<RuntimeManagement.Builder> change) {
      RuntimeManagement.Builder b =
          management == null ? RuntimeManagement.builder() : management.toBuilder();
      change.accept(b);
      this.management = b.build();
      return this;
    }

    /** Replaces {@code imagePullSecrets}; null removes the field. */
    public Builder imagePullSecrets(List<V1LocalObjectReference> imagePullSecrets) {
      this.imagePullSecrets = imagePullSecrets;
      return this;
    }

    /** Appends to {@code imagePullSecrets}. */
    public Builder imagePullSecret(V1LocalObjectReference imagePullSecret) {
      this.imagePullSecrets = append(imagePullSecrets, imagePullSecret);
      return this;
    }

    /** Appends {@code {name: <name>}} to {@code imagePullSecrets}. */
    public Builder imagePullSecret(String name) {
      return imagePullSecret(new V1LocalObjectReference().name(name));
    }

    public ThinRuntimeSpec build() {
      return new ThinRuntimeSpec(this);
    }
  }
}
