package dev.fluidsdk.testing.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * A skeletal OpenAPI v3 discovery: the root index and, per group-version, one path per resource whose PATCH
 * operation carries {@code x-kubernetes-group-version-kind} and a {@code fieldValidation} query parameter. That is
 * what kubectl's query-parameter verifier looks for before it relies on server-side field validation instead of
 * downloading schemas. No schemas are served.
 */
public final class OpenApi {
  private static final List<String> PATCH_PARAMS = List.of("fieldValidation", "fieldManager", "force", "dryRun");

  private OpenApi() {}

  public static JsonObject document(String path) {
    Map<String, List<ResourceType>> byGv = ResourceTable.byGroupVersion();
    if (path.equals("/openapi/v3") || path.equals("/openapi/v3/")) {
      JsonObject paths = new JsonObject();
      byGv.forEach((gv, types) -> {
        String rel = types.get(0).group().isEmpty() ? "api/" + gv : "apis/" + gv;
        JsonObject entry = new JsonObject();
        entry.addProperty("serverRelativeURL", "/openapi/v3/" + rel + "?hash=0");
        paths.add(rel, entry);
      });
      JsonObject root = new JsonObject();
      root.add("paths", paths);
      return root;
    }
    for (Map.Entry<String, List<ResourceType>> e : byGv.entrySet()) {
      String rel = e.getValue().get(0).group().isEmpty() ? "api/" + e.getKey() : "apis/" + e.getKey();
      if (path.equals("/openapi/v3/" + rel)) {
        return groupVersion(e.getValue());
      }
    }
    return null;
  }

  private static JsonObject groupVersion(List<ResourceType> types) {
    JsonObject doc = new JsonObject();
    doc.addProperty("openapi", "3.0.0");
    JsonObject info = new JsonObject();
    info.addProperty("title", "Kubernetes");
    info.addProperty("version", "v1.32.0");
    doc.add("info", info);
    JsonObject paths = new JsonObject();
    for (ResourceType t : types) {
      String base = t.group().isEmpty() ? "/api/" + t.version() : "/apis/" + t.group() + "/" + t.version();
      String url = base + (t.namespaced() ? "/namespaces/{namespace}/" : "/") + t.plural() + "/{name}";
      JsonObject gvk = new JsonObject();
      gvk.addProperty("group", t.group());
      gvk.addProperty("version", t.version());
      gvk.addProperty("kind", t.kind());
      JsonArray params = new JsonArray();
      for (String p : PATCH_PARAMS) {
        JsonObject param = new JsonObject();
        param.addProperty("name", p);
        param.addProperty("in", "query");
        JsonObject schema = new JsonObject();
        schema.addProperty("type", p.equals("force") ? "boolean" : "string");
        param.add("schema", schema);
        params.add(param);
      }
      JsonObject responses = new JsonObject();
      JsonObject ok = new JsonObject();
      ok.addProperty("description", "OK");
      responses.add("200", ok);
      JsonObject patch = new JsonObject();
      patch.add("x-kubernetes-group-version-kind", gvk);
      patch.addProperty("x-kubernetes-action", "patch");
      patch.add("parameters", params);
      patch.add("responses", responses);
      JsonObject item = new JsonObject();
      item.add("patch", patch);
      paths.add(url, item);
    }
    doc.add("paths", paths);
    return doc;
  }
}
