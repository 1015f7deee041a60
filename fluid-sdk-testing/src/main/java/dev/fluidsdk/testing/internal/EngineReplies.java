package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;
import java.util.Map;

/** Turns the CRUD engine's answers into what kube-apiserver would send (codes, Status reasons, list kinds). */
public final class EngineReplies {
  private EngineReplies() {}

  public static ApiResponse normalize(String method, ApiPath path, String name, Store.Reply reply) {
    int code = reply.code();
    if (code >= 200 && code < 300) {
      if (path.name() == null && method.equals("GET")) {
        return ApiResponse.of(200, relabelList(path, Json.parseObject(reply.body())));
      }
      return new ApiResponse(code == 202 ? 200 : code, reply.body(), Map.of());
    }
    String who = name != null ? name : path.name();
    if (code == 404) {
      return ApiResponse.status(Statuses.notFound(path, who));
    }
    if (code == 409) {
      return ApiResponse.status(method.equals("POST") ? Statuses.alreadyExists(path, who)
          : Statuses.conflict(path, who));
    }
    String message = reply.body();
    try {
      String m = Json.str(Json.parseObject(reply.body()), "message");
      message = m != null ? m : message;
    } catch (RuntimeException notJson) {
      // keep the raw body as the message
    }
    return ApiResponse.status(Statuses.failure(code, Statuses.reasonFor(code), message, path, who));
  }

  private static JsonObject relabelList(ApiPath path, JsonObject list) {
    list.addProperty("kind", path.type().kind() + "List");
    list.addProperty("apiVersion", path.type().groupVersion());
    Json.metadata(list).remove("selfLink");
    return list;
  }
}
