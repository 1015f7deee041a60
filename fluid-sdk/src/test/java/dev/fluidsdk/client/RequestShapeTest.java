package dev.fluidsdk.client;

import static dev.fluidsdk.client.Fixtures.body;
import static dev.fluidsdk.client.Fixtures.dataset;
import static dev.fluidsdk.client.Fixtures.json;
import static dev.fluidsdk.client.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.DatasetList;
import dev.fluidsdk.model.DatasetPhase;
import io.kubernetes.client.openapi.models.V1ManagedFieldsEntry;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The HTTP requests each operation sends: verb, path, query, content type, body. */
class RequestShapeTest {
  private static final String DS = "/apis/data.fluid.io/v1alpha1/namespaces/ns/datasets";

  @StartStop public final MockWebServer server = new MockWebServer();

  private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

  private FluidClient client() {
    return Fixtures.client(server, sleeper);
  }

  @Test
  void getSendsGetToTheObjectPathAndReadsTheTypedObject() throws Exception {
    Dataset stored = dataset("ns", "x", "5", "Bound");
    server.enqueue(ok(stored));

    Dataset got = client().datasets().inNamespace("ns").withName("x").require();

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS + "/x");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(got).isEqualTo(stored);
    assertThat(got.getStatus().getPhase()).isEqualTo(DatasetPhase.BOUND);
  }

  @Test
  void getOfAMissingObjectIsEmptyAndRequireThrowsNotFound() {
    server.enqueue(json(404, Fixtures.status(404, "NotFound", "datasets \\\"x\\\" not found")));
    server.enqueue(json(404, Fixtures.status(404, "NotFound", "datasets \\\"x\\\" not found")));
    FluidResource<Dataset> x = client().datasets().inNamespace("ns").withName("x");

    assertThat(x.get()).isEmpty();
    assertThatThrownBy(x::require)
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Dataset ns/x")
        .hasMessageContaining("404");
  }

  @Test
  void listSendsTheLabelSelectorAndReturnsTheTypedList() throws Exception {
    server.enqueue(json(200, Fixtures.list("77", dataset("ns", "a", "1", null), dataset("ns", "b", "2", null))));

    DatasetList list = client().datasets().inNamespace("ns").withLabelSelector("app=demo,tier!=x").list();

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS);
    assertThat(r.getUrl().queryParameter("labelSelector")).isEqualTo("app=demo,tier!=x");
    assertThat(list.getItems()).extracting(d -> d.getMetadata().getName()).containsExactly("a", "b");
    assertThat(list.getMetadata().getResourceVersion()).isEqualTo("77");
  }

  @Test
  void listWithoutNamespaceCoversAllNamespaces() throws Exception {
    server.enqueue(json(200, Fixtures.list("1")));

    client().datasets().list();

    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/apis/data.fluid.io/v1alpha1/datasets");
  }

  @Test
  void createPostsTheObjectToTheCollectionWithTheFieldManager() throws Exception {
    Dataset ds = dataset("ns", "x", null, null);
    server.enqueue(json(201, FluidJson.toJson(dataset("ns", "x", "1", null))));

    Dataset created = client().datasets().create(ds);

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS);
    assertThat(r.getUrl().queryParameter("fieldManager")).isEqualTo("test-manager");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(JsonParser.parseString(body(r))).isEqualTo(FluidJson.toTree(ds));
    assertThat(created.getMetadata().getResourceVersion()).isEqualTo("1");
  }

  @Test
  void updatePutsTheObjectWithItsResourceVersion() throws Exception {
    Dataset ds = dataset("ns", "x", "7", null);
    server.enqueue(ok(dataset("ns", "x", "8", null)));

    Dataset updated = client().datasets().update(ds);

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS + "/x");
    JsonObject sent = JsonParser.parseString(body(r)).getAsJsonObject();
    assertThat(sent.getAsJsonObject("metadata").get("resourceVersion").getAsString()).isEqualTo("7");
    assertThat(updated.getMetadata().getResourceVersion()).isEqualTo("8");
  }

  @Test
  void updateWithoutResourceVersionIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> client().datasets().update(dataset("ns", "x", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata.resourceVersion");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void updateStatusPutsToTheStatusSubresource() throws Exception {
    server.enqueue(ok(dataset("ns", "x", "9", "Bound")));

    client().datasets().inNamespace("ns").updateStatus(dataset(null, "x", "8", "Bound"));

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("PUT");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS + "/x/status");
  }

  @Test
  void patchSendsAJsonMergePatch() throws Exception {
    server.enqueue(ok(dataset("ns", "x", "9", null)));
    String patch = "{\"metadata\":{\"labels\":{\"team\":\"a\"}}}";

    client().datasets().inNamespace("ns").withName("x").patch(patch);

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("PATCH");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS + "/x");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/merge-patch+json");
    assertThat(body(r)).isEqualTo(patch);
  }

  @Test
  void patchStatusPatchesTheStatusSubresource() throws Exception {
    server.enqueue(ok(dataset("ns", "x", "9", "Bound")));

    Dataset d = client().datasets().inNamespace("ns").withName("x").patchStatus("{\"status\":{\"phase\":\"Bound\"}}");

    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS + "/x/status");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/merge-patch+json");
    assertThat(d.isBound()).isTrue();
  }

  @Test
  void patchThatIsNotAJsonObjectIsRefused() {
    FluidResource<Dataset> x = client().datasets().inNamespace("ns").withName("x");
    assertThatThrownBy(() -> x.patch("[1]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> x.patch("{nope")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void applyIsAServerSideApplyPatchWithFieldManagerAndNoForce() throws Exception {
    Dataset ds =
        dataset(null, "x", null, null).toBuilder()
            .metadata(m -> m.addManagedFieldsItem(new V1ManagedFieldsEntry().manager("kubectl")))
            .build();
    server.enqueue(ok(dataset("ns", "x", "3", null)));

    client().datasets().inNamespace("ns").apply(ds);

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("PATCH");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS + "/x");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("application/apply-patch+yaml");
    assertThat(r.getUrl().queryParameter("fieldManager")).isEqualTo("test-manager");
    assertThat(r.getUrl().queryParameter("force")).isNull();
    JsonObject sent = JsonParser.parseString(body(r)).getAsJsonObject();
    assertThat(sent.get("apiVersion").getAsString()).isEqualTo("data.fluid.io/v1alpha1");
    assertThat(sent.get("kind").getAsString()).isEqualTo("Dataset");
    assertThat(sent.getAsJsonObject("metadata").has("managedFields")).isFalse();
    assertThat(sent.getAsJsonObject("metadata").get("namespace").getAsString()).isEqualTo("ns");
  }

  @Test
  void forceApplySetsForce() throws Exception {
    server.enqueue(ok(dataset("ns", "x", "3", null)));

    client().datasets().forceApply(dataset("ns", "x", null, null));

    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().queryParameter("force")).isEqualTo("true");
    assertThat(r.getUrl().queryParameter("fieldManager")).isEqualTo("test-manager");
  }

  @Test
  void deleteSendsThePropagationPolicyAndReportsAMissingObject() throws Exception {
    server.enqueue(json(200, Fixtures.status(200, "", "deleted").replace("Failure", "Success")));
    server.enqueue(json(404, Fixtures.status(404, "NotFound", "not found")));
    FluidResource<Dataset> x = client().datasets().inNamespace("ns").withName("x");

    assertThat(x.delete(DeletePropagation.FOREGROUND)).isTrue();
    assertThat(x.delete()).isFalse();

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("DELETE");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS + "/x");
    assertThat(r.getUrl().queryParameter("propagationPolicy")).isEqualTo("Foreground");
    assertThat(server.takeRequest().getUrl().queryParameter("propagationPolicy")).isNull();
  }

  @Test
  void watchAsksForEventsFromAResourceVersionWithBookmarks() throws Exception {
    server.enqueue(
        Fixtures.watchStream(
            Fixtures.event("ADDED", dataset("ns", "x", "43", null)),
            Fixtures.bookmark("44"),
            Fixtures.event("MODIFIED", dataset("ns", "x", "45", "Bound"))));

    try (FluidWatch<Dataset> w = client().datasets().inNamespace("ns").withLabelSelector("a=b").watch("42")) {
      WatchEvent<Dataset> e1 = w.poll(Duration.ofSeconds(5)).orElseThrow();
      WatchEvent<Dataset> e2 = w.poll(Duration.ofSeconds(5)).orElseThrow();
      WatchEvent<Dataset> e3 = w.poll(Duration.ofSeconds(5)).orElseThrow();
      assertThat(e1.type()).isEqualTo(WatchEvent.Type.ADDED);
      assertThat(e2.type()).isEqualTo(WatchEvent.Type.BOOKMARK);
      assertThat(e2.resourceVersion()).isEqualTo("44");
      assertThat(e3.type()).isEqualTo(WatchEvent.Type.MODIFIED);
      assertThat(e3.object().isBound()).isTrue();
      assertThat(w.poll(Duration.ofSeconds(5))).isEmpty();
      assertThat(w.isOpen()).isFalse();
    }

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("GET");
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS);
    assertThat(r.getUrl().queryParameter("watch")).isEqualTo("true");
    assertThat(r.getUrl().queryParameter("resourceVersion")).isEqualTo("42");
    assertThat(r.getUrl().queryParameter("allowWatchBookmarks")).isEqualTo("true");
    assertThat(r.getUrl().queryParameter("labelSelector")).isEqualTo("a=b");
  }

  @Test
  void namespacesOfViewAndObjectMustAgree() {
    assertThatThrownBy(() -> client().datasets().inNamespace("a").create(dataset("b", "x", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata.namespace b");
    assertThatThrownBy(() -> client().datasets().create(dataset(null, "x", null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("metadata.namespace: required");
    assertThatThrownBy(() -> client().datasets().withName("x"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
