package dev.fluidsdk.threefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;

class OfflineCommandsTest {
  static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL";

  @Test
  void checkMountPointPrintsJsonWithTheTokenRedacted() {
    CliRun r = CliRun.of("check-mount-point", TOKEN + "@rdma://10.0.0.1:8000,TCP://10.0.0.2:9000");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).doesNotContain(TOKEN);
    JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
    assertThat(json.get("mountPoint").getAsString()).isEqualTo("RDMA://10.0.0.1:8000,TCP://10.0.0.2:9000");
    assertThat(json.getAsJsonObject("token").get("uid").getAsLong()).isZero();
    assertThat(json.getAsJsonArray("mgmtdAddresses")).hasSize(2);
  }

  @Test
  void badMountPointIsOneLineWithTheColumnAndExit2() {
    CliRun r = CliRun.of("check-mount-point", TOKEN + "@RDMA://10.0.0.1");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("error: ").contains("column 41").doesNotContain(TOKEN);
  }

  @Test
  void badFlagsAreOneLineNeverAStackTrace() {
    for (String[] args :
        List.of(
            new String[] {"render", "--no-such-flag"},
            new String[] {"nonsense"},
            new String[] {},
            new String[] {"render", "--name", "x"},
            new String[] {"render", "--name", "x", "--mount-point", "$(touch pwned)"},
            new String[] {"launcher-config", "--mount-point", "RDMA://10.0.0.1:8000"})) {
      CliRun r = CliRun.of(args);
      assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err().lines()).as(String.join(" ", args)).hasSize(1);
      assertThat(r.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void renderWithNoArgumentsShowsTheDemo() {
    CliRun r = CliRun.of("render");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("# fluid3fs demo")
        .contains("kind: ThinRuntimeProfile", "kind: Dataset", "kind: ThinRuntime", "kind: Secret")
        .contains("#   cluster_id = \"stage\"");
  }

  @Test
  void renderWritesOneFilePerObjectAndTheSecretPrivately(@TempDir Path dir) throws IOException {
    CliRun r =
        CliRun.of(
            "render", "--name", "train", "--namespace", "ml",
            "--mount-point", TOKEN + "@RDMA://10.1.2.3:8000",
            "--device-filter", "mlx5_0,mlx5_1", "--set", "launcher.client.io_worker.ibsocket.max_sge=1",
            "--out", dir.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "thinruntimeprofile-3fs.yaml", "secret-train-3fs-token.yaml", "dataset-train.yaml",
              "thinruntime-train.yaml", "pod-train-consumer.yaml", "launcher-train.toml");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("secret-train-3fs-token.yaml"))))
        .isEqualTo("rw-------");
    assertThat(Files.readString(dir.resolve("dataset-train.yaml"))).doesNotContain(TOKEN).contains("device-filter: mlx5_0,mlx5_1");
    var toml = Toml.parse(Files.readString(dir.resolve("launcher-train.toml")));
    assertThat(toml.getLong("client.io_worker.ibsocket.max_sge")).isEqualTo(1L);
    assertThat(toml.getString("mountpoint")).isEqualTo("/runtime-mnt/thin/ml/train/thin-fuse");
  }

  @Test
  void renderedFilesPassLint(@TempDir Path dir) {
    CliRun.of("render", "--name", "train", "--mount-point", TOKEN + "@RDMA://10.1.2.3:8000", "--out", dir.toString());

    CliRun lint =
        CliRun.of(
            "lint", dir.resolve("dataset-train.yaml").toString(), dir.resolve("thinruntime-train.yaml").toString(),
            dir.resolve("thinruntimeprofile-3fs.yaml").toString(), dir.resolve("secret-train-3fs-token.yaml").toString());
    assertThat(lint.exitCode()).as(lint.out() + lint.err()).isZero();
    assertThat(lint.out()).isEmpty();
    assertThat(lint.err()).contains("3 object(s) in 4 file(s), 0 problem(s)");
  }

  @Test
  void lintReportsEveryProblemWithFileKindNameAndPath(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.yaml");
    Files.writeString(
        f,
        """
        apiVersion: data.fluid.io/v1alpha1
        kind: Dataset
        metadata:
          name: Bad_Name
        spec:
          mounts:
          - mountPoint: abc
            name: a
            mountPiont: typo
          - mountPoint: RDMA://10.0.0.1:8000
            name: a
        ---
        apiVersion: data.fluid.io/v1alpha1
        kind: ThinRuntimeProfile
        metadata:
          name: p
          namespace: should-not-be-here
        spec:
          fuse:
            imagePullPolicy: Sometimes
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: ignored
        """);

    CliRun r = CliRun.of("lint", f.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().lines())
        .allMatch(l -> l.startsWith(f + ": "))
        .anyMatch(l -> l.contains("Dataset/Bad_Name: spec.mounts[0].mountPiont: unknown field"))
        .anyMatch(l -> l.contains("Dataset/Bad_Name: metadata.name: "))
        .anyMatch(l -> l.contains("Dataset/Bad_Name: spec.mounts[0].mountPoint: must be at least 5"))
        .anyMatch(l -> l.contains("Dataset/Bad_Name: spec.mounts[1].name: "))
        .anyMatch(l -> l.contains("ThinRuntimeProfile/p: metadata.namespace: "))
        .anyMatch(l -> l.contains("ThinRuntimeProfile/p: spec.fileSystemType: required"))
        .anyMatch(l -> l.contains("ThinRuntimeProfile/p: spec.fuse.imagePullPolicy: unsupported value \"Sometimes\""))
        .noneMatch(l -> l.contains("ConfigMap"));
  }

  @Test
  void lintPrintsOneLinePerProblemWhateverTheNamesAndKeysHold(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("hostile.yaml");
    Files.writeString(f, """
        apiVersion: data.fluid.io/v1alpha1
        kind: Dataset
        metadata:
          name: "demo\\nfake.yaml: Dataset/ok: all good"
        spec:
          "typo\\nfake.yaml: forged: unknown field": 1
          "ansi\\u001b[2J\\u202e": 2
          mounts:
          - mountPoint: RDMA://10.0.0.1:8000
            name: m
        """);

    CliRun r = CliRun.of("lint", f.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("3 problem(s)");
    assertThat(r.out().lines()).hasSize(3)
        .allMatch(l -> l.startsWith(f + ": Dataset/demo\\u000Afake.yaml: Dataset/ok: all good: "))
        .allMatch(l -> l.chars().noneMatch(c -> Character.isISOControl(c) || c == '\u202e'))
        .anyMatch(l -> l.endsWith(": spec.typo\\u000Afake.yaml: forged: unknown field: unknown field"))
        .anyMatch(l -> l.contains("spec.ansi\\u001B[2J\\u202E: unknown field"));
  }

  @Test
  void lintNormalizeWritesTheYamlAndReportsOnStderr(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("ds.yaml");
    Files.writeString(f, "{apiVersion: data.fluid.io/v1alpha1, kind: Dataset, metadata: {name: ds}, spec: {mounts: [{name: m, mountPoint: 'RDMA://10.0.0.1:8000'}]}}\n");

    CliRun r = CliRun.of("lint", "--normalize", f.toString());

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(
        "---\napiVersion: data.fluid.io/v1alpha1\nkind: Dataset\nmetadata:\n  name: ds\nspec:\n  mounts:\n"
            + "  - mountPoint: RDMA://10.0.0.1:8000\n    name: m\n");
  }

  @Test
  void lintOfBrokenYamlNamesTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("broken.yaml");
    Files.writeString(f, "kind: Dataset\nmetadata: [unclosed\n");

    CliRun r = CliRun.of("lint", f.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).startsWith(f + ": not valid YAML: line ");
  }

  @Test
  void launcherConfigUsesTheEntrypointsRendering() {
    CliRun r = CliRun.of("launcher-config", "--mount-point", "RDMA://10.0.0.1:8000", "--target", "/3fs/stage", "--tcp");

    assertThat(r.exitCode()).as(r.err()).isZero();
    var toml = Toml.parse(r.out());
    assertThat(toml.errors()).isEmpty();
    assertThat(toml.getString("mountpoint")).isEqualTo("/3fs/stage");
    assertThat(toml.getBoolean("client.force_use_tcp")).isTrue();
    assertThat(toml.getArray("mgmtd_client.mgmtd_server_addresses").toList()).containsExactly("RDMA://10.0.0.1:8000");

    CliRun bad = CliRun.of("launcher-config", "--mount-point", "RDMA://10.0.0.1:8000", "--target", "/x", "--set", "launcher.client.nope=1");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("client.nope");
  }

  @Test
  void fioCommandsRoundTripTheSeedsCheck(@TempDir Path dir) throws IOException {
    CliRun job = CliRun.of("fio-job", "--name", "demo-3fs", "--image", "example.com/fio:3.33");
    assertThat(job.exitCode()).isZero();
    assertThat(job.out()).contains("kind: Job", "name: fio-demo-3fs-read", "name: fio-demo-3fs-write", "claimName: demo-3fs");

    Path host = dir.resolve("host.json");
    Path pod = dir.resolve("pod.json");
    try (var in = getClass().getResourceAsStream("/fio/host-read.json")) {
      Files.write(host, in.readAllBytes());
    }
    try (var in = getClass().getResourceAsStream("/fio/pod-read.json")) {
      Files.write(pod, in.readAllBytes());
    }
    CliRun report = CliRun.of("fio-report", pod.toString(), "--host", host.toString(), "--min-ratio", "2.0");
    assertThat(report.out()).startsWith("read: host 0.36 GiB/s, pod 0.49 GiB/s");
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.err()).startsWith("error: pod/host bandwidth 1.35 is below 2.00");
  }
}
