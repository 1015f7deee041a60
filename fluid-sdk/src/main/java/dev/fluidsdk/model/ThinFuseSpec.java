package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Fluid's {@code ThinFuseSpec}: the FUSE container Fluid runs on every node that uses the dataset. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinFuseSpec extends FluidModel {
  @SerializedName("image")
  private String image;

  @SerializedName("imageTag")
  private String imageTag;

  @SerializedName("imagePullPolicy")
  private String imagePullPolicy;

  @SerializedName("imagePullSecrets")
  private List<V1LocalObjectReference> imagePullSecrets;

  @SerializedName("ports")
  private List<V1ContainerPort> ports;

  @SerializedName("env")
  private List<V1EnvVar> env;

  @SerializedName("command")
  private List<String> command;

  @SerializedName("args")
  private List<String> args;

  @SerializedName("options")
  private Map<String, String> options;

  @SerializedName("resources")
  private V1ResourceRequirements resources;

  @SerializedName("nodeSelector")
  private Map<String, String> nodeSelector;

  @SerializedName("cleanPolicy")
  private String cleanPolicy;

  @SerializedName("networkMode")
  private String networkMode;

  @SerializedName("livenessProbe")
  private V1Probe livenessProbe;

  @SerializedName("readinessProbe")
  private V1Probe readinessProbe;

  @SerializedName("volumeMounts")
  private List<V1VolumeMount> volumeMounts;

  @SerializedName("lifecycle")
  private V1Lifecycle lifecycle;

  @SerializedName("podMetadata")
  private PodMetadata podMetadata;

  private ThinFuseSpec() {}

  private ThinFuseSpec(Builder b) {
    super(b);
    this.image = b.image;
    this.imageTag = b.imageTag;
    this.imagePullPolicy = b.imagePullPolicy;
    this.imagePullSecrets = copyOrNull(b.imagePullSecrets);
    this.ports = copyOrNull(b.ports);
    this.env = copyOrNull(b.env);
    this.command = copyOrNull(b.command);
    this.args = copyOrNull(b.args);
    this.options = copyOrNull(b.options);
    this.resources = b.resources;
    this.nodeSelector = copyOrNull(b.nodeSelector);
    this.cleanPolicy = b.cleanPolicy;
    this.networkMode = b.networkMode;
    this.livenessProbe = b.livenessProbe;
    this.readinessProbe = b.readinessProbe;
    this.volumeMounts = copyOrNull(b.volumeMounts);
    this.lifecycle = b.lifecycle;
    this.podMetadata = b.podMetadata;
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

  public List<V1ContainerPort> getPorts() {
    return view(ports);
  }

  public List<V1EnvVar> getEnv() {
    return view(env);
  }

  public List<String> getCommand() {
    return view(command);
  }

  public List<String> getArgs() {
    return view(args);
  }

  /** FUSE client options; Fluid merges them with the dataset's mount options. */
  public Map<String, String> getOptions() {
    return view(options);
  }

  public V1ResourceRequirements getResources() {
    return resources;
  }

  public Map<String, String> getNodeSelector() {
    return view(nodeSelector);
  }

  /**
   * When FUSE pods are removed; Fluid treats absent or empty as {@code OnRuntimeDeleted}. {@link
   * FuseCleanPolicy#UNRECOGNIZED} for a value this SDK does not know.
   */
  public FuseCleanPolicy getCleanPolicy() {
    return FluidEnum.parse(FuseCleanPolicy.class, cleanPolicy, FuseCleanPolicy.UNRECOGNIZED);
  }

  /** The raw {@code cleanPolicy}, also a value this SDK does not know. */
  public String getCleanPolicyValue() {
    return cleanPolicy;
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

  public V1Probe getLivenessProbe() {
    return livenessProbe;
  }

  public V1Probe getReadinessProbe() {
    return readinessProbe;
  }

  /** Mounts of volumes listed in {@code spec.volumes}. */
  public List<V1VolumeMount> getVolumeMounts() {
    return view(volumeMounts);
  }

  public V1Lifecycle getLifecycle() {
    return lifecycle;
  }

  public PodMetadata getPodMetadata() {
    return podMetadata;
  }

  /** Builds a {@link ThinFuseSpec}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String image;
    private String imageTag;
    private String imagePullPolicy;
    private List<V1LocalObjectReference> imagePullSecrets;
    private List<V1ContainerPort> ports;
    private List<V1EnvVar> env;
    private List<String> command;
    private List<String> args;
    private Map<String, String> options;
    private V1ResourceRequirements resources;
    private Map<String, String> nodeSelector;
    private String cleanPolicy;
    private String networkMode;
    private V1Probe livenessProbe;
    private V1Probe readinessProbe;
    private List<V1VolumeMount> volumeMounts;
    private V1Lifecycle lifecycle;
    private PodMetadata podMetadata;

    private Builder() {}

    private Builder(ThinFuseSpec from) {
      super(from);
      this.image = from.image;
      this.imageTag = from.imageTag;
      this.imagePullPolicy = from.imagePullPolicy;
      this.imagePullSecrets = from.imagePullSecrets;
      this.ports = from.ports;
      this.env = from.env;
      this.command = from.command;
      this.args = from.args;
      this.options = from.options;
      this.resources = from.resources;
      this.nodeSelector = from.nodeSelector;
      this.cleanPolicy = from.cleanPolicy;
      this.networkMode = from.networkMode;
      this.livenessProbe = from.livenessProbe;
      this.readinessProbe = from.readinessProbe;
      this.volumeMounts = from.volumeMounts;
      this.lifecycle = from.lifecycle;
      this.podMetadata = from.podMetadata;
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

    /** Replaces {@code command}; null removes the field. */
    public Builder command(List<String> command) {
      this.command = command;
      return this;
    }

    /** Replaces {@code args}; null removes the field. */
    public Builder args(List<String> args) {
      this.args = args;
      return this;
    }

    /** Appends to {@code args}. */
    public Builder arg(String arg) {
      this.args = append(args, arg);
      return this;
    }

    /** Replaces {@code options}; null removes the field. */
    public Builder options(Map<String, String> options) {
      this.options = options;
      return this;
    }

    /** Puts one entry into {@code options}. */
    public Builder option(String key, String value) {
      this.options = put(options, key, value);
      return this;
    }

    public Builder resources(V1ResourceRequirements resources) {
      this.resources = resources;
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

    public Builder cleanPolicy(FuseCleanPolicy cleanPolicy) {
      this.cleanPolicy = FluidEnum.valueOf(cleanPolicy);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder cleanPolicy(String cleanPolicy) {
      this.cleanPolicy = cleanPolicy;
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

    public Builder livenessProbe(V1Probe livenessProbe) {
      this.livenessProbe = livenessProbe;
      return this;
    }

    public Builder readinessProbe(V1Probe readinessProbe) {
      this.readinessProbe = readinessProbe;
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

    public Builder lifecycle(V1Lifecycle lifecycle) {
      this.lifecycle = lifecycle;
      return this;
    }

    public Builder podMetadata(PodMetadata podMetadata) {
      this.podMetadata = podMetadata;
      return this;
    }

    /** Edits {@code podMetadata}, starting from its current value. */
    public Builder podMetadata(Consumer<PodMetadata.Builder> change) {
      PodMetadata.Builder b =
          podMetadata == null ? PodMetadata.builder() : podMetadata.toBuilder();
      change.accept(b);
      this.podMetadata = b.build();
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

    /** Replaces {@code command} with {@code parts}. */
    public Builder command(String... parts) {
      return command(List.of(parts));
    }

    public ThinFuseSpec build() {
      return new ThinFuseSpec(this);
    }
  }
}
