package dev.fluidsdk.testing.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Locale;
import java.util.Map;

/**
 * Routes one non-watch resource request to the CRUD engine or to {@link ServerSideApply}, fixing up what the engine
 * lacks: patch content types, Status bodies, list kinds, cluster-scoped bodies.
 */
public final class Router {
  private final Store store;
  private final ServerSideApply apply;

  public Router(Store store) {
    this.store = store;
    this.apply = new ServerSideApply(store);
  }

  public ApiResponse handle(String method, ApiPath path, Map<String, String> query,
      String contentType, String body) {
    String name = path.name();
    switch (method) {
      case "GET": {
        ApiResponse r = EngineReplies.normalize(method, path, name, store.call("GET", urlOf(path), null, null));
        return path.name() == null && r.ok() ? filterList(r, query) : r;
      }
      case "POST": {
        if (path.name() != null) {
          return methodNotAllowed(path);
        }
        JsonObject object = parse(path, body);
        if (object == null) {
          return badBody(path);
        }
        name = Json.str(Json.metadata(object), "name");
        fixNamespace(path, object);
        return EngineReplies.normalize(method, path, name,
            store.call("POST", path.collectionUrl(), "application/json", Json.write(object)));
      }
      case "PUT": {
        JsonObject object = parse(path, body);
        if (path.name() == null || object == null) {
          return path.name() == null ? methodNotAllowed(path) : badBody(path);
        }
        fixNamespace(path, object);
        return EngineReplies.normalize(method, path, name,
            store.call("PUT", urlOf(path), "application/json", Json.write(object)));
      }
      case "PATCH":
        return patch(path, query, contentType, body);
      case "DELETE":
        return EngineReplies.normalize(method, path, name, store.call("DELETE", urlOf(path), null, null));
      default:
        return methodNotAllowed(path);
    }
  }

  private ApiResponse patch(ApiPath path, Map<String, String> query, String contentType, String body) {
    if (path.name() == null) {
      return methodNotAllowed(path);
    }
    String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    String engineType;
    switch (type) {
      case "application/apply-patch+yaml":
      case "application/apply-patch+json":
        return apply.apply(path, query.get("fieldManager"), "true".equals(query.get("force")), body);
      case "application/json-patch+json":
        engineType = type;
        break;
      case "application/merge-patch+json":
      case "application/strategic-merge-patch+json":
        engineType = "application/merge-patch+json";
        break;
      case "application/json":
        engineType = body.trim().startsWith("[") ? "application/json-patch+json" : "application/merge-patch+json";
        break;
      default:
        return ApiResponse.status(Statuses.failure(415, "UnsupportedMediaType",
            "the body of the request was in an unknown format - accepted media types include: "
                + "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml",
            path, path.name()));
    }
    if (engineType.equals("application/merge-patch+json")) {
      return mergePatch(path, body);
    }
    return jsonPatch(path, body);
  }

  /**
   * RFC 6902 patch by the engine. Lenience: a {@code replace} of a missing member becomes an {@code add}, because
   * client-java's {@code updateStatus} sends {@code replace /status} even when the object has no status yet.
   */
  private ApiResponse jsonPatch(ApiPath path, String body) {
    JsonArray ops;
    try {
      ops = JsonParser.parseString(body).getAsJsonArray();
    } catch (RuntimeException e) {
      return badBody(path);
    }
    Store.Reply current = store.call("GET", path.objectUrl(), null, null);
    if (current.code() != 200) {
      return EngineReplies.normalize("PATCH", path, path.name(), current);
    }
    JsonObject live = Json.parseObject(current.body());
    for (JsonElement op : ops) {
      JsonObject o = op.getAsJsonObject();
      if ("replace".equals(Json.str(o, "op")) && !exists(live, Json.str(o, "path"))) {
        o.addProperty("op", "add");
      }
    }
    try {
      return EngineReplies.normalize("PATCH", path, path.name(),
          store.call("PATCH", urlOf(path), "application/json-patch+json", Json.write(ops)));
    } catch (RuntimeException patchFailed) {
      return ApiResponse.status(Statuses.failure(422, "Invalid", "the JSON patch does not apply: "
          + patchFailed.getMessage(), path, path.name()));
    }
  }

