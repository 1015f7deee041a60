package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MountOptionsTest {
  @Test
  void mountOptionsOverrideRuntimeOptions() {
    MountOptions o = MountOptions.from(
        Map.of("tcp", "true", "cluster-id", "fromRuntime", "launcher.client.io_worker.num_event_loop", "2"),
        Map.of("cluster-id", "stage", "device-filter", " mlx5_0, ,mlx5_1 ", "token", "secret-value",
            "launcher.ib_devices.allow_unknown_zone", "false"));
    assertThat(o.clusterId()).isEqualTo("stage");
    assertThat(o.forceUseTcp()).isTrue();
    assertThat(o.deviceFilter()).containsExactly("mlx5_0", "mlx5_1");
    assertThat(o.token()).isEqualTo("secret-value");
    assertThat(o.subdir()).isNull();
    assertThat(o.launcherOverrides()).containsExactly(
        Map.entry("client.io_worker.num_event_loop", "2"), Map.entry("ib_devices.allow_unknown_zone", "false"));
    assertThat(o.toString()).doesNotContain("secret-value");
  }

  @Test
  void rejectsUnknownKeysBadBooleansAndMissingClusterId() {
    assertBad(Map.of("cluster-id", "c", "clusterid", "x"), "unknown option 'clusterid'");
    assertBad(Map.of("cluster-id", "c", "launcher.", "x"), "unknown option 'launcher.'");
    assertBad(Map.of("cluster-id", "c", "tcp", "yes"), "option 'tcp' must be \"true\" or \"false\", got 'yes'");
    assertBad(Map.of("tcp", "false"), "option 'cluster-id' is required");
    assertThat(MountOptions.from(Map.of(), Map.of("cluster-id", "c", "tcp", "false")).forceUseTcp()).isFalse();
  }

  private static void assertBad(Map<String, String> options, String message) {
    assertThatThrownBy(() -> MountOptions.from(Map.of(), options))
        .isInstanceOfSatisfying(EntrypointException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_OPTION))
        .hasMessageContaining(message);
  }
}
