package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

/** How a sub-directory (mount point {@code /path} or option {@code subdir}) changes the plan. */
class LaunchPlanSubdirectoryTest {
  private static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL";
  private static final String TARGET = "/runtime-mnt/thin/default/demo/thin-fuse";
  private static final EntrypointArgs ARGS = EntrypointArgs.parse(List.of("--work-dir", "/w"));

  private static FluidFuseConfig config(String mountPoint, Map<String, String> extra) {
    Map<String, String> options = new LinkedHashMap<>(Map.of("cluster-id", "stage", "token", TOKEN));
    options.putAll(extra);
    Gson gson = new Gson();
    return FluidFuseConfig.parse(Path.of("config.json"), "{\"mounts\":[{\"mountPoint\":" + gson.toJson(mountPoint)
        + ",\"options\":" + gson.toJson(options) + "}],\"targetPath\":\"" + TARGET + "\"}");
  }

  private static LaunchPlan plan(String mountPoint, Map<String, String> extra) {
    return LaunchPlan.of(config(mountPoint, extra), ARGS, Map.of());
  }

  @Test
  void withoutASubDirectory3fsMountsAtTheTarget() {
    LaunchPlan p = plan("RDMA://10.0.0.1:8000", Map.of());
    assertThat(p.hasSubdirectory()).isFalse();
    assertThat(p.mountPoint()).isEqualTo(Path.of(TARGET));
    assertThat(p.target()).isEqualTo(Path.of(TARGET));
    assertThat(p.bindTarget()).isNull();
    assertThat(Toml.parse(p.launcherToml()).getString("mountpoint")).isEqualTo(TARGET);
  }

  @Test
  void aSubDirectoryMounts3fsPrivatelyAndBindsIntoTheTarget() {
    LaunchPlan fromMountPoint = plan("RDMA://10.0.0.1:8000/datasets/imagenet", Map.of());
    assertThat(fromMountPoint.subdirectory()).isEqualTo("/datasets/imagenet");
    assertThat(fromMountPoint.mountPoint()).isEqualTo(Path.of("/w/mnt"));
    assertThat(fromMountPoint.bindSource()).isEqualTo(Path.of("/w/mnt/datasets/imagenet"));
    assertThat(fromMountPoint.bindTarget()).isEqualTo(Path.of(TARGET));
    assertThat(Toml.parse(fromMountPoint.launcherToml()).getString("mountpoint")).isEqualTo("/w/mnt");
    assertThat(fromMountPoint.command())
        .isEqualTo(plan("RDMA://10.0.0.1:8000", Map.of()).command());
    assertThat(fromMountPoint.toString()).contains("subdirectory=/datasets/imagenet").doesNotContain(TOKEN);

    for (String option : List.of("datasets/imagenet", "/datasets/imagenet", "/datasets/imagenet/", " datasets/imagenet ")) {
      assertThat(plan("RDMA://10.0.0.1:8000", Map.of("subdir", option)).subdirectory()).as(option)
          .isEqualTo("/datasets/imagenet");
    }
    assertThat(plan("RDMA://10.0.0.1:8000/datasets/imagenet", Map.of("subdir", "datasets/imagenet/"))
        .subdirectory()).isEqualTo("/datasets/imagenet");
    assertThat(plan("RDMA://10.0.0.1:8000", Map.of("subdir", "/")).hasSubdirectory()).isFalse();
  }

  @Test
  void theOneLauncherTomlMatchesThePlan() {
    FluidFuseConfig c = config("RDMA://10.0.0.1:8000/datasets", Map.of());
    assertThat(LaunchPlan.launcherToml(c, Path.of("/w"))).isEqualTo(LaunchPlan.of(c, ARGS, Map.of()).launcherToml());
  }

  @Test
  void conflictingOrEscapingSubDirectoriesAreBadOptions() {
    assertThatThrownBy(() -> plan("RDMA://10.0.0.1:8000/a", Map.of("subdir", "/b")))
        .isInstanceOfSatisfying(EntrypointException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_OPTION))
        .hasMessage("option 'subdir' (/b) and the sub-directory of mounts[0].mountPoint (/a) differ;"
            + " give the sub-directory once");
    // valid segments, but the mount point would no longer fit the length its parser reads back
    for (String bad : List.of("../etc", "a/./b", "a//b", "a b", "$(touch x)", "ab/".repeat(1400))) {
      assertThatThrownBy(() -> plan("RDMA://10.0.0.1:8000", Map.of("subdir", bad))).as(bad)
          .isInstanceOfSatisfying(EntrypointException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_OPTION))
          .hasMessageStartingWith("option 'subdir': ");
    }
  }
}
