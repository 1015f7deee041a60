package dev.fluidsdk.client;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.Dataset;
import io.kubernetes.client.openapi.ApiClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Objects, answers and clients shared by the MockWebServer tests. */
final class Fixtures {
  private Fixtures() {}

  /** A Sleeper that records what it was asked and returns at once. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration d) {
      sleeps.add(d);
    }
  }

  static ApiClient apiClient(MockWebServer server) {
    String url = server.url("/").toString();
    return new ApiClient().setBasePath(url.substring(0, url.length() - 1));
  }

  static FluidClient client(MockWebServer server, Sleeper sleeper) {
    return FluidClient.builder()
        .apiClient(apiClient(server))
        .fieldManager("test-manager")
        .retry(RetryPolicy.builder().sleeper(sleeper).jitter(0).maxAttempts(4).build())
        .build();
  }

  static Dataset dataset(String ns, String name, String rv, String phase) {
    Dataset.Builder b =
        Dataset.builder()
            .name(name)
            .namespace(ns)
            .mount(m -> m.name("data").mountPoint("local:///mnt/data"));
    if (rv != null) {
      b.metadata(m -> m.setResourceVersion(rv));
    }
    if (phase != null) {
      b.status(s -> s.phase(phase));
    }
    return b.build();
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse ok(Object model) {
    return json(200, FluidJson.toJson(model));
  }

  static String list(String rv, Dataset... items) {
    JsonObject o = new JsonObject();
    o.addProperty("apiVersion", Dataset.API_VERSION);
    o.addProperty("kind", "DatasetList");
    JsonObject meta = new JsonObject();
    meta.addProperty("resourceVersion", rv);
    o.add("metadata", meta);
    JsonArray a = new JsonArray();
    for (Dataset d : items) {
      a.add(FluidJson.toTree(d));
    }
    o.add("items", a);
    return o.toString();
  }

  static String event(String type, Dataset d) {
    JsonObject o = new JsonObject();
    o.addProperty("type", type);
    o.add("object", FluidJson.toTree(d));
    return o + "\n";
  }

  static String bookmark(String rv) {
    return "{\"type\":\"BOOKMARK\",\"object\":{\"apiVersion\":\"data.fluid.io/v1alpha1\","
        + "\"kind\":\"Dataset\",\"metadata\":{\"resourceVersion\":\"" + rv + "\"}}}\n";
  }

  static String goneEvent() {
    return "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\","
        + "\"status\":\"Failure\",\"message\":\"too old resource version: 1 (50)\","
        + "\"reason\":\"Expired\",\"code\":410}}\n";
  }

  static String status(int code, String reason, String message) {
    return "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":\""
        + message + "\",\"reason\":\"" + reason + "\",\"code\":" + code + "}";
  }

  static MockResponse watchStream(String... lines) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(String.join("", lines))
        .build();
  }

  static String body(RecordedRequest r) {
    return r.getBody() == null ? "" : r.getBody().utf8();
  }
}
