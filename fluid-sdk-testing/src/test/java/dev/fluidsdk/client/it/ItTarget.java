package dev.fluidsdk.client.it;

import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.client.RetryPolicy;
import dev.fluidsdk.client.Sleeper;
import dev.fluidsdk.testing.FakeFluid;
import dev.fluidsdk.testing.FluidTestServer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.KubeConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the client behaviour tests run: a real cluster when {@code FLUID_IT_KUBECONFIG} (or
 * {@code -Dfluid.it.kubeconfig}) names a kubeconfig (Fluid's CRDs must be installed), otherwise the
 * in-process {@link FluidTestServer}. Prints which one.
 */
final class ItTarget implements AutoCloseable {
  /** Records every retry delay and sleeps at most 50 ms, so tests stay fast but real. */
  static final class ShortSleeper implements Sleeper {
    final List<Duration> asked = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration d) throws InterruptedException {
      asked.add(d);
      Thread.sleep(Math.min(50, d.toMillis()));
    }
  }

  final FluidTestServer server;
  /** Fluid's controllers played in-process; binds only when asked, unless a test turns auto-binding on. */
  final FakeFluid fluid;
  final ApiClient apiClient;
  final ShortSleeper sleeper = new ShortSleeper();
  final FluidClient client;
  private final List<String> namespaces = new ArrayList<>();

  private ItTarget(FluidTestServer server, ApiClient apiClient) {
    this.server = server;
    this.fluid = server == null ? null : FakeFluid.attach(server, Duration.ofMillis(50), false);
    this.apiClient = apiClient;
    this.client =
        FluidClient.builder()
            .apiClient(apiClient)
            .fieldManager("fluid-sdk-it")
            .retry(RetryPolicy.builder().sleeper(sleeper).maxAttempts(5).build())
            .build();
  }

  static ItTarget open() {
    String kubeconfig = System.getenv("FLUID_IT_KUBECONFIG");
    if (kubeconfig == null || kubeconfig.isBlank()) {
      kubeconfig = System.getProperty("fluid.it.kubeconfig");
    }
    if (kubeconfig != null && !kubeconfig.isBlank()) {
      System.out.println("[fluid-sdk client tests] target: REAL cluster from kubeconfig " + kubeconfig);
      return new ItTarget(null, fromKubeconfig(Path.of(kubeconfig)));
    }
    FluidTestServer server = FluidTestServer.start();
    System.out.println("[fluid-sdk client tests] target: in-process FluidTestServer at " + server.url());
    return new ItTarget(server, server.apiClient());
  }

  private static ApiClient fromKubeconfig(Path path) {
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      KubeConfig config = KubeConfig.loadKubeConfig(r);
      config.setFile(path.toAbsolutePath().toFile());
      return ClientBuilder.kubeconfig(config).build();
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Marks a Dataset Bound as Fluid would: the fake Fluid in-process; on a real cluster through the
   * status subresource (Fluid itself would need a working runtime).
   */
  void bind(String namespace, String name) {
    if (inProcess()) {
      fluid.bind(namespace, name);
    } else {
      client.datasets().inNamespace(namespace).withName(name).patchStatus("{\"status\":{\"phase\":\"Bound\"}}");
    }
  }

  boolean inProcess() {
    return server != null;
  }

  /** A fresh namespace (created on a real cluster, deleted on close). */
  String newNamespace() {
    String ns = "it-" + UUID.randomUUID().toString().substring(0, 8);
    if (!inProcess()) {
      try {
        new CoreV1Api(apiClient)
            .createNamespace(new V1Namespace().apiVersion("v1").kind("Namespace").metadata(new V1ObjectMeta().name(ns)))
            .execute();
      } catch (ApiException e) {
        throw new IllegalStateException("cannot create namespace " + ns + ": " + e.getResponseBody(), e);
      }
    }
    namespaces.add(ns);
    return ns;
  }

  @Override
  public void close() {
    if (inProcess()) {
      fluid.close();
      server.close();
      return;
    }
    for (String ns : namespaces) {
      try {
        new CoreV1Api(apiClient).deleteNamespace(ns).execute();
      } catch (ApiException e) {
        System.out.println("[fluid-sdk client tests] could not delete namespace " + ns + ": " + e.getCode());
      }
    }
  }
}
