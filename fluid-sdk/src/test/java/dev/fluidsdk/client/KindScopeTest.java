package dev.fluidsdk.client;

import static dev.fluidsdk.client.Fixtures.body;
import static dev.fluidsdk.client.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Paths of the cluster-scoped ThinRuntimeProfile and the namespaced ThinRuntime. */
class KindScopeTest {
  private static final String PROFILES = "/apis/data.fluid.io/v1alpha1/thinruntimeprofiles";

  @StartStop public final MockWebServer server = new MockWebServer();

  private FluidClient client() {
    return Fixtures.client(server, new Fixtures.RecordingSleeper());
  }

  private static ThinRuntimeProfile profile(String rv) {
    ThinRuntimeProfile.Builder b = ThinRuntimeProfile.builder().name("x").fileSystemType("3fs");
    if (rv != null) {
      b.metadata(m -> m.setResourceVersion(rv));
    }
    return b.build();
  }

  @Test
  void profilePathsHaveNoNamespaceSegment() throws Exception {
    server.enqueue(json(200, FluidJson.toJson(profile("1"))));
    server.enqueue(json(200, FluidJson.toJson(profile("2"))));
    server.enqueue(json(200, "{\"kind\":\"ThinRuntimeProfileList\",\"apiVersion\":\"data.fluid.io/v1alpha1\",\"metadata\":{\"resourceVersion\":\"3\"},\"items\":[]}"));

    ThinRuntimeProfile got = client().thinRuntimeProfiles().withName("x").require();
    client().thinRuntimeProfiles().apply(profile(null));
    client().thinRuntimeProfiles().list();

    RecordedRequest get = server.takeRequest();
    assertThat(get.getUrl().encodedPath()).isEqualTo(PROFILES + "/x");
    RecordedRequest apply = server.takeRequest();
    assertThat(apply.getUrl().encodedPath()).isEqualTo(PROFILES + "/x");
    assertThat(apply.getHeaders().get("Content-Type")).startsWith("application/apply-patch+yaml");
    assertThat(JsonParser.parseString(body(apply)).getAsJsonObject().getAsJsonObject("metadata").has("namespace")).isFalse();
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo(PROFILES);
    assertThat(got.getSpec().getFileSystemType()).isEqualTo("3fs");
  }

  @Test
  void profilesHaveNoNamespace() {
    assertThatThrownBy(() -> client().thinRuntimeProfiles().inNamespace("ns"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cluster-scoped");
  }

  @Test
  void thinRuntimesAreNamespaced() throws Exception {
    ThinRuntime rt = ThinRuntime.builder().name("demo").namespace("ml").profileName("x").build();
    server.enqueue(json(201, FluidJson.toJson(rt)));

    client().thinRuntimes().create(rt);

    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/apis/data.fluid.io/v1alpha1/namespaces/ml/thinruntimes");
  }
}
