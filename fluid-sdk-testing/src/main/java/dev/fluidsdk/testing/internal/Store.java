package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * fabric8's CRUD engine, called in-process, with a hook that feeds every change into the {@link EventLog}. The
 * engine runs each write under its own write lock and bumps one server-wide resourceVersion counter, so events
 * reach the log in resourceVersion order.
 */
public final class Store extends KubernetesCrudDispatcher {
  private final EventLog log;
  // Every counter bump is followed by a change reaching processEvent, so this equals the engine's counter.
  private volatile long lastRv;

  /** A reply from the engine. */
  public record Reply(int code, String body) {}

  public Store(EventLog log) {
    super(crdContexts());
    this.log = log;
  }

  private static List<CustomResourceDefinitionContext> crdContexts() {
    return ResourceTable.all().stream()
        .filter(r -> r.group().equals(ResourceTable.FLUID_GROUP))
        .map(r -> new CustomResourceDefinitionContext.Builder()
            .withGroup(r.group())
            .withVersion(r.version())
            .withPlural(r.plural())
            .withKind(r.kind())
            .withName(r.plural() + "." + r.group())
            .withScope(r.namespaced() ? "Namespaced" : "Cluster")
            .withStatusSubresource(r.statusSubresource())
            .build())
        .toList();
  }

  public Reply call(String method, String pathAndQuery, String contentType, String body) {
    Headers.Builder headers = Headers.builder();
    if (contentType != null) {
      headers.add("Content-Type", contentType);
    }
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    RecordedRequest request = new RecordedRequest("HTTP/1.1", HttpMethod.valueOf(method), pathAndQuery,
        headers.build(), new Buffer(bytes));
    MockResponse response = dispatch(request);
    Buffer responseBody = response.getBody();
    return new Reply(response.code(), responseBody == null ? "" : responseBody.readUtf8());
  }

  /** The server-wide resourceVersion of the last change. */
  public long currentResourceVersion() {
    return lastRv;
  }

  @Override
  public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
      GenericKubernetesResource resource, String newState) {
    String existing = oldAttributes == null ? null : map.get(oldAttributes);
    super.processEvent(path, pathAttributes, oldAttributes, resource, newState);
    if (Objects.equals(existing, newState)) {
      return;
    }
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    Optional<ApiPath> api = ApiPath.parse(bare);
    if (api.isEmpty()) {
      return;
    }
    JsonObject before = existing == null ? null : Json.parseObject(existing);
    JsonObject after = newState == null ? null : Json.parseObject(newState);
    JsonObject any = after != null ? after : before;
    JsonObject meta = Json.metadata(any);
    long rv = after != null ? Long.parseLong(Json.str(Json.metadata(after), "resourceVersion")) : requestResourceVersion();
    lastRv = Math.max(lastRv, rv);
    String type = before == null ? "ADDED" : after == null ? "DELETED" : "MODIFIED";
    log.append(new WatchEvent(rv, type, api.get().type(), Json.str(meta, "namespace"), Json.str(meta, "name"),
        before, after));
  }
}
