package dev.fluidsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** kubectl against the server's kubeconfig, with the fake Fluid binding. Skipped when kubectl is not on PATH. */
class KubectlTest {
  @RegisterExtension
  static FluidFixture fluid = FluidFixture.builder().build();

  static String kubectl;

  @TempDir
  Path dir;

  @BeforeAll
  static void findKubectl() {
    for (String p : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(p, "kubectl"))) {
        kubectl = Path.of(p, "kubectl").toString();
      }
    }
    if (kubectl == null) {
      System.out.println("KubectlTest skipped: kubectl is not on PATH");
    }
    Assumptions.assumeTrue(kubectl != null, "kubectl is not on PATH");
  }

  record Result(int code, String out) {}

  Result run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(kubectl, "--kubeconfig", fluid.kubeconfig().toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile()).start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      return new Result(-1, "timed out");
    }
    return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void applyGetAndWaitForBound() throws Exception {
    Path yaml = dir.resolve("fluid.yaml");
    Files.writeString(yaml, String.join("\n",
        "apiVersion: data.fluid.io/v1alpha1",
        "kind: ThinRuntimeProfile",
        "metadata:",
        "  name: threefs",
        "spec:",
        "  fileSystemType: 3fs",
        "---",
        "apiVersion: data.fluid.io/v1alpha1",
        "kind: Dataset",
        "metadata:",
        "  name: x",
        "  namespace: default",
        "spec:",
        "  mounts:",
        "  - name: x",
        "    mountPoint: 3fs://cluster/x",
        "---",
        "apiVersion: data.fluid.io/v1alpha1",
        "kind: ThinRuntime",
        "metadata:",
        "  name: x",
        "  namespace: default",
        "spec:",
        "  profileName: threefs",
        ""));
    Result apply = run("apply", "-f", yaml.toString());
    assertThat(apply.code()).as(apply.out()).isZero();
    assertThat(apply.out()).contains("dataset.data.fluid.io/x created");

    Result wait = run("wait", "--for=jsonpath={.status.phase}=Bound", "dataset/x", "--timeout=30s");
    assertThat(wait.code()).as(wait.out()).isZero();
    assertThat(wait.out()).contains("dataset.data.fluid.io/x condition met");

    Result get = run("get", "datasets");
    assertThat(get.code()).as(get.out()).isZero();
    assertThat(get.out()).contains("NAME").contains("x");

    Result pvc = run("get", "pvc", "x", "-o", "jsonpath={.spec.volumeName}");
    assertThat(pvc.code()).as(pvc.out()).isZero();
    assertThat(pvc.out()).isEqualTo("default-x");

    // a second apply of the same file changes nothing
    Result again = run("apply", "-f", yaml.toString());
    assertThat(again.code()).as(again.out()).isZero();
    assertThat(again.out()).contains("dataset.data.fluid.io/x unchanged");

    // a changed file is patched (JSON merge patch: no OpenAPI v2 schemas here)
    Files.writeString(yaml, Files.readString(yaml).replace("  name: x\n  namespace: default\nspec:\n  mounts",
        "  name: x\n  namespace: default\n  labels:\n    team: a\nspec:\n  mounts"));
    Result changed = run("apply", "-f", yaml.toString());
    assertThat(changed.code()).as(changed.out()).isZero();
    assertThat(changed.out()).contains("dataset.data.fluid.io/x configured");
    Result label = run("get", "dataset", "x", "-o", "jsonpath={.metadata.labels.team}");
    assertThat(label.out()).isEqualTo("a");

    // server-side apply through kubectl
    Result ssa = run("apply", "--server-side", "--field-manager=kubectl-test", "--force-conflicts", "-f",
        yaml.toString());
    assertThat(ssa.code()).as(ssa.out()).isZero();
    assertThat(ssa.out()).contains("dataset.data.fluid.io/x serverside-applied");
  }
}
