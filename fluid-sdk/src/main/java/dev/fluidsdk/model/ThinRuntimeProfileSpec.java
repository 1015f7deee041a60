package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1Volume;
import java.util.List;
import java.util.function.Consumer;

/** Fluid's {@code ThinRuntimeProfileSpec}. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntimeProfileSpec extends FluidModel {
  @SerializedName("fileSystemType")
  private String fileSystemType;

  @SerializedName("imagePullSecrets")
  private List<V1LocalObjectReference> imagePullSecrets;

  @SerializedName("worker")
  private ThinCompTemplateSpec worker;

  @SerializedName("fuse")
  private ThinFuseSpec fuse;

  @SerializedName("volumes")
  private List<V1Volume> volumes;

  @SerializedName("nodePublishSecretPolicy")
  private String nodePublishSecretPolicy;

  private ThinRuntimeProfileSpec() {}

  private ThinRuntimeProfileSpec(Builder b) {
    super(b);
    this.fileSystemType = b.fileSystemType;
    this.imagePullSecrets = copyOrNull(b.imagePullSecrets);
    this.worker = b.worker;
    this.fuse = b.fuse;
    this.volumes = copyOrNull(b.volumes);
    this.nodePublishSecretPolicy = b.nodePublishSecretPolicy;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The file system the profile serves (required). */
  public String getFileSystemType() {
    return fileSystemType;
  }

  public List<V1LocalObjectReference> getImagePullSecrets() {
    return view(imagePullSecrets);
  }

  public ThinCompTemplateSpec getWorker() {
    return worker;
  }

  public ThinFuseSpec getFuse() {
    return fuse;
  }

  /** Volumes the runtime's components and FUSE may mount. */
  public List<V1Volume> getVolumes() {
    return view(volumes);
  }

  /**
   * {@code MountNodePublishSecretIfExists} when absent (CRD default); {@link NodePublishSecretPolicy#UNRECOGNIZED} for a value this SDK does not know.
   */
  public NodePublishSecretPolicy getNodePublishSecretPolicy() {
    return FluidEnum.parse(NodePublishSecretPolicy.class, nodePublishSecretPolicy, NodePublishSecretPolicy.UNRECOGNIZED);
  }

  /** The raw {@code nodePublishSecretPolicy}, also a value this SDK does not know. */
  public String getNodePublishSecretPolicyValue() {
    return nodePublishSecretPolicy;
  }

  /** Builds a {@link ThinRuntimeProfileSpec}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String fileSystemType;
    private List<V1LocalObjectReference> imagePullSecrets;
    private ThinCompTemplateSpec worker;
    private ThinFuseSpec fuse;
    private List<V1Volume> volumes;
    private String nodePublishSecretPolicy;

    private Builder() {}

    private Builder(ThinRuntimeProfileSpec from) {
      super(from);
      this.fileSystemType = from.fileSystemType;
      this.imagePullSecrets = from.imagePullSecrets;
      this.worker = from.worker;
      this.fuse = from.fuse;
      this.volumes = from.volumes;
      this.nodePublishSecretPolicy = from.nodePublishSecretPolicy;
    }

    public Builder fileSystemType(String fileSystemType) {
      this.fileSystemType = fileSystemType;
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

    public Builder nodePublishSecretPolicy(NodePublishSecretPolicy nodePublishSecretPolicy) {
      this.nodePublishSecretPolicy = FluidEnum.valueOf(nodePublishSecretPolicy);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder nodePublishSecretPolicy(String nodePublishSecretPolicy) {
      this.nodePublishSecretPolicy = nodePublishSecretPolicy;
      return this;
    }

    /** Appends {@code {name: <name>}} to {@code imagePullSecrets}. */
    public Builder imagePullSecret(String name) {
      return imagePullSecret(new V1LocalObjectReference().name(name));
    }

    public ThinRuntimeProfileSpec build() {
      return new ThinRuntimeProfileSpec(this);
    }
  }
}
