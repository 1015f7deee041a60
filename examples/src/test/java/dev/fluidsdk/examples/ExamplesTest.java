package dev.fluidsdk.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.Dataset;
import io.kubernetes.client.common.KubernetesObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;

class ExamplesTest {

  private static String stdoutOf(Runnable main) {
    PrintStream saved = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(saved);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildObjectsPrintsApplicableYamlWithoutTheToken() {
    String yaml = stdoutOf(() -> BuildObjects.main(new String[0]));

    List<KubernetesObject> objects = FluidYaml.readAll(yaml);
    assertThat(objects).extracting(KubernetesObject::getKind)
        .containsExactly("ThinRuntimeProfile", "Secret", "Dataset", "ThinRuntime", "Pod");
    Dataset ds = (Dataset) objects.get(2);
    assertThat(ds.validate()).isEmpty();
    assertThat(FluidYaml.toYaml(ds)).doesNotContain("AADHHSOs8QA92iRe2wB1fmuL");
  }

  @Test
  void renderLauncherConfigPrintsParseableToml() {
    String out = stdoutOf(() -> RenderLauncherConfig.main(new String[0]));

    var toml = Toml.parse(out);
    assertThat(toml.errors()).isEmpty();
    assertThat(toml.getArray("ib_devices.device_filter").toList()).containsExactly("mlx5_0", "mlx5_1");
    assertThat(toml.getLong("client.io_worker.ibsocket.max_sge")).isEqualTo(1L);
    assertThat(out).contains("--config.mgmtd.mgmtd_server_addresses=[\"RDMA://10.0.0.1:8000\", \"RDMA://10.0.0.2:8000\"]");
  }

  @Test
  void provisionAndWaitRunsAgainstTheInProcessServerWithoutAKubeconfig() {
    String out = stdoutOf(() -> ProvisionAndWait.main(new String[0]));

    assertThat(out).contains("bound Dataset default/demo-3fs", "PVC demo-3fs is ready in default");
  }

  @Test
  void lintFileFindsTheTypoAndTheDuplicateName() throws Exception {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int problems = LintFile.lint(new String[0], new PrintStream(buf, true, StandardCharsets.UTF_8));

    String out = buf.toString(StandardCharsets.UTF_8);
    assertThat(problems).isEqualTo(2);
    assertThat(out).contains("Dataset/demo: spec.mounts[0].readOnyl: unknown field", "Dataset/demo: spec.mounts[1].name: ");
  }
}
