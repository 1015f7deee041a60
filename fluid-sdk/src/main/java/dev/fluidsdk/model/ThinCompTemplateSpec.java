package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import java.util.Map;

/** Fluid's {@code ThinCompTemplateSpec}: a ThinRuntime component other than FUSE (the worker). */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinCompTemplateSpec extends FluidModel {
  @SerializedName("image")
  private String image;

  @SerializedName("imageTag")
  private String imageTag;

  @SerializedName("imagePullPolicy")
  private String imagePullPolicy;

  @SerializedName("imagePullSecrets")
  private List<V1LocalObjectReference> imagePullSecrets;

  @SerializedName("replicas")
  private Integer replicas;

  @SerializedName("ports")
  private List<V1ContainerPort> ports;

  @SerializedName("resources")
  private V1ResourceRequirements resources;

  @SerializedName("env")
  private List<V1EnvVar> env;

  @SerializedName("enabled")
  private Boolean enabled;

  @SerializedName("nodeSelector")
  private Map<String, String> nodeSelector;

  @SerializedName("volumeMounts")
  private List<V1VolumeMount> volumeMounts;

  @SerializedName("livenessProbe")
  private V1Probe livenessProbe;

  @SerializedName("readinessProbe")
  private V1Probe readinessProbe;

  @SerializedName("networkMode")
  private String networkMode;

  private ThinCompTemplateSpec() {}

  private ThinCompTemplateSpec(Builder b) {
    super(b);
    this.image = b.image;
    this.imageTag = b.imageTag;
    this.imagePullPolicy = b.imagePullPolicy;
    this.imagePullSecrets = copyOrNull(b.imagePullSecrets);
    this.replicas = b.replicas;
    this.ports = copyOrNull(b.ports);
    this.resources = b.resources;
    this.env = copyOrNull(b.env);
    this.enabled = b.enabled;
    this.nodeSelector = copyOrNull(b.nodeSelector);
    this.volumeMounts = copyOrNull(b.volumeMounts);
    this.livenessProbe = b.livenessProbe;
    this.readinessProbe = b.readinessProbe;
    this.networkMode = b.networkMode;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public String getImage() {
    return image;
  }

  public String getImageTag() {
    return imageTag;
  }

  /** One of {@code Always}, {@code IfNotPresent}, {@code Never}. */
  public String getImagePullPolicy() {
    return imagePullPolicy;
  }

  public List<V1LocalObjectReference> getImagePullSecrets() {
    return view(imagePullSecrets);
  }

  /** At least 1 (CRD); Fluid defaults it to 1. */
  public Integer getReplicas() {
    return replicas;
  }

  public List<V1ContainerPort> getPorts() {
    return view(ports);
  }

  public V1ResourceRequirements getResources() {
    return resources;
  }

  public List<V1EnvVar> getEnv() {
    return view(env);
  }

  public Boolean getEnabled() {
    return enabled;
  }

  public Map<String, String> getNodeSelector() {
    return view(nodeSelector);
  }

  /** Mounts of volumes listed in {@code spec.volumes}. */
  public List<V1VolumeMount> getVolumeMounts() {
    return view(volumeMounts);
  }

  public V1Probe getLivenessProbe() {
    return livenessProbe;
  }

  public V1Probe getReadinessProbe() {
    return readinessProbe;
  }

  /**
   * The network; the host's when absent or empty. {@link NetworkMode#UNRECOGNIZED} for a value
   * this SDK does not know.
   */
  public NetworkMode getNetworkMode() {
    return FluidEnum.parse(NetworkMode.class, networkMode, NetworkMode.UNRECOGNIZED);
  }

  /** The raw {@code networkMode}, also a value this SDK does not know. */
  public String getNetworkModeValue() {
    return networkMode;
  }

  /** Builds a {@link ThinCompTemplateSpec}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String image;
    private String imageTag;
    private String imagePullPolicy;
    private List<V1LocalObjectReference> imagePullSecrets;
    private Integer replicas;
    private List<V1ContainerPort> ports;
    private V1ResourceRequirements resources;
    private List<V1EnvVar> env;
    private Boolean enabled;
    private Map<String, String> nodeSelector;
    private List<V1VolumeMount> volumeMounts;
    private V1Probe livenessProbe;
    private V1Probe readinessProbe;
    private String networkMode;

    private Builder() {}

    private Builder(ThinCompTemplateSpec from) {
      super(from);
      this.image = from.image;
      this.imageTag = from.imageTag;
      this.imagePullPolicy = from.imagePullPolicy;
      this.imagePullSecrets = from.imagePullSecrets;
      this.replicas = from.replicas;
      this.ports = from.ports;
      this.resources = from.resources;
      this.env = from.env;
      this.enabled = from.enabled;
      this.nodeSelector = from.nodeSelector;
      this.volumeMounts = from.volumeMounts;
      this.livenessProbe = from.livenessProbe;
      this.readinessProbe = from.readinessProbe;
      this.networkMode = from.networkMode;
    }

    public Builder image(String image) {
      this.image = image;
      return this;
    }

    public Builder imageTag(String imageTag) {
      this.imageTag = imageTag;
      return this;
    }

    public Builder imagePullPolicy(String imagePullPolicy) {
      this.imagePullPolicy = imagePullPolicy;
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

    public Builder replicas(Integer replicas) {
      this.replicas = replicas;
      return this;
    }

    /** Replaces {@code ports}; null removes the field. */
    public Builder ports(List<V1ContainerPort> ports) {
      this.ports = ports;
      return this;
    }

    /** Appends to {@code ports}. */
    public Builder port(V1ContainerPort port) {
      this.ports = append(ports, port);
      return this;
    }

    public Builder resources(V1ResourceRequirements resources) {
      this.resources = resources;
      return this;
    }

    /** Replaces {@code env}; null removes the field. */
    public Builder env(List<V1EnvVar> env) {
      this.env = env;
      return this;
    }

    /** Appends to {@code env}. */
    public Builder env(V1EnvVar item) {
      this.env = append(env, item);
      return this;
    }

    public Builder enabled(Boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /** Replaces {@code nodeSelector}; null removes the field. */
    public Builder nodeSelector(Map<String, String> nodeSelector) {
      this.nodeSelector = nodeSelector;
      return this;
    }

    /** Puts one entry into {@code nodeSelector}. */
    public Builder nodeSelector(String key, String value) {
      this.nodeSelector = put(nodeSelector, key, value);
      return this;
    }

    /** Replaces {@code volumeMounts}; null removes the field. */
    public Builder volumeMounts(List<V1VolumeMount> volumeMounts) {
      this.volumeMounts = volumeMounts;
      return this;
    }

    /** Appends to {@code volumeMounts}. */
    public Builder volumeMount(V1VolumeMount volumeMount) {
      this.volumeMounts = append(volumeMounts, volumeMount);
      return this;
    }

    public Builder livenessProbe(V1Probe livenessProbe) {
      this.livenessProbe = livenessProbe;
      return this;
    }

    public Builder readinessProbe(V1Probe readinessProbe) {
      this.readinessProbe = readinessProbe;
      return this;
    }

    public Builder networkMode(NetworkMode networkMode) {
      this.networkMode = FluidEnum.valueOf(networkMode);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder networkMode(String networkMode) {
      this.networkMode = networkMode;
      return this;
    }

    /** Appends {@code {name: <name>}} to {@code imagePullSecrets}. */
    public Builder imagePullSecret(String name) {
      return imagePullSecret(new V1LocalObjectReference().name(name));
    }

    /** Appends a plain {@code name=value} variable to {@code env}. */
    public Builder env(String name, String value) {
      return env(new V1EnvVar().name(name).value(value));
    }

    /** Appends a mount of volume {@code name} at {@code mountPath} to {@code volumeMounts}. */
    public Builder volumeMount(String name, String mountPath) {
      return volumeMount(new V1VolumeMount().name(name).mountPath(mountPath));
    }

    public ThinCompTemplateSpec build() {
      return new ThinCompTemplateSpec(this);
    }
  }
}
