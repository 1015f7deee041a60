package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Calls into the server without HTTP: not counted, never faulted. The fake Fluid controller uses it; its writes
 * still go through the store, so HTTP watchers see them.
 */
public final class InProcessApi {
  private final Router router;
  private final Store store;
  private final EventLog log;

  public InProcessApi(Router router, Store store, EventLog log) {
    this.router = router;
    this.store = store;
    this.log = log;
  }

  /** One request; {@code path} is a resource URL such as {@code /api/v1/namespaces/ns/persistentvolumeclaims}. */
  public ApiResponse request(String method, String path, String contentType, String body) {
    Optional<ApiPath> api = ApiPath.parse(path);
    if (api.isEmpty()) {
      return ApiResponse.status(Statuses.failure(404, "NotFound", "no such resource path: " + path, null, null));
    }
    return router.handle(method, api.get(), Map.of(), contentType, body);
  }

  /** The object at {@code path}, or empty on 404. */
  public Optional<JsonObject> get(String path) {
    ApiResponse r = request("GET", path, null, null);
    return r.code() == 200 ? Optional.of(Json.parseObject(r.body())) : Optional.empty();
  }

  /** Feeds every future change to {@code listener}, which must not block (it runs under the store's lock). */
  public void subscribe(Consumer<WatchEvent> listener) {
    log.subscribe(store.currentResourceVersion(), listener);
  }

  public void unsubscribe(Consumer<WatchEvent> listener) {
    log.unsubscribe(listener);
  }
}
