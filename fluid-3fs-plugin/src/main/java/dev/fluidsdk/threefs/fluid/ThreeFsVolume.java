package dev.fluidsdk.threefs.fluid;

import dev.fluidsdk.threefs.ThreeFsException;
import dev.fluidsdk.threefs.mount.ThreeFsMountPoint;
import dev.fluidsdk.threefs.launcher.LauncherConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a platform team asks for: a 3FS file system, by mount point, as a Fluid Dataset of a given
 * name and namespace. {@link ThreeFsObjects#of(ThreeFsVolume)} turns it into the Kubernetes
 * objects the seed applied by hand.
 *
 * <pre>{@code
 * ThreeFsVolume v = ThreeFsVolume.builder()
 *     .name("demo-3fs").namespace("ml")
 *     .mountPoint("AADHHSOs8QA92iRe2wB1fmuL@RDMA://10.0.0.1:8000")
 *     .clusterId("stage")
 *     .image("registry.example.com/3fs-fuse:0.1.0")
 *     .build();
 * }</pre>
 *
 * <p>A sub-directory in the mount point ({@code .../datasets/imagenet}) stays in the Dataset's
 * mount point; the FUSE entrypoint mounts the whole file system privately and bind-mounts that
 * directory onto Fluid's target (fuse-image/README.md).
 *
 * <p>A token written inline in the mount point ({@code TOKEN@...}, the seed's form) is moved into
 * a Secret referenced through Fluid's {@code encryptOptions}, unless {@link
 * Builder#keepInlineToken(boolean)} insists; {@code toString()} never shows it.
 */
public final class ThreeFsVolume {
  /** The ThinRuntimeProfile name the seed used. */
  public static final String DEFAULT_PROFILE = "3fs";
  /** The key of the token in the Secret this SDK creates. */
  public static final String DEFAULT_TOKEN_KEY = "token";

  private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9_-]{1,31}");
  private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_.:-]+");

  private final String name;
  private final String namespace;
  private final ThreeFsMountPoint mountPoint;
  private final String clusterId;
  private final String image;
  private final String imagePullPolicy;
  private final String profileName;
  private final String tokenSecretName;
  private final String tokenSecretKey;
  private final boolean keepInlineToken;
  private final List<String> deviceFilter;
  private final boolean tcp;
  private final Map<String, String> launcherOverrides;

  private ThreeFsVolume(Builder b) {
    this.name = Objects.requireNonNull(b.name, "name");
    this.namespace = b.namespace == null ? "default" : b.namespace;
    this.mountPoint = Objects.requireNonNull(b.mountPoint, "mountPoint");
    this.clusterId = Objects.requireNonNull(b.clusterId, "clusterId");
    if (!CLUSTER_ID.matcher(clusterId).matches()) {
      throw new ThreeFsException(
          "clusterId: must be 1-31 characters of A-Z a-z 0-9 _ -, as 3FS's FUSE client needs");
    }
    this.image = Objects.requireNonNull(b.image, "image");
    this.imagePullPolicy = b.imagePullPolicy == null ? "IfNotPresent" : b.imagePullPolicy;
    this.profileName = b.profileName == null ? DEFAULT_PROFILE : b.profileName;
    this.keepInlineToken = b.keepInlineToken;
    this.tokenSecretKey = b.tokenSecretKey == null ? DEFAULT_TOKEN_KEY : b.tokenSecretKey;
    this.tokenSecretName = b.tokenSecretName == null ? name + "-3fs-token" : b.tokenSecretName;
    if (mountPoint.token().isEmpty() && b.tokenSecretName == null) {
      throw new ThreeFsException(
          "mountPoint: has no token and no token Secret is named; 3FS's FUSE client cannot start"
              + " without one (write TOKEN@... or name a Secret)");
    }
    this.deviceFilter = List.copyOf(b.deviceFilter);
    for (String d : deviceFilter) {
      if (!DEVICE.matcher(d).matches()) {
        throw new ThreeFsException("deviceFilter: not an RDMA device or netdev name: " + d);
      }
    }
    this.tcp = b.tcp;
    this.launcherOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(b.launcherOverrides));
    // Checked here against the launcher model, so a typo fails now rather than in the pod.
    LauncherConfig.Builder check = LauncherConfig.defaults().toBuilder();
    launcherOverrides.forEach(check::override);
    check.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public String name() {
    return name;
  }

  public String namespace() {
    return namespace;
  }

  public ThreeFsMountPoint mountPoint() {
    return mountPoint;
  }

  public String clusterId() {
    return clusterId;
  }

  /** The FUSE image reference, {@code repository[:tag]}. */
  public String image() {
    return image;
  }

  public String imagePullPolicy() {
    return imagePullPolicy;
  }

  public String profileName() {
    return profileName;
  }

  /** The Secret that holds (or will hold) the token. */
  public String tokenSecretName() {
    return tokenSecretName;
  }

  public String tokenSecretKey() {
    return tokenSecretKey;
  }

  /** Whether the token stays in the Dataset's mount point (not recommended). */
  public boolean keepInlineToken() {
    return keepInlineToken;
  }

  public List<String> deviceFilter() {
    return deviceFilter;
  }

  /** TCP mode: 3FS's {@code client.force_use_tcp}, no RDMA devices needed. */
  public boolean tcp() {
    return tcp;
  }

  /** Launcher keys set through the Dataset's {@code launcher.<key>} options. */
  public Map<String, String> launcherOverrides() {
    return launcherOverrides;
  }

  @Override
  public String toString() {
    return "ThreeFsVolume{" + namespace + "/" + name + ", " + mountPoint + ", cluster " + clusterId
        + ", image " + image + "}";
  }

  /** Builds a {@link ThreeFsVolume}. */
  public static final class Builder {
    private String name;
    private String namespace;
    private ThreeFsMountPoint mountPoint;
    private String clusterId;
    private String image;
    private String imagePullPolicy;
    private String profileName;
    private String tokenSecretName;
    private String tokenSecretKey;
    private boolean keepInlineToken;
    private List<String> deviceFilter = List.of();
    private boolean tcp;
    private final Map<String, String> launcherOverrides = new LinkedHashMap<>();

    private Builder() {}

    /** The Dataset's (and so the PVC's and the ThinRuntime's) name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    /** Parses and validates the mount point; throws with the column of the problem. */
    public Builder mountPoint(String mountPoint) {
      this.mountPoint = ThreeFsMountPoint.parse(mountPoint);
      return this;
    }

    public Builder mountPoint(ThreeFsMountPoint mountPoint) {
      this.mountPoint = mountPoint;
      return this;
    }

    /** The cluster id mgmtd was initialised with (the seed's {@code stage}). */
    public Builder clusterId(String clusterId) {
      this.clusterId = clusterId;
      return this;
    }

    public Builder image(String image) {
      this.image = image;
      return this;
    }

    public Builder imagePullPolicy(String imagePullPolicy) {
      this.imagePullPolicy = imagePullPolicy;
      return this;
    }

    public Builder profileName(String profileName) {
      this.profileName = profileName;
      return this;
    }

    /** Names the Secret (and key) holding the token; created from an inline token if given. */
    public Builder tokenSecret(String name, String key) {
      this.tokenSecretName = name;
      this.tokenSecretKey = key;
      return this;
    }

    public Builder keepInlineToken(boolean keep) {
      this.keepInlineToken = keep;
      return this;
    }

    public Builder deviceFilter(List<String> devices) {
      this.deviceFilter = List.copyOf(devices);
      return this;
    }

    public Builder tcp(boolean tcp) {
      this.tcp = tcp;
      return this;
    }

    /** A launcher key such as {@code client.io_worker.ibsocket.max_sge}, checked in the pod. */
    public Builder launcherOverride(String dottedKey, String value) {
      launcherOverrides.put(Objects.requireNonNull(dottedKey), Objects.requireNonNull(value));
      return this;
    }

    public ThreeFsVolume build() {
      return new ThreeFsVolume(this);
    }
  }
}
