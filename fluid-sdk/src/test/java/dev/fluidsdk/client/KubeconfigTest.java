package dev.fluidsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.FluidException;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A client from a kubeconfig sends to its server with its credentials. */
class KubeconfigTest {
  @StartStop public final MockWebServer server = new MockWebServer();

  @Test
  void requestsGoToTheKubeconfigServerWithItsBearerToken(@TempDir Path dir) throws Exception {
    Path kubeconfig = dir.resolve("config");
    Files.writeString(
        kubeconfig,
        String.join(
            "\n",
            "apiVersion: v1",
            "kind: Config",
            "clusters:",
            "- name: c",
            "  cluster:",
            "    server: http://127.0.0.1:" + server.getPort(),
            "users:",
            "- name: u",
            "  user:",
            "    token: test-token-123",
            "contexts:",
            "- name: ctx",
            "  context: {cluster: c, user: u, namespace: ns}",
            "current-context: ctx",
            ""));
    server.enqueue(Fixtures.json(200, Fixtures.list("1")));

    FluidClient.fromKubeconfig(kubeconfig).datasets().inNamespace("ns").list();

    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/apis/data.fluid.io/v1alpha1/namespaces/ns/datasets");
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer test-token-123");
  }

  @Test
  void aMissingKubeconfigIsAFluidException(@TempDir Path dir) {
    assertThatThrownBy(() -> FluidClient.fromKubeconfig(dir.resolve("nope")))
        .isInstanceOf(FluidException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void builderRejectsABlankFieldManager() {
    assertThatThrownBy(() -> FluidClient.builder().fieldManager(" "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FluidClient.builder().build()).isInstanceOf(NullPointerException.class);
  }
}
