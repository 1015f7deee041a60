package dev.fluidsdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.GenericKubernetesApi;
import io.kubernetes.client.util.generic.KubernetesApiResponse;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import io.kubernetes.client.util.generic.options.ListOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServerCrudTest {
  static FluidTestServer server;
  static ApiClient client;

  @BeforeAll
  static void start() {
    server = FluidTestServer.start();
    client = server.apiClient();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static GenericKubernetesApi<DynamicKubernetesObject, DynamicKubernetesListObject> datasets() {
    return Docs.fluid(client, "datasets");
  }

  @Test
  void datasetCrudSetsServerFields() throws Exception {
    KubernetesApiResponse<DynamicKubernetesObject> created = datasets().create(Docs.dataset("crud", "d1", "{}"));
    assertThat(created.isSuccess()).isTrue();
    DynamicKubernetesObject d = created.getObject();
    assertThat(d.getMetadata().getUid()).isNotBlank();
    assertThat(d.getMetadata().getCreationTimestamp()).isNotNull();
    assertThat(d.getMetadata().getGeneration()).isEqualTo(1L);
    assertThat(d.getMetadata().getResourceVersion()).isNotBlank();

    DynamicKubernetesObject got = datasets().get("crud", "d1").throwsApiException().getObject();
    assertThat(got.getMetadata().getUid()).isEqualTo(d.getMetadata().getUid());

    got.getRaw().getAsJsonObject("spec").getAsJsonArray("mounts").get(0).getAsJsonObject()
        .addProperty("mountPoint", "3fs://cluster/other");
    DynamicKubernetesObject updated = datasets().update(got).throwsApiException().getObject();
    assertThat(updated.getMetadata().getGeneration()).isEqualTo(2L);
    assertThat(Long.parseLong(updated.getMetadata().getResourceVersion()))
        .isGreaterThan(Long.parseLong(d.getMetadata().getResourceVersion()));

    assertThat(datasets().delete("crud", "d1").isSuccess()).isTrue();
    assertThat(datasets().delete("crud", "d1").getHttpStatusCode()).isEqualTo(404);
    KubernetesApiResponse<DynamicKubernetesObject> missing = datasets().get("crud", "d1");
    assertThat(missing.getHttpStatusCode()).isEqualTo(404);
    assertThat(missing.getStatus().getReason()).isEqualTo("NotFound");
    assertThat(missing.getStatus().getMessage()).isEqualTo("datasets.data.fluid.io \"d1\" not found");
  }

  @Test
  void thinRuntimeAndSecretCrud() throws Exception {
    var runtimes = Docs.fluid(client, "thinruntimes");
    assertThat(runtimes.create(Docs.thinRuntime("crud", "r1", "p")).isSuccess()).isTrue();
    assertThat(Docs.str(runtimes.get("crud", "r1").getObject(), "spec", "profileName")).isEqualTo("p");
    assertThat(runtimes.list("crud").getObject().getItems()).hasSize(1);
    assertThat(runtimes.delete("crud", "r1").isSuccess()).isTrue();
    assertThat(runtimes.list("crud").getObject().getItems()).isEmpty();

    var secrets = Docs.api(client, "", "v1", "secrets");
    assertThat(secrets.create(Docs.secret("crud", "s1")).isSuccess()).isTrue();
    assertThat(Docs.str(secrets.get("crud", "s1").getObject(), "stringData", "token")).isEqualTo("t0ken");
    assertThat(secrets.delete("crud", "s1").isSuccess()).isTrue();
    assertThat(secrets.get("crud", "s1").getHttpStatusCode()).isEqualTo(404);
  }

  @Test
  void clusterScopedProfileHasNoNamespaceSegment() throws Exception {
    var profiles = Docs.fluid(client, "thinruntimeprofiles");
    DynamicKubernetesObject p = profiles.create(Docs.profile("threefs")).throwsApiException().getObject();
    assertThat(p.getMetadata().getNamespace()).isNull();
    assertThat(rawGet("/apis/data.fluid.io/v1alpha1/thinruntimeprofiles/threefs")).isEqualTo(200);
    assertThat(rawGet("/apis/data.fluid.io/v1alpha1/namespaces/default/thinruntimeprofiles/threefs")).isEqualTo(404);
    assertThat(profiles.list().getObject().getItems()).extracting(o -> o.getMetadata().getName())
        .contains("threefs");
    assertThat(profiles.delete("threefs").isSuccess()).isTrue();
  }

  @Test
  void listByLabelSelectorAndListResourceVersion() throws Exception {
    datasets().create(Docs.dataset("labels", "a", "{\"team\":\"x\"}")).throwsApiException();
    datasets().create(Docs.dataset("labels", "b", "{\"team\":\"y\"}")).throwsApiException();
    datasets().create(Docs.dataset("labels", "c", "{}")).throwsApiException();
    DynamicKubernetesListObject x = datasets().list("labels", new ListOptions().labelSelector("team=x"))
        .getObject();
    assertThat(x.getItems()).extracting(o -> o.getMetadata().getName()).containsExactly("a");
    assertThat(x.getMetadata().getResourceVersion()).isEqualTo(Long.toString(server.resourceVersion()));
    assertThat(x.getKind()).isEqualTo("DatasetList");
    assertThat(datasets().list("labels", new ListOptions().labelSelector("team")).getObject().getItems())
        .extracting(o -> o.getMetadata().getName()).containsExactlyInAnyOrder("a", "b");
    assertThat(datasets().list("labels", new ListOptions().labelSelector("team!=x")).getObject().getItems())
        .extracting(o -> o.getMetadata().getName()).containsExactlyInAnyOrder("b", "c");
    assertThat(datasets().list("labels", new ListOptions().labelSelector("team in (x,y),team notin (y)"))
        .getObject().getItems()).extracting(o -> o.getMetadata().getName()).containsExactly("a");
    assertThat(datasets().list("labels", new ListOptions().fieldSelector("metadata.name=b")).getObject().getItems())
        .extracting(o -> o.getMetadata().getName()).containsExactly("b");
  }

  @Test
  void conflictsAndNotFoundCarryStatusBodies() throws Exception {
    DynamicKubernetesObject first = datasets().create(Docs.dataset("occ", "d", "{}")).throwsApiException()
        .getObject();
    KubernetesApiResponse<DynamicKubernetesObject> again = datasets().create(Docs.dataset("occ", "d", "{}"));
    assertThat(again.getHttpStatusCode()).isEqualTo(409);
    assertThat(again.getStatus().getReason()).isEqualTo("AlreadyExists");

    DynamicKubernetesObject fresh = datasets().get("occ", "d").getObject();
    fresh.getRaw().getAsJsonObject("spec").addProperty("dataRestoreLocation", "x");
    datasets().update(fresh).throwsApiException();
    first.getRaw().getAsJsonObject("spec").addProperty("dataRestoreLocation", "y");
    KubernetesApiResponse<DynamicKubernetesObject> stale = datasets().update(first);
    assertThat(stale.getHttpStatusCode()).isEqualTo(409);
    assertThat(stale.getStatus().getReason()).isEqualTo("Conflict");
    assertThat(stale.getStatus().getMessage()).contains("the object has been modified");
    assertThat(stale.getStatus().getCode()).isEqualTo(409);

    KubernetesApiResponse<DynamicKubernetesObject> missing = datasets().update(Docs.dataset("occ", "nope", "{}"));
    assertThat(missing.getHttpStatusCode()).isEqualTo(404);
    assertThat(missing.getStatus().getReason()).isEqualTo("NotFound");
  }

  @Test
  void coreKindsAndKubeconfigClient(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = server.kubeconfig(dir.resolve("config"));
    ApiClient fromConfig;
    try (java.io.Reader r = java.nio.file.Files.newBufferedReader(file)) {
      fromConfig = io.kubernetes.client.util.ClientBuilder.kubeconfig(
          io.kubernetes.client.util.KubeConfig.loadKubeConfig(r)).build();
    }
    assertThat(fromConfig.getBasePath()).isEqualTo(server.url());
    var namespaces = Docs.api(fromConfig, "", "v1", "namespaces");
    assertThat(namespaces.create(Docs.obj("{\"apiVersion\":\"v1\",\"kind\":\"Namespace\",\"metadata\":"
        + "{\"name\":\"core\"}}")).isSuccess()).isTrue();
    assertThat(namespaces.get("core").getObject().getMetadata().getNamespace()).isNull();
    var configMaps = Docs.api(fromConfig, "", "v1", "configmaps");
    assertThat(configMaps.create(Docs.obj("{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":"
        + "{\"name\":\"cm\",\"namespace\":\"core\"},\"data\":{\"k\":\"v\"}}")).isSuccess()).isTrue();
    var pods = Docs.api(fromConfig, "", "v1", "pods");
    assertThat(pods.create(Docs.obj("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":"
        + "{\"name\":\"p\",\"namespace\":\"core\"},\"spec\":{\"containers\":[{\"name\":\"c\","
        + "\"image\":\"busybox\"}]}}")).isSuccess()).isTrue();
    var jobs = Docs.api(fromConfig, "batch", "v1", "jobs");
    assertThat(jobs.create(Docs.obj("{\"apiVersion\":\"batch/v1\",\"kind\":\"Job\",\"metadata\":"
        + "{\"name\":\"j\",\"namespace\":\"core\"},\"spec\":{\"template\":{\"spec\":{\"containers\":"
        + "[{\"name\":\"c\",\"image\":\"busybox\"}],\"restartPolicy\":\"Never\"}}}}")).isSuccess()).isTrue();
    var pvcs = Docs.api(fromConfig, "", "v1", "persistentvolumeclaims");
    assertThat(pvcs.create(Docs.obj("{\"apiVersion\":\"v1\",\"kind\":\"PersistentVolumeClaim\",\"metadata\":"
        + "{\"name\":\"c\",\"namespace\":\"core\"},\"spec\":{\"accessModes\":[\"ReadOnlyMany\"]}}"))
        .isSuccess()).isTrue();
    assertThat(Docs.str(configMaps.get("core", "cm").getObject(), "data", "k")).isEqualTo("v");
    assertThat(pods.list("core").getObject().getItems()).hasSize(1);
    assertThat(jobs.list("core").getObject().getKind()).isEqualTo("JobList");
    assertThat(pvcs.get("core", "c").isSuccess()).isTrue();
    assertThat(rawGet("/apis/batch/v1")).isEqualTo(200);
    assertThat(rawGet("/apis/apps/v1/namespaces/core/deployments")).isEqualTo(404);
  }

  static int rawGet(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    return r.statusCode();
  }
}
