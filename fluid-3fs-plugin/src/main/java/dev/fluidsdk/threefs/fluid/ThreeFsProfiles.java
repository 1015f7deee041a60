package dev.fluidsdk.threefs.fluid;

import dev.fluidsdk.model.NetworkMode;
import dev.fluidsdk.model.ThinFuseSpec;
import dev.fluidsdk.model.ThinRuntimeProfile;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;

/**
 * The cluster-scoped ThinRuntimeProfile for 3FS, following the FUSE image's contract
 * ({@code fuse-image/README.md}): the image's ENTRYPOINT runs the entrypoint, so no command is set;
 * host networking for RDMA; {@code /dev/shm} shared with the host for USRBIO; the RDMA devices; a
 * readiness probe that is true only once 3FS is mounted.
 */
final class ThreeFsProfiles {
  /** The entrypoint jar's path in the image. */
  static final String ENTRYPOINT_JAR = "/opt/3fs/lib/fuse-entrypoint.jar";

  private ThreeFsProfiles() {}

  static ThinRuntimeProfile profile(ThreeFsVolume v) {
    String[] image = splitImage(v.image());
    ThinFuseSpec.Builder fuse =
        ThinFuseSpec.builder()
            .image(image[0])
            .imagePullPolicy(v.imagePullPolicy())
            .networkMode(NetworkMode.HOST_NETWORK)
            .env(
                new V1EnvVar()
                    .name("NODE_NAME")
                    .valueFrom(
                        new V1EnvVarSource()
                            .fieldRef(new V1ObjectFieldSelector().fieldPath("spec.nodeName"))))
            .volumeMount(new V1VolumeMount().name("dev-shm").mountPath("/dev/shm"))
            .readinessProbe(
                new V1Probe()
                    .exec(
                        new V1ExecAction()
                            .command(
                                List.of("java", "-XX:TieredStopAtLevel=1", "-jar", ENTRYPOINT_JAR, "ready")))
                    .periodSeconds(10)
                    .timeoutSeconds(5)
                    .failureThreshold(3));
    if (image[1] != null) {
      fuse.imageTag(image[1]);
    }
    ThinRuntimeProfile.Builder profile =
        ThinRuntimeProfile.builder()
            .name(v.profileName())
            .label(ThreeFsObjects.MANAGED_BY, ThreeFsObjects.MANAGER);
    List<V1Volume> volumes =
        new java.util.ArrayList<>(List.of(hostPath("dev-shm", "/dev/shm", "Directory")));
    if (!v.tcp()) {
      fuse.volumeMount(new V1VolumeMount().name("infiniband").mountPath("/dev/infiniband"));
      volumes.add(hostPath("infiniband", "/dev/infiniband", "Directory"));
    }
    ThinFuseSpec built = fuse.build();
    return profile
        .spec(s -> s.fileSystemType("3fs").fuse(built).volumes(volumes))
        .build();
  }

  private static V1Volume hostPath(String name, String path, String type) {
    return new V1Volume().name(name).hostPath(new V1HostPathVolumeSource().path(path).type(type));
  }

  /** {@code repo/name:tag} to {repository, tag}; a ':' inside a registry host:port is not a tag. */
  static String[] splitImage(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    if (colon > slash && !image.contains("@")) {
      return new String[] {image.substring(0, colon), image.substring(colon + 1)};
    }
    return new String[] {image, null};
  }
}
