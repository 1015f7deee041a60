package dev.fluidsdk.threefs.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.Mount;
import dev.fluidsdk.model.NetworkMode;
import dev.fluidsdk.model.ThinFuseSpec;
import dev.fluidsdk.threefs.ThreeFsException;
import dev.fluidsdk.threefs.mount.InvalidMountPointException;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreeFsObjectsTest {
  static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL";

  static ThreeFsVolume.Builder seed() {
    return ThreeFsVolume.builder()
        .name("demo-3fs")
        .namespace("ml")
        .mountPoint(TOKEN + "@RDMA://10.0.0.1:8000")
        .clusterId("stage")
        .image("registry.example.com/3fs-fuse:0.1.0");
  }

  @Test
  void inlineTokenMovesIntoASecretReferencedByEncryptOptions() {
    ThreeFsObjects o = ThreeFsObjects.of(seed().build());

    Mount mount = o.dataset().getSpec().getMounts().get(0);
    assertThat(mount.getMountPoint()).isEqualTo("RDMA://10.0.0.1:8000");
    assertThat(mount.getName()).isEqualTo("demo-3fs");
    assertThat(mount.getOptions()).containsExactly(java.util.Map.entry("cluster-id", "stage"));
    assertThat(mount.getEncryptOptions()).hasSize(1);
    assertThat(mount.getEncryptOptions().get(0).getName()).isEqualTo("token");
    assertThat(mount.getEncryptOptions().get(0).getValueFrom().getSecretKeyRef().getName())
        .isEqualTo("demo-3fs-3fs-token");

    V1Secret secret = o.secret().orElseThrow();
    assertThat(secret.getMetadata().getName()).isEqualTo("demo-3fs-3fs-token");
    assertThat(secret.getMetadata().getNamespace()).isEqualTo("ml");
    assertThat(new String(secret.getData().get("token"), StandardCharsets.US_ASCII)).isEqualTo(TOKEN);

    assertThat(FluidYaml.toYaml(o.dataset())).doesNotContain(TOKEN);
    assertThat(o.toString()).doesNotContain(TOKEN);
  }

  @Test
  void everyObjectIsValidForFluid() {
    ThreeFsObjects o = ThreeFsObjects.of(seed().deviceFilter(List.of("mlx5_0", "mlx5_1")).build());

    assertThat(o.dataset().validate()).isEmpty();
    assertThat(o.runtime().validate()).isEmpty();
    assertThat(o.profile().validate()).isEmpty();
    assertThat(o.applyOrder()).hasSize(4);
    assertThat(o.applyOrder().get(0)).isSameAs(o.profile());
  }

  @Test
  void profileCarriesWhatTheFuseContainerNeeds() {
    ThreeFsObjects o = ThreeFsObjects.of(seed().build());
    ThinFuseSpec fuse = o.profile().getSpec().getFuse();

    assertThat(o.profile().getMetadata().getName()).isEqualTo("3fs");
    assertThat(o.profile().getMetadata().getNamespace()).isNull();
    assertThat(o.profile().getSpec().getFileSystemType()).isEqualTo("3fs");
    assertThat(fuse.getImage()).isEqualTo("registry.example.com/3fs-fuse");
    assertThat(fuse.getImageTag()).isEqualTo("0.1.0");
    assertThat(fuse.getNetworkMode()).isEqualTo(NetworkMode.HOST_NETWORK);
    assertThat(fuse.getCommand()).isEmpty();
    assertThat(fuse.getVolumeMounts()).extracting(m -> m.getMountPath())
        .containsExactly("/dev/shm", "/dev/infiniband");
    assertThat(o.profile().getSpec().getVolumes()).extracting(v -> v.getHostPath().getPath())
        .containsExactly("/dev/shm", "/dev/infiniband");
    assertThat(fuse.getReadinessProbe().getExec().getCommand()).endsWith("ready");
    assertThat(fuse.getEnv()).extracting(e -> e.getName()).contains("NODE_NAME");

    assertThat(o.runtime().getSpec().getProfileName()).isEqualTo("3fs");
    assertThat(o.runtime().getMetadata().getName()).isEqualTo("demo-3fs");
    assertThat(o.consumerPod().getSpec().getVolumes().get(0).getPersistentVolumeClaim().getClaimName())
        .isEqualTo("demo-3fs");
  }

  @Test
  void tcpModeNeedsNoRdmaDevices() {
    ThreeFsObjects o = ThreeFsObjects.of(seed().tcp(true).build());

    assertThat(o.dataset().getSpec().getMounts().get(0).getOptions()).containsEntry("tcp", "true");
    assertThat(o.profile().getSpec().getVolumes()).extracting(v -> v.getName()).containsExactly("dev-shm");
  }

  @Test
  void namedSecretWithoutInlineTokenIsReferencedNotCreated() {
    ThreeFsObjects o =
        ThreeFsObjects.of(
            seed().mountPoint("RDMA://10.0.0.1:8000").tokenSecret("team-3fs", "root-token").build());

    assertThat(o.secret()).isEmpty();
    Mount mount = o.dataset().getSpec().getMounts().get(0);
    assertThat(mount.getMountPoint()).isEqualTo("RDMA://10.0.0.1:8000");
    assertThat(mount.getEncryptOptions().get(0).getValueFrom().getSecretKeyRef().getKey())
        .isEqualTo("root-token");
  }

  @Test
  void callerMayInsistOnTheInlineToken() {
    ThreeFsObjects o = ThreeFsObjects.of(seed().keepInlineToken(true).build());

    assertThat(o.secret()).isEmpty();
    Dataset ds = o.dataset();
    assertThat(ds.getSpec().getMounts().get(0).getMountPoint()).isEqualTo(TOKEN + "@RDMA://10.0.0.1:8000");
    assertThat(ds.getSpec().getMounts().get(0).getEncryptOptions()).isEmpty();
  }

  @Test
  void badInputIsRefusedWithTheFieldOrColumn() {
    assertThatThrownBy(() -> seed().mountPoint("RDMA://10.0.0.1").build())
        .isInstanceOf(InvalidMountPointException.class);
    assertThatThrownBy(() -> seed().mountPoint("RDMA://10.0.0.1:8000").build())
        .isInstanceOf(ThreeFsException.class)
        .hasMessageStartingWith("mountPoint: has no token");
    assertThatThrownBy(() -> seed().clusterId("a,b").build()).hasMessageStartingWith("clusterId:");
    assertThatThrownBy(() -> seed().mountPoint(TOKEN + "@RDMA://10.0.0.1:8000/da ta").build())
        .isInstanceOf(InvalidMountPointException.class)
        .hasMessageContaining("column");
    assertThatThrownBy(() -> seed().deviceFilter(List.of("mlx5 0")).build())
        .hasMessageStartingWith("deviceFilter:");
    assertThatThrownBy(() -> seed().launcherOverride("client.no_such_key", "1").build())
        .hasMessageContaining("client.no_such_key");
  }

  @Test
  void aSubDirectoryIsCarriedIntoTheDatasetAndTheLauncherMountsPrivately() {
    ThreeFsObjects o = ThreeFsObjects.of(seed().mountPoint(TOKEN + "@RDMA://10.0.0.1:8000/datasets/imagenet").build());

    assertThat(o.dataset().getSpec().getMounts().get(0).getMountPoint())
        .isEqualTo("RDMA://10.0.0.1:8000/datasets/imagenet");
    org.tomlj.TomlParseResult toml = org.tomlj.Toml.parse(FluidConfigs.launcherToml(o));
    assertThat(toml.errors()).isEmpty();
    // 3FS mounts the whole file system below the entrypoint's work dir; the bind mount exposes it
    assertThat(toml.getString("mountpoint")).isEqualTo("/opt/3fs/etc/mnt");
    assertThat(toml.getString("token_file")).isEqualTo("/opt/3fs/etc/token.txt");

    org.tomlj.TomlParseResult root = org.tomlj.Toml.parse(FluidConfigs.launcherToml(ThreeFsObjects.of(seed().build())));
    assertThat(root.getString("mountpoint")).isEqualTo(FluidConfigs.targetPath("ml", "demo-3fs"));
  }

  @Test
  void imageReferencesSplitAtTheTagNotAtARegistryPort() {
    assertThat(ThreeFsProfiles.splitImage("reg:5000/3fs-fuse:1.2")).containsExactly("reg:5000/3fs-fuse", "1.2");
    assertThat(ThreeFsProfiles.splitImage("reg:5000/3fs-fuse")).containsExactly("reg:5000/3fs-fuse", null);
    assertThat(ThreeFsProfiles.splitImage("3fs-fuse")).containsExactly("3fs-fuse", null);
  }
}
