package dev.fluidsdk.threefs.fluid;

import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.EncryptOption;
import dev.fluidsdk.model.Mount;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import dev.fluidsdk.threefs.fuse.MountOptions;
import dev.fluidsdk.threefs.mount.ThreeFsMountPoint;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the seed applied by hand for one 3FS volume: the cluster-scoped ThinRuntimeProfile,
 * the Secret with the token, the Dataset, the ThinRuntime bound to the profile, and an example Pod
 * that mounts the PVC Fluid names after the Dataset.
 *
 * @param profile the ThinRuntimeProfile (shared by every 3FS volume of the cluster)
 * @param secret the token Secret, when this SDK creates it (absent when the caller names an
 *     existing Secret and the mount point holds no token, or keeps the token inline)
 * @param dataset the Dataset
 * @param runtime the ThinRuntime
 * @param consumerPod an example Pod using the volume at {@code /data}
 */
public record ThreeFsObjects(
    ThinRuntimeProfile profile,
    Optional<V1Secret> secret,
    Dataset dataset,
    ThinRuntime runtime,
    V1Pod consumerPod) {

  /** The labels every object made here carries, so they can be found and removed together. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";

  static final String MANAGER = "fluid3fs";

  /** Builds the objects for {@code volume}. */
  public static ThreeFsObjects of(ThreeFsVolume volume) {
    ThreeFsMountPoint mp = volume.mountPoint();
    boolean inline = volume.keepInlineToken() && mp.token().isPresent();
    Optional<V1Secret> secret =
        inline || mp.token().isEmpty() ? Optional.empty() : Optional.of(secret(volume));
    return new ThreeFsObjects(
        ThreeFsProfiles.profile(volume),
        secret,
        dataset(volume, inline),
        runtime(volume),
        ConsumerPods.pod(volume.namespace(), volume.name()));
  }

  /** The objects to apply, in order: profile, secret, dataset, runtime (the Pod is an example). */
  public List<KubernetesObject> applyOrder() {
    List<KubernetesObject> all = new ArrayList<>();
    all.add(profile);
    secret.ifPresent(all::add);
    all.add(dataset);
    all.add(runtime);
    return all;
  }

  static Dataset dataset(ThreeFsVolume v, boolean inlineToken) {
    ThreeFsMountPoint mp = v.mountPoint();
    Mount.Builder mount =
        Mount.builder()
            .name(v.name())
            .mountPoint(inlineToken ? mp.formatWithToken() : mp.format())
            .option(MountOptions.CLUSTER_ID, v.clusterId());
    if (!v.deviceFilter().isEmpty()) {
      mount.option(MountOptions.DEVICE_FILTER, String.join(",", v.deviceFilter()));
    }
    if (v.tcp()) {
      mount.option(MountOptions.TCP, "true");
    }
    for (Map.Entry<String, String> e : v.launcherOverrides().entrySet()) {
      mount.option(MountOptions.LAUNCHER_PREFIX + e.getKey(), e.getValue());
    }
    if (!inlineToken) {
      mount.encryptOption(
          EncryptOption.fromSecret(MountOptions.TOKEN, v.tokenSecretName(), v.tokenSecretKey()));
    }
    return Dataset.builder()
        .name(v.name())
        .namespace(v.namespace())
        .label(MANAGED_BY, MANAGER)
        .mount(mount.build())
        .build();
  }

  static ThinRuntime runtime(ThreeFsVolume v) {
    return ThinRuntime.builder()
        .name(v.name())
        .namespace(v.namespace())
        .label(MANAGED_BY, MANAGER)
        .profileName(v.profileName())
        .build();
  }

  static V1Secret secret(ThreeFsVolume v) {
    String token = v.mountPoint().token().orElseThrow().reveal();
    return new V1Secret()
        .apiVersion("v1")
        .kind("Secret")
        .metadata(
            new V1ObjectMeta()
                .name(v.tokenSecretName())
                .namespace(v.namespace())
                .putLabelsItem(MANAGED_BY, MANAGER))
        .type("Opaque")
        .putDataItem(v.tokenSecretKey(), token.getBytes(StandardCharsets.US_ASCII));
  }

  /** Never shows the token: the Secret appears by name only. */
  @Override
  public String toString() {
    return "ThreeFsObjects{profile=" + profile.getMetadata().getName()
        + ", secret=" + secret.map(s -> s.getMetadata().getName()).orElse("-")
        + ", dataset=" + dataset.getMetadata().getNamespace() + "/" + dataset.getMetadata().getName()
        + "}";
  }
}
