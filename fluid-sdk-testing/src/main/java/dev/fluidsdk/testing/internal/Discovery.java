package dev.fluidsdk.testing.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/** Legacy (non-aggregated) discovery documents, enough for kubectl's RESTMapper. */
public final class Discovery {
  private static final List<String> VERBS =
      List.of("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch");

  private Discovery() {}

  /** The document for {@code path}, or null when the path is not a discovery path. */
  public static JsonObject document(String path, String serverAddress) {
    String p = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
    Map<String, List<ResourceType>> byGv = ResourceTable.byGroupVersion();
    if (p.equals("/version")) {
      JsonObject v = new JsonObject();
      v.addProperty("major", "1");
      v.addProperty("minor", "32");
      v.addProperty("gitVersion", "v1.32.0-fluid-test");
      v.addProperty("gitCommit", "0000000000000000000000000000000000000000");
      v.addProperty("gitTreeState", "clean");
      v.addProperty("buildDate", "2026-01-01T00:00:00Z");
      v.addProperty("goVersion", "go1.23");
      v.addProperty("compiler", "gc");
      v.addProperty("platform", "linux/amd64");
      return v;
    }
    if (p.equals("/api")) {
      JsonObject api = new JsonObject();
      api.addProperty("kind", "APIVersions");
      JsonArray versions = new JsonArray();
      versions.add("v1");
      api.add("versions", versions);
      JsonArray addrs = new JsonArray();
      JsonObject addr = new JsonObject();
      addr.addProperty("clientCIDR", "0.0.0.0/0");
      addr.addProperty("serverAddress", serverAddress);
      addrs.add(addr);
      api.add("serverAddressByClientCIDRs", addrs);
      return api;
    }
    if (p.equals("/apis")) {
      JsonObject list = new JsonObject();
      list.addProperty("kind", "APIGroupList");
      list.addProperty("apiVersion", "v1");
      JsonArray groups = new JsonArray();
      byGv.forEach((gv, types) -> {
        if (!types.get(0).group().isEmpty()) {
          groups.add(group(types.get(0)));
        }
      });
      list.add("groups", groups);
      return list;
    }
    for (Map.Entry<String, List<ResourceType>> e : byGv.entrySet()) {
      ResourceType first = e.getValue().get(0);
      String gvPath = first.group().isEmpty() ? "/api/" + e.getKey() : "/apis/" + e.getKey();
      if (p.equals(gvPath)) {
        return resourceList(e.getKey(), e.getValue());
      }
      if (!first.group().isEmpty() && p.equals("/apis/" + first.group())) {
        JsonObject g = group(first);
        g.addProperty("kind", "APIGroup");
        g.addProperty("apiVersion", "v1");
        return g;
      }
    }
    return null;
  }

  private static JsonObject group(ResourceType t) {
    JsonObject g = new JsonObject();
    g.addProperty("name", t.group());
    JsonObject gv = new JsonObject();
    gv.addProperty("groupVersion", t.groupVersion());
    gv.addProperty("version", t.version());
    JsonArray versions = new JsonArray();
    versions.add(gv);
    g.add("versions", versions);
    g.add("preferredVersion", gv.deepCopy());
    return g;
  }

  private static JsonObject resourceList(String groupVersion, List<ResourceType> types) {
    JsonObject list = new JsonObject();
    list.addProperty("kind", "APIResourceList");
    list.addProperty("apiVersion", "v1");
    list.addProperty("groupVersion", groupVersion);
    JsonArray resources = new JsonArray();
    for (ResourceType t : types) {
      JsonObject r = new JsonObject();
      r.addProperty("name", t.plural());
      r.addProperty("singularName", t.singular());
      r.addProperty("namespaced", t.namespaced());
      r.addProperty("kind", t.kind());
      JsonArray verbs = new JsonArray();
      VERBS.forEach(verbs::add);
      r.add("verbs", verbs);
      if (!t.shortNames().isEmpty()) {
        JsonArray shorts = new JsonArray();
        t.shortNames().forEach(shorts::add);
        r.add("shortNames", shorts);
      }
      if (t.group().equals(ResourceTable.FLUID_GROUP)) {
        JsonArray categories = new JsonArray();
        categories.add("fluid");
        categories.add("all");
        r.add("categories", categories);
      }
      resources.add(r);
      if (t.statusSubresource()) {
        JsonObject s = new JsonObject();
        s.addProperty("name", t.plural() + "/status");
        s.addProperty("singularName", "");
        s.addProperty("namespaced", t.namespaced());
        s.addProperty("kind", t.kind());
        JsonArray sv = new JsonArray();
        List.of("get", "patch", "update").forEach(sv::add);
        s.add("verbs", sv);
        resources.add(s);
      }
    }
    list.add("resources", resources);
    return list;
  }
}
