package dev.fluidsdk.threefs.fluid;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

class FluidConfigsTest {

  @Test
  void configLooksLikeFluidsWithTheTokenAsASecretFilePath() {
    ThreeFsObjects o = ThreeFsObjects.of(ThreeFsObjectsTest.seed().build());
    JsonObject config = FluidConfigs.configJson(o.dataset(), o.runtime());

    assertThat(config.get("targetPath").getAsString()).isEqualTo("/runtime-mnt/thin/ml/demo-3fs/thin-fuse");
    JsonObject mount = config.getAsJsonArray("mounts").get(0).getAsJsonObject();
    assertThat(mount.has("encryptOptions")).isFalse();
    assertThat(mount.getAsJsonObject("options").get("token").getAsString())
        .isEqualTo("/etc/fluid/secrets/demo-3fs-3fs-token/token");
    assertThat(config.toString()).doesNotContain(ThreeFsObjectsTest.TOKEN);
  }

  @Test
  void theEntrypointRendersTheLauncherTheObjectsAskFor() {
    ThreeFsObjects o =
        ThreeFsObjects.of(
            ThreeFsObjectsTest.seed()
                .deviceFilter(List.of("mlx5_0"))
                .launcherOverride("client.io_worker.ibsocket.max_sge", "1")
                .build());

    TomlParseResult toml = Toml.parse(FluidConfigs.launcherToml(o));

    assertThat(toml.errors()).isEmpty();
    assertThat(toml.getString("cluster_id")).isEqualTo("stage");
    assertThat(toml.getString("mountpoint")).isEqualTo("/runtime-mnt/thin/ml/demo-3fs/thin-fuse");
    assertThat(toml.getString("token_file")).isEqualTo("/opt/3fs/etc/token.txt");
    assertThat(toml.getArray("mgmtd_client.mgmtd_server_addresses").toList())
        .containsExactly("RDMA://10.0.0.1:8000");
    assertThat(toml.getArray("ib_devices.device_filter").toList()).containsExactly("mlx5_0");
    assertThat(toml.getLong("client.io_worker.ibsocket.max_sge")).isEqualTo(1L);
    assertThat(toml.getBoolean("client.force_use_tcp")).isFalse();
  }

  @Test
  void tcpModeReachesTheLauncher() {
    ThreeFsObjects o = ThreeFsObjects.of(ThreeFsObjectsTest.seed().tcp(true).build());

    TomlParseResult toml = Toml.parse(FluidConfigs.launcherToml(o));
    assertThat(toml.getBoolean("client.force_use_tcp")).isTrue();
  }
}
