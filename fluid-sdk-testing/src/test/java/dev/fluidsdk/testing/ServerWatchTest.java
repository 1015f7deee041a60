package dev.fluidsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.informer.ResourceEventHandler;
import io.kubernetes.client.informer.SharedIndexInformer;
import io.kubernetes.client.informer.SharedInformerFactory;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.Watch;
import io.kubernetes.client.util.Watchable;
import io.kubernetes.client.util.generic.GenericKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.options.ListOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** HTTP streaming watches through client-java. */
class ServerWatchTest {
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

  /** Reads {@code n} events (or until the stream ends) as "TYPE name". */
  static List<String> take(Watchable<DynamicKubernetesObject> watch, int n) throws Exception {
    List<String> out = new ArrayList<>();
    try (watch) {
      while (out.size() < n && watch.hasNext()) {
        Watch.Response<DynamicKubernetesObject> e = watch.next();
        out.add(e.type + " " + (e.object != null ? e.object.getMetadata().getName()
            : e.status != null ? e.status.getCode() : "?"));
      }
    }
    return out;
  }

  @Test
  void watchFromResourceVersionSeesChangesInOrder() throws Exception {
    datasets.create(Docs.dataset("w", "before", "{}")).throwsApiException();
    String rv = datasets.list("w").getObject().getMetadata().getResourceVersion();
    datasets.create(Docs.dataset("w", "a", "{}")).throwsApiException();
    DynamicKubernetesObject a = datasets.get("w", "a").getObject();
    a.getRaw().getAsJsonObject("spec").addProperty("owner", "x");
    datasets.update(a).throwsApiException();
    datasets.delete("w", "a").throwsApiException();
    datasets.create(Docs.dataset("other", "elsewhere", "{}")).throwsApiException();

    List<String> events = new ArrayList<>();
    List<Long> rvs = new ArrayList<>();
    try (Watchable<DynamicKubernetesObject> w = datasets.watch("w", new ListOptions().resourceVersion(rv)
        .timeoutSeconds(2))) {
      while (events.size() < 3 && w.hasNext()) {
        Watch.Response<DynamicKubernetesObject> e = w.next();
        events.add(e.type + " " + e.object.getMetadata().getName());
        rvs.add(Long.parseLong(e.object.getMetadata().getResourceVersion()));
      }
    }
    assertThat(events).containsExactly("ADDED a", "MODIFIED a", "DELETED a");
    assertThat(rvs).isSorted().doesNotHaveDuplicates().allMatch(v -> v > Long.parseLong(rv));
    assertThat(server.stats().watchConnections()).isEqualTo(1);
  }

  @Test
  void watchWithoutResourceVersionStartsWithExistingObjectsThenStreams() throws Exception {
    datasets.create(Docs.dataset("w", "old", "{}")).throwsApiException();
    Watchable<DynamicKubernetesObject> watch = datasets.watch("w", new ListOptions().timeoutSeconds(5));
    Thread writer = new Thread(() -> datasets.create(Docs.dataset("w", "new", "{}")));
    writer.start();
    assertThat(take(watch, 2)).containsExactly("ADDED old", "ADDED new");
    writer.join();
  }

  @Test
  void watchGets410AfterCompaction() throws Exception {
    datasets.create(Docs.dataset("w", "a", "{}")).throwsApiException();
    String rv = datasets.list("w").getObject().getMetadata().getResourceVersion();
    datasets.create(Docs.dataset("w", "b", "{}")).throwsApiException();
    server.compactWatchHistory();
    assertThat(take(datasets.watch("w", new ListOptions().resourceVersion(rv).timeoutSeconds(2)), 5))
        .containsExactly("ERROR 410");
    // the current resourceVersion is still fine after compaction
    String now = datasets.list("w").getObject().getMetadata().getResourceVersion();
    Watchable<DynamicKubernetesObject> fresh = datasets.watch("w",
        new ListOptions().resourceVersion(now).timeoutSeconds(3));
    datasets.create(Docs.dataset("w", "c", "{}")).throwsApiException();
    assertThat(take(fresh, 1)).containsExactly("ADDED c");
  }

  @Test
  void eventsOlderThanTheWindowGet410() throws Exception {
    try (FluidTestServer small = FluidTestServer.builder().eventWindow(2).start()) {
      var ds = Docs.fluid(small.apiClient(), "datasets");
      ds.create(Docs.dataset("w", "a", "{}")).throwsApiException();
      String rv = Long.toString(small.resourceVersion());
      for (String n : List.of("b", "c", "d")) {
        ds.create(Docs.dataset("w", n, "{}")).throwsApiException();
      }
      assertThat(take(ds.watch("w", new ListOptions().resourceVersion(rv).timeoutSeconds(2)), 5))
          .containsExactly("ERROR 410");
      String recent = Long.toString(small.resourceVersion() - 1);
      assertThat(take(ds.watch("w", new ListOptions().resourceVersion(recent).timeoutSeconds(1)), 5))
          .containsExactly("ADDED d");
    }
  }

