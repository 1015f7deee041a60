package dev.fluidsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.util.Watch;
import io.kubernetes.client.util.Watchable;
import io.kubernetes.client.util.generic.GenericKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.options.ListOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake Fluid binder, driven through client-java. */
class FluidFixtureTest {
  @RegisterExtension
  static FluidFixture fluid = FluidFixture.create();

  private static GenericKubernetesApi<DynamicKubernetesObject, DynamicKubernetesListObject> api(String plural) {
    return Docs.fluid(fluid.apiClient(), plural);
  }

  /** Polls until the object satisfies {@code done}; returns the last state seen. */
  private static DynamicKubernetesObject await(GenericKubernetesApi<DynamicKubernetesObject,
      DynamicKubernetesListObject> api, String ns, String name, Predicate<DynamicKubernetesObject> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    DynamicKubernetesObject last = null;
    while (System.nanoTime() < deadline) {
      last = api.get(ns, name).getObject();
      if (last != null && done.test(last)) {
        return last;
      }
      Thread.sleep(20);
    }
    return last;
  }

  @Test
  void datasetRuntimeAndProfileBindAndCreateThePvc() throws Exception {
    api("thinruntimeprofiles").create(Docs.profile("threefs")).throwsApiException();
    api("datasets").create(Docs.dataset("team", "data", "{}")).throwsApiException();
    String rv = api("datasets").list("team").getObject().getMetadata().getResourceVersion();
    api("thinruntimes").create(Docs.thinRuntime("team", "data", "threefs")).throwsApiException();

    // a watcher sees the status change as MODIFIED events ending in Bound
    List<String> phases = new ArrayList<>();
    try (Watchable<DynamicKubernetesObject> w = api("datasets").watch("team",
        new ListOptions().resourceVersion(rv).timeoutSeconds(10))) {
      while (w.hasNext()) {
        Watch.Response<DynamicKubernetesObject> e = w.next();
        String phase = Docs.str(e.object, "status", "phase");
        phases.add(e.type + " " + phase);
        if ("Bound".equals(phase)) {
          break;
        }
      }
    }
    assertThat(phases).last().isEqualTo("MODIFIED Bound");

    DynamicKubernetesObject ds = api("datasets").get("team", "data").getObject();
    var status = ds.getRaw().getAsJsonObject("status");
    assertThat(status.get("phase").getAsString()).isEqualTo("Bound");
    var cond = status.getAsJsonArray("conditions").get(0).getAsJsonObject();
    assertThat(cond.get("type").getAsString()).isEqualTo("Ready");
    assertThat(cond.get("status").getAsString()).isEqualTo("True");
    assertThat(cond.get("reason").getAsString()).isEqualTo("DatasetReady");
    var runtime = status.getAsJsonArray("runtimes").get(0).getAsJsonObject();
    assertThat(runtime.get("name").getAsString()).isEqualTo("data");
    assertThat(runtime.get("category").getAsString()).isEqualTo("Accelerate");
    assertThat(runtime.get("type").getAsString()).isEqualTo("thin");
    assertThat(status.get("mounts")).isEqualTo(ds.getRaw().getAsJsonObject("spec").get("mounts"));

    DynamicKubernetesObject pvc = Docs.api(fluid.apiClient(), "", "v1", "persistentvolumeclaims")
        .get("team", "data").getObject();
    assertThat(pvc).isNotNull();
    assertThat(pvc.getMetadata().getLabels()).containsEntry("fluid.io/s-team-data", "true")
        .containsEntry("fluid.io/dataset-id", "team-data");
    assertThat(Docs.str(pvc, "spec", "volumeName")).isEqualTo("team-data");
    assertThat(Docs.str(pvc, "status", "phase")).isEqualTo("Bound");
    assertThat(Docs.api(fluid.apiClient(), "", "v1", "persistentvolumes").get("team-data").isSuccess()).isTrue();

    DynamicKubernetesObject rt = api("thinruntimes").get("team", "data").getObject();
    assertThat(Docs.str(rt, "status", "fusePhase")).isEqualTo("Ready");
    assertThat(fluid.server().stats().requests("create", "persistentvolumeclaims"))
        .as("the fixture's own calls are not counted").isZero();
  }

  @Test
  void missingProfileLeavesDatasetNotBoundWithAWarningEvent() throws Exception {
    api("datasets").create(Docs.dataset("lost", "data", "{}")).throwsApiException();
    api("thinruntimes").create(Docs.thinRuntime("lost", "data", "nowhere")).throwsApiException();
    var events = Docs.api(fluid.apiClient(), "", "v1", "events");
    DynamicKubernetesListObject list = null;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      list = events.list("lost").getObject();
      if (!list.getItems().isEmpty()) {
        break;
      }
      Thread.sleep(20);
    }
    assertThat(list.getItems()).singleElement().satisfies(e -> {
      assertThat(Docs.str(e, "reason")).isEqualTo("ErrorProcessRuntime");
      assertThat(Docs.str(e, "type")).isEqualTo("Warning");
      assertThat(Docs.str(e, "involvedObject", "kind")).isEqualTo("ThinRuntime");
      assertThat(Docs.str(e, "message")).contains("thinruntimeprofiles.data.fluid.io \"nowhere\" not found");
    });
    DynamicKubernetesObject ds = api("datasets").get("lost", "data").getObject();
    assertThat(Docs.str(ds, "status", "phase")).isEqualTo("NotBound");
    assertThat(Docs.api(fluid.apiClient(), "", "v1", "persistentvolumeclaims").get("lost", "data")
        .getHttpStatusCode()).isEqualTo(404);

    // creating the profile later lets it bind
    api("thinruntimeprofiles").create(Docs.profile("nowhere")).throwsApiException();
    assertThat(Docs.str(await(api("datasets"), "lost", "data", d -> "Bound".equals(Docs.str(d, "status", "phase"))),
        "status", "phase")).isEqualTo("Bound");
  }

  @Test
  void manualBindAndFailWithAutoBindOff() throws Exception {
    fluid.fluid().autoBind(false);
    try {
      api("datasets").create(Docs.dataset("manual", "d", "{}")).throwsApiException();
      Thread.sleep(200);
      assertThat(Docs.str(api("datasets").get("manual", "d").getObject(), "status", "phase")).isNull();
      fluid.fluid().bind("manual", "d");
      assertThat(Docs.str(api("datasets").get("manual", "d").getObject(), "status", "phase")).isEqualTo("Bound");
      fluid.fluid().fail("manual", "d", "The ddc runtime is not ready.");
      DynamicKubernetesObject failed = api("datasets").get("manual", "d").getObject();
      assertThat(Docs.str(failed, "status", "phase")).isEqualTo("Failed");
    } finally {
      fluid.fluid().autoBind(true);
    }
  }
}
