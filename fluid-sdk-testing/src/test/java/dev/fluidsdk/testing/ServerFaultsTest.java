package dev.fluidsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.Watch;
import io.kubernetes.client.util.Watchable;
import io.kubernetes.client.util.generic.GenericKubernetesApi;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.options.ListOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Injected faults and request counters. */
class ServerFaultsTest {
  FluidTestServer server;
  ApiClient client;
  GenericKubernetesApi<DynamicKubernetesObject, DynamicKubernetesListObject> datasets;

  @BeforeEach
  void start() {
    server = FluidTestServer.start();
    client = server.apiClient();
    datasets = Docs.fluid(client, "datasets");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void statusFaultsHitOnlyTheNextMatchingRequests() {
    server.faults().inject(Fault.status(500), 1, Faults.on("create", "datasets"))
        .inject(Fault.status(503), 2, Faults.on("get", "datasets"));
    KubernetesApiResponse<DynamicKubernetesObject> failed = datasets.create(Docs.dataset("f", "d", "{}"));
    assertThat(failed.getHttpStatusCode()).isEqualTo(500);
    assertThat(failed.getStatus().getReason()).isEqualTo("InternalError");
    assertThat(datasets.create(Docs.dataset("f", "d", "{}")).isSuccess()).isTrue();
    assertThat(datasets.get("f", "d").getHttpStatusCode()).isEqualTo(503);
    assertThat(datasets.get("f", "d").getStatus().getReason()).isEqualTo("ServiceUnavailable");
    assertThat(datasets.get("f", "d").isSuccess()).isTrue();
    assertThat(server.faults().fired()).isEqualTo(3);
  }

  @Test
  void tooManyRequestsCarriesRetryAfter() throws Exception {
    server.faults().inject(Fault.tooManyRequests(7), 1, Faults.verb("list"));
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(server.url() + "/apis/data.fluid.io/v1alpha1/namespaces/f/datasets")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(429);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(r.body()).contains("\"reason\":\"TooManyRequests\"").contains("\"retryAfterSeconds\":7");
  }

  @Test
  void resetConnectionGivesTheClientAnIoError() {
    // okhttp retries a dropped connection on its own, so every attempt must be dropped
    server.faults().inject(Fault.resetConnection(), 10, Faults.on("get", "datasets"));
    assertThatThrownBy(() -> datasets.get("f", "d")).hasRootCauseInstanceOf(java.io.EOFException.class);
    assertThat(server.faults().fired()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void watchEndsOrAbortsMidway() throws Exception {
    datasets.create(Docs.dataset("f", "seed", "{}")).throwsApiException();
    String rv = Long.toString(server.resourceVersion());
    for (String n : List.of("a", "b", "c")) {
      datasets.create(Docs.dataset("f", n, "{}")).throwsApiException();
    }
    server.faults().inject(Fault.endWatchAfter(2), 1, Faults.on("watch", "datasets"));
    List<String> ended = new ArrayList<>();
    try (Watchable<DynamicKubernetesObject> w = datasets.watch("f", new ListOptions().resourceVersion(rv)
        .timeoutSeconds(10))) {
      while (w.hasNext()) {
        ended.add(w.next().object.getMetadata().getName());
      }
    }
    assertThat(ended).containsExactly("a", "b");

    server.faults().inject(Fault.abortWatchAfter(1), 1, Faults.on("watch", "datasets"));
    List<String> aborted = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (Watchable<DynamicKubernetesObject> w = datasets.watch("f", new ListOptions().resourceVersion(rv)
          .timeoutSeconds(10))) {
        while (w.hasNext()) {
          Watch.Response<DynamicKubernetesObject> e = w.next();
          aborted.add(e.object.getMetadata().getName());
        }
      }
    }).isInstanceOf(RuntimeException.class);
    assertThat(aborted).containsExactly("a");
    assertThat(server.stats().watchConnections()).isEqualTo(2);
  }

  @Test
  void countersCountRequestsPerVerbAndResource() throws Exception {
    datasets.create(Docs.dataset("c", "d", "{}")).throwsApiException();
    datasets.get("c", "d");
    datasets.get("c", "d");
    datasets.list("c");
    Docs.api(client, "", "v1", "secrets").create(Docs.secret("c", "s")).throwsApiException();
    assertThat(server.stats().requests("create", "datasets")).isEqualTo(1);
    assertThat(server.stats().requests("get", "datasets")).isEqualTo(2);
    assertThat(server.stats().requests("list", "datasets")).isEqualTo(1);
    assertThat(server.stats().requests("create", "secrets")).isEqualTo(1);
    assertThat(server.stats().totalRequests()).isEqualTo(5);
    assertThat(server.stats().snapshot()).containsEntry("get datasets", 2L);
    server.stats().reset();
    assertThat(server.stats().totalRequests()).isZero();
  }
}