  @Test
  void expireNextWatchFault() throws Exception {
    String rv = datasets.list("w").getObject().getMetadata().getResourceVersion();
    server.faults().expireNextWatch();
    assertThat(take(datasets.watch("w", new ListOptions().resourceVersion(rv).timeoutSeconds(2)), 5))
        .containsExactly("ERROR 410");
  }

  @Test
  void labelSelectorClusterScopeAndAllNamespaces() throws Exception {
    String rv = Long.toString(server.resourceVersion());
    datasets.create(Docs.dataset("n1", "x1", "{\"app\":\"x\"}")).throwsApiException();
    datasets.create(Docs.dataset("n2", "y1", "{\"app\":\"y\"}")).throwsApiException();
    datasets.create(Docs.dataset("n2", "x2", "{\"app\":\"x\"}")).throwsApiException();
    var profiles = Docs.fluid(client, "thinruntimeprofiles");
    profiles.create(Docs.profile("p1")).throwsApiException();

    assertThat(take(datasets.watch(new ListOptions().resourceVersion(rv).labelSelector("app=x").timeoutSeconds(2)),
        5)).containsExactly("ADDED x1", "ADDED x2");
    assertThat(take(datasets.watch(new ListOptions().resourceVersion(rv).labelSelector("app in (y)")
        .timeoutSeconds(2)), 5)).containsExactly("ADDED y1");
    assertThat(take(profiles.watch(new ListOptions().resourceVersion(rv).timeoutSeconds(2)), 5))
        .containsExactly("ADDED p1");

    // relabelling out of the selector is seen as DELETED by a selector watch
    String rv2 = Long.toString(server.resourceVersion());
    DynamicKubernetesObject x1 = datasets.get("n1", "x1").getObject();
    x1.getRaw().getAsJsonObject("metadata").getAsJsonObject("labels").addProperty("app", "z");
    datasets.update(x1).throwsApiException();
    assertThat(take(datasets.watch(new ListOptions().resourceVersion(rv2).labelSelector("app=x").timeoutSeconds(2)),
        5)).containsExactly("DELETED x1");
  }

  @Test
  void bookmarksWhenAllowed() throws Exception {
    try (FluidTestServer quick = FluidTestServer.builder().bookmarkInterval(java.time.Duration.ofMillis(50))
        .start()) {
      var ds = Docs.fluid(quick.apiClient(), "datasets");
      ds.create(Docs.dataset("b", "a", "{}")).throwsApiException();
      String rv = Long.toString(quick.resourceVersion());
      java.net.http.HttpResponse<java.util.stream.Stream<String>> r = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(quick.url()
              + "/apis/data.fluid.io/v1alpha1/namespaces/b/datasets?watch=true&allowWatchBookmarks=true"
              + "&timeoutSeconds=5&resourceVersion=" + rv)).build(),
          java.net.http.HttpResponse.BodyHandlers.ofLines());
      try (java.util.stream.Stream<String> lines = r.body()) {
        String first = lines.findFirst().orElseThrow();
        com.google.gson.JsonObject e = com.google.gson.JsonParser.parseString(first).getAsJsonObject();
        assertThat(e.get("type").getAsString()).isEqualTo("BOOKMARK");
        assertThat(e.getAsJsonObject("object").getAsJsonObject("metadata").get("resourceVersion").getAsString())
            .isEqualTo(rv);
      }
    }
  }

  @Test
  void informerSeesAddUpdateDelete() throws Exception {
    SharedInformerFactory factory = new SharedInformerFactory(client);
    SharedIndexInformer<DynamicKubernetesObject> informer =
        factory.sharedIndexInformerFor(datasets, DynamicKubernetesObject.class, 0, "inf");
    List<String> seen = new CopyOnWriteArrayList<>();
    CountDownLatch deleted = new CountDownLatch(1);
    informer.addEventHandler(new ResourceEventHandler<>() {
      @Override
      public void onAdd(DynamicKubernetesObject obj) {
        seen.add("add " + obj.getMetadata().getName());
      }

      @Override
      public void onUpdate(DynamicKubernetesObject oldObj, DynamicKubernetesObject newObj) {
        seen.add("update " + newObj.getMetadata().getName());
      }

      @Override
      public void onDelete(DynamicKubernetesObject obj, boolean unknown) {
        seen.add("delete " + obj.getMetadata().getName());
        deleted.countDown();
      }
    });
    datasets.create(Docs.dataset("inf", "pre", "{}")).throwsApiException();
    factory.startAllRegisteredInformers();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      while (!informer.hasSynced() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      DynamicKubernetesObject pre = datasets.get("inf", "pre").getObject();
      pre.getRaw().getAsJsonObject("spec").addProperty("owner", "o");
      datasets.update(pre).throwsApiException();
      datasets.delete("inf", "pre").throwsApiException();
      assertThat(deleted.await(20, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).containsExactly("add pre", "update pre", "delete pre");
    } finally {
      factory.stopAllRegisteredInformers();
    }
  }
}
