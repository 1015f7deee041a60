package dev.fluidsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kubernetes.client.custom.V1Patch;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.GenericKubernetesApi;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.options.PatchOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Status subresource, patch content types and server-side apply, through client-java over HTTP. */
class ServerWritesTest {
  static FluidTestServer server;
  static ApiClient client;
  static GenericKubernetesApi<DynamicKubernetesObject, DynamicKubernetesListObject> datasets;

  @BeforeAll
  static void start() {
    server = FluidTestServer.start();
    client = server.apiClient();
    datasets = Docs.fluid(client, "datasets");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static DynamicKubernetesObject withStatus(DynamicKubernetesObject o, String phase) {
    JsonObject status = new JsonObject();
    status.addProperty("phase", phase);
    o.getRaw().add("status", status);
    return o;
  }

  @Test
  void statusSubresourceChangesOnlyStatus() throws Exception {
    DynamicKubernetesObject created = datasets.create(withStatus(Docs.dataset("st", "d", "{}"), "Bound"))
        .throwsApiException().getObject();
    assertThat(created.getRaw().has("status")).as("create drops status").isFalse();

    DynamicKubernetesObject s = datasets.updateStatus(withStatus(created, "NotBound"), o -> o.getRaw().get("status"))
        .throwsApiException().getObject();
    assertThat(Docs.str(s, "status", "phase")).isEqualTo("NotBound");
    assertThat(s.getMetadata().getGeneration()).isEqualTo(1L);

    // a status PUT carrying a spec change keeps the old spec
    DynamicKubernetesObject cur = datasets.get("st", "d").getObject();
    cur.getRaw().getAsJsonObject("spec").addProperty("owner", "x");
    withStatus(cur, "Bound");
    HttpResponse<String> put = send("PUT", "/apis/data.fluid.io/v1alpha1/namespaces/st/datasets/d/status",
        "application/json", cur.getRaw().toString());
    assertThat(put.statusCode()).isEqualTo(200);
    DynamicKubernetesObject afterPut = datasets.get("st", "d").getObject();
    assertThat(Docs.str(afterPut, "status", "phase")).isEqualTo("Bound");
    assertThat(afterPut.getRaw().getAsJsonObject("spec").has("owner")).isFalse();

    // a main-resource update carrying a status change keeps the old status
    afterPut.getRaw().getAsJsonObject("spec").addProperty("owner", "y");
    withStatus(afterPut, "Failed");
    DynamicKubernetesObject main = datasets.update(afterPut).throwsApiException().getObject();
    assertThat(Docs.str(main, "status", "phase")).isEqualTo("Bound");
    assertThat(Docs.str(main, "spec", "owner")).isEqualTo("y");
    assertThat(main.getMetadata().getGeneration()).isEqualTo(2L);

    // PATCH .../status with merge patch, and with plain application/json
    datasets.patch("st", "d", V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH,
        new V1Patch("{\"status\":{\"ufsTotal\":\"1GiB\"}}")).throwsApiException();
    HttpResponse<String> plain = send("PATCH", "/apis/data.fluid.io/v1alpha1/namespaces/st/datasets/d/status",
        "application/json", "{\"status\":{\"phase\":\"NotBound\"}}");
    assertThat(plain.statusCode()).isEqualTo(200);
    JsonObject st = JsonParser.parseString(plain.body()).getAsJsonObject().getAsJsonObject("status");
    assertThat(st.get("phase").getAsString()).isEqualTo("NotBound");
    assertThat(datasets.get("st", "d").getObject().getRaw().getAsJsonObject("status").has("ufsTotal"))
        .as("a main-resource merge patch of status is ignored").isFalse();
  }

  @Test
  void mergeAndJsonPatch() throws Exception {
    datasets.create(Docs.dataset("patch", "d", "{\"a\":\"1\"}")).throwsApiException();
    DynamicKubernetesObject merged = datasets.patch("patch", "d", V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH,
        new V1Patch("{\"metadata\":{\"labels\":{\"a\":null,\"b\":\"2\"}},\"spec\":{\"owner\":\"me\"}}"))
        .throwsApiException().getObject();
    assertThat(merged.getMetadata().getLabels()).containsOnlyKeys("b");
    assertThat(Docs.str(merged, "spec", "owner")).isEqualTo("me");
    assertThat(merged.getMetadata().getGeneration()).isEqualTo(2L);

    DynamicKubernetesObject patched = datasets.patch("patch", "d", V1Patch.PATCH_FORMAT_JSON_PATCH,
        new V1Patch("[{\"op\":\"replace\",\"path\":\"/spec/owner\",\"value\":\"you\"},"
            + "{\"op\":\"add\",\"path\":\"/metadata/labels/c\",\"value\":\"3\"}]")).throwsApiException().getObject();
    assertThat(Docs.str(patched, "spec", "owner")).isEqualTo("you");
    assertThat(patched.getMetadata().getLabels()).containsEntry("c", "3");

    KubernetesApiResponse<DynamicKubernetesObject> missing = datasets.patch("patch", "nope",
        V1Patch.PATCH_FORMAT_JSON_MERGE_PATCH, new V1Patch("{}"));
    assertThat(missing.getHttpStatusCode()).isEqualTo(404);
    HttpResponse<String> unsupported = send("PATCH", "/apis/data.fluid.io/v1alpha1/namespaces/patch/datasets/d",
        "text/plain", "x");
    assertThat(unsupported.statusCode()).isEqualTo(415);
  }

  private static final String APPLY_V1 = String.join("\n",
      "apiVersion: data.fluid.io/v1alpha1",
      "kind: Dataset",
      "metadata:",
      "  name: app",
      "  labels:",
      "    team: a",
      "spec:",
      "  owner: alice",
      "  mounts:",
      "  - name: m",
      "    mountPoint: 3fs://c/x",
      "");

  private static KubernetesApiResponse<DynamicKubernetesObject> apply(String body, String manager, boolean force) {
    PatchOptions options = new PatchOptions().fieldManager(manager);
    if (force) {
      options.force(true);
    }
    return datasets.patch("ssa", "app", V1Patch.PATCH_FORMAT_APPLY_YAML, new V1Patch(body), options);
  }

  @Test
  void serverSideApplyCreatesMergesConflictsAndForces() {
    DynamicKubernetesObject created = apply(APPLY_V1, "alice-tool", false).getObject();
    assertThat(created).isNotNull();
    assertThat(created.getMetadata().getUid()).isNotBlank();
    assertThat(created.getMetadata().getManagedFields()).singleElement().satisfies(m -> {
      assertThat(m.getManager()).isEqualTo("alice-tool");
      assertThat(m.getOperation()).isEqualTo("Apply");
    });

    // same manager, changed value, dropped label: value merged, label removed
    DynamicKubernetesObject updated = apply(APPLY_V1.replace("alice\n", "alice2\n").replace("  labels:\n    team: a\n",
        ""), "alice-tool", false).getObject();
    assertThat(Docs.str(updated, "spec", "owner")).isEqualTo("alice2");
    assertThat(updated.getMetadata().getLabels()).isNullOrEmpty();
    assertThat(updated.getMetadata().getGeneration()).isEqualTo(2L);

    // another manager applying a different value of an owned field conflicts
    String bob = "{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"Dataset\",\"metadata\":{\"name\":\"app\"},"
        + "\"spec\":{\"owner\":\"bob\",\"nodeAffinity\":{}}}";
    KubernetesApiResponse<DynamicKubernetesObject> conflict = apply(bob, "bob-tool", false);
    assertThat(conflict.getHttpStatusCode()).isEqualTo(409);
    assertThat(conflict.getStatus().getReason()).isEqualTo("Conflict");
    assertThat(conflict.getStatus().getMessage()).contains("conflict with \"alice-tool\": .spec.owner");
    assertThat(Docs.str(datasets.get("ssa", "app").getObject(), "spec", "owner")).isEqualTo("alice2");

    // the same value is shared without conflict
    assertThat(apply(bob.replace("\"bob\"", "\"alice2\""), "bob-tool", false).isSuccess()).isTrue();

    // force takes the field over
    DynamicKubernetesObject forced = apply(bob, "bob-tool", true).getObject();
    assertThat(Docs.str(forced, "spec", "owner")).isEqualTo("bob");
    assertThat(forced.getMetadata().getManagedFields()).extracting(m -> m.getManager())
        .containsExactlyInAnyOrder("alice-tool", "bob-tool");
    String aliceFields = forced.getMetadata().getManagedFields().stream()
        .filter(m -> m.getManager().equals("alice-tool")).findFirst().orElseThrow().getFieldsV1().toString();
    assertThat(aliceFields).doesNotContain("f:owner").contains("f:mounts");
  }

  @Test
  void applyNeedsFieldManager() throws Exception {
    HttpResponse<String> r = send("PATCH", "/apis/data.fluid.io/v1alpha1/namespaces/ssa/datasets/nm",
        "application/apply-patch+yaml", APPLY_V1.replace("name: app", "name: nm"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body()).contains("fieldManager");
  }

  static HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path))
        .header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