  private static boolean exists(JsonObject doc, String pointer) {
    if (pointer == null) {
      return false;
    }
    JsonElement cur = doc;
    for (String raw : pointer.substring(pointer.startsWith("/") ? 1 : 0).split("/", -1)) {
      String seg = raw.replace("~1", "/").replace("~0", "~");
      if (cur != null && cur.isJsonObject()) {
        cur = cur.getAsJsonObject().get(seg);
      } else if (cur != null && cur.isJsonArray() && seg.matches("\\d+")
          && Integer.parseInt(seg) < cur.getAsJsonArray().size()) {
        cur = cur.getAsJsonArray().get(Integer.parseInt(seg));
      } else {
        return false;
      }
    }
    return cur != null;
  }

  /**
   * RFC 7386 merge patch done here (the engine's merge keeps explicit nulls), written back with PUT. Without a
   * resourceVersion in the patch, a concurrent write is retried, as kube-apiserver does.
   */
  private ApiResponse mergePatch(ApiPath path, String body) {
    JsonObject patch = parse(path, body);
    if (patch == null) {
      return badBody(path);
    }
    boolean pinned = Json.str(Json.obj(patch, "metadata"), "resourceVersion") != null;
    for (int attempt = 0; attempt < 5; attempt++) {
      Store.Reply current = store.call("GET", path.objectUrl(), null, null);
      if (current.code() != 200) {
        return EngineReplies.normalize("PATCH", path, path.name(), current);
      }
      JsonObject live = Json.parseObject(current.body());
      JsonObject merged = Json.mergePatch(live, patch).getAsJsonObject();
      if (!pinned) {
        Json.metadata(merged).addProperty("resourceVersion", Json.str(Json.metadata(live), "resourceVersion"));
      }
      fixNamespace(path, merged);
      Store.Reply reply = store.call("PUT", urlOf(path), "application/json", Json.write(merged));
      if (reply.code() != 409 || pinned) {
        return EngineReplies.normalize("PATCH", path, path.name(), reply);
      }
    }
    return ApiResponse.status(Statuses.conflict(path, path.name()));
  }

  /** Selectors are evaluated here, not by the engine, which ignores set-based label requirements. */
  private static ApiResponse filterList(ApiResponse list, Map<String, String> query) {
    if (query.get("labelSelector") == null && query.get("fieldSelector") == null) {
      return list;
    }
    Selector selector = Selector.of(query.get("labelSelector"), query.get("fieldSelector"));
    JsonObject doc = Json.parseObject(list.body());
    JsonArray kept = new JsonArray();
    for (JsonElement item : doc.getAsJsonArray("items")) {
      if (selector.test(item.getAsJsonObject())) {
        kept.add(item);
      }
    }
    doc.add("items", kept);
    return ApiResponse.of(200, doc);
  }

  private static String urlOf(ApiPath path) {
    if (path.name() == null) {
      return path.collectionUrl();
    }
    return path.isStatus() ? path.objectUrl() + "/status" : path.objectUrl();
  }

  private static JsonObject parse(ApiPath path, String body) {
    try {
      return Json.parseObject(body);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The engine breaks on a namespace in a cluster-scoped body; kube-apiserver ignores it. */
  private static void fixNamespace(ApiPath path, JsonObject object) {
    if (!path.type().namespaced()) {
      Json.metadata(object).remove("namespace");
    }
  }

  private static ApiResponse badBody(ApiPath path) {
    return ApiResponse.status(Statuses.failure(400, "BadRequest", "the request body is not a JSON object", path,
        path.name()));
  }

  private static ApiResponse methodNotAllowed(ApiPath path) {
    return ApiResponse.status(Statuses.failure(405, "MethodNotAllowed",
        "the server does not allow this method on the requested resource", path, path.name()));
  }
}
