package dev.fluidsdk.threefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.testing.FluidFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClusterCommandsTest {
  @RegisterExtension final FluidFixture fluid = FluidFixture.create();

  @Test
  void applyEmbeddedRunsTheWholeFlowWithoutACluster() {
    CliRun r = CliRun.of("apply", "--embedded");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .contains(
            "applied ThinRuntimeProfile/3fs",
            "applied Secret default/demo-3fs-3fs-token",
            "bound Dataset default/demo-3fs: PVC demo-3fs is ready");
    assertThat(r.out()).doesNotContain(OfflineCommandsTest.TOKEN);
  }

  @Test
  void theDemoVolumeNeverGoesToAConfiguredCluster() {
    CliRun r = CliRun.of("apply", "--kubeconfig", fluid.kubeconfig().toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("demo volume (no --name/--mount-point): using an embedded");
    assertThat(dev.fluidsdk.client.FluidClient.of(fluid.apiClient()).datasets().inNamespace("default").list().getItems())
        .isEmpty();
  }

  @Test
  void applyAndStatusAgainstAKubeconfig() {
    String kubeconfig = fluid.kubeconfig().toString();

    CliRun apply =
        CliRun.of(
            "apply", "--kubeconfig", kubeconfig, "--name", "train", "--namespace", "ml",
            "--mount-point", OfflineCommandsTest.TOKEN + "@RDMA://10.1.2.3:8000", "--timeout", "PT30S");
    assertThat(apply.exitCode()).as(apply.err()).isZero();
    assertThat(apply.out()).contains("Dataset ml/train is Bound");

    CliRun status = CliRun.of("status", "train", "--namespace", "ml", "--kubeconfig", kubeconfig);
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out()).startsWith("Dataset ml/train: Bound").contains("ThinRuntime: fuse ");

    CliRun missing = CliRun.of("status", "nope", "--namespace", "ml", "--kubeconfig", kubeconfig);
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err().lines()).hasSize(1);
    assertThat(missing.err()).startsWith("error: ");
  }

  @Test
  void applyWithAMissingProfileBindingTimesOutWithTheReason() {
    fluid.fluid().autoBind(false);
    CliRun r =
        CliRun.of(
            "apply", "--kubeconfig", fluid.kubeconfig().toString(), "--name", "late",
            "--mount-point", OfflineCommandsTest.TOKEN + "@RDMA://10.1.2.3:8000", "--timeout", "PT2S");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("error: ").contains("late");
  }
}
