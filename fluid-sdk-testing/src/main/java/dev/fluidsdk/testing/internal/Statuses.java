package dev.fluidsdk.testing.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/** Builds {@code meta/v1 Status} failure bodies the way kube-apiserver words them. */
public final class Statuses {
  private Statuses() {}

  public static JsonObject failure(int code, String reason, String message, ApiPath path, String name) {
    JsonObject s = new JsonObject();
    s.addProperty("kind", "Status");
    s.addProperty("apiVersion", "v1");
    s.add("metadata", new JsonObject());
    s.addProperty("status", "Failure");
    s.addProperty("message", message);
    s.addProperty("reason", reason);
    if (path != null) {
      JsonObject details = new JsonObject();
      if (name != null) {
        details.addProperty("name", name);
      }
      details.addProperty("group", path.type().group());
      details.addProperty("kind", path.type().plural());
      s.add("details", details);
    }
    s.addProperty("code", code);
    return s;
  }

  public static JsonObject notFound(ApiPath path, String name) {
    return failure(404, "NotFound", path.type().qualified() + " \"" + name + "\" not found", path, name);
  }

  public static JsonObject alreadyExists(ApiPath path, String name) {
    return failure(409, "AlreadyExists", path.type().qualified() + " \"" + name + "\" already exists", path, name);
  }

  public static JsonObject conflict(ApiPath path, String name) {
    return failure(409, "Conflict", "Operation cannot be fulfilled on " + path.type().qualified() + " \"" + name
        + "\": the object has been modified; please apply your changes to the latest version and try again",
        path, name);
  }

  /** Server-side apply conflict, one cause per contested field, as kube-apiserver reports it. */
  public static JsonObject applyConflict(ApiPath path, String name, List<String[]> managerAndField) {
    StringBuilder msg = new StringBuilder("Apply failed with ").append(managerAndField.size())
        .append(managerAndField.size() == 1 ? " conflict: " : " conflicts: ");
    JsonArray causes = new JsonArray();
    for (int i = 0; i < managerAndField.size(); i++) {
      String[] mf = managerAndField.get(i);
      msg.append(i == 0 ? "" : "\n").append("conflict with \"").append(mf[0]).append("\": ").append(mf[1]);
      JsonObject c = new JsonObject();
      c.addProperty("reason", "FieldManagerConflict");
      c.addProperty("message", "conflict with \"" + mf[0] + "\"");
      c.addProperty("field", mf[1]);
      causes.add(c);
    }
    JsonObject s = failure(409, "Conflict", msg.toString(), path, name);
    s.getAsJsonObject("details").add("causes", causes);
    return s;
  }

  public static String reasonFor(int code) {
    switch (code) {
      case 400: return "BadRequest";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "NotFound";
      case 405: return "MethodNotAllowed";
      case 409: return "Conflict";
      case 410: return "Expired";
      case 415: return "UnsupportedMediaType";
      case 422: return "Invalid";
      case 429: return "TooManyRequests";
      case 503: return "ServiceUnavailable";
      case 504: return "Timeout";
      default: return "InternalError";
    }
  }
}
