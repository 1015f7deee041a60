package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;
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

  public ApiResponse handle(String method, ApiPath path, String rawQuery, Map<String, String> query,
      String contentType, String body) {
    String name = path.name();
    switch (method) {
      case "GET": {
        String url = rawQuery == null || path.name() != null ? urlOf(path) : urlOf(path) + "?" + rawQuery;
        return EngineReplies.normalize(method, path, name, store.call("GET", url, null, null));
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
    return EngineReplies.normalize("PATCH", path, path.name(), store.call("PATCH", urlOf(path), engineType, body));
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
