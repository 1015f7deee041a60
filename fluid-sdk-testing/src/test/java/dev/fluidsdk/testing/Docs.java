package dev.fluidsdk.testing;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.generic.GenericKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesApi;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesListObject;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;

/** Test documents and client handles. */
final class Docs {
  private Docs() {}

  static GenericKubernetesApi<DynamicKubernetesObject, DynamicKubernetesListObject> api(ApiClient client,
      String group, String version, String plural) {
    // DynamicKubernetesApi is the GenericKubernetesApi that also registers gson adapters for the dynamic types.
    return new DynamicKubernetesApi(group, version, plural, client);
  }

  static GenericKubernetesApi<DynamicKubernetesObject, DynamicKubernetesListObject> fluid(ApiClient client,
      String plural) {
    return api(client, "data.fluid.io", "v1alpha1", plural);
  }

  static DynamicKubernetesObject obj(String json) {
    return new DynamicKubernetesObject(JsonParser.parseString(json).getAsJsonObject());
  }

  static DynamicKubernetesObject dataset(String ns, String name, String labelsJson) {
    return obj("{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"Dataset\",\"metadata\":{\"name\":\"" + name
        + "\",\"namespace\":\"" + ns + "\",\"labels\":" + labelsJson + "},\"spec\":{\"mounts\":[{\"name\":\"" + name
        + "\",\"mountPoint\":\"3fs://cluster/data\"}]}}");
  }

  static DynamicKubernetesObject thinRuntime(String ns, String name, String profile) {
    return obj("{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"ThinRuntime\",\"metadata\":{\"name\":\"" + name
        + "\",\"namespace\":\"" + ns + "\"},\"spec\":{\"profileName\":\"" + profile + "\"}}");
  }

  static DynamicKubernetesObject profile(String name) {
    return obj("{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"ThinRuntimeProfile\",\"metadata\":{\"name\":\""
        + name + "\"},\"spec\":{\"fileSystemType\":\"3fs\",\"fuse\":{\"image\":\"fuse\",\"imageTag\":\"1\"}}}");
  }

  static DynamicKubernetesObject secret(String ns, String name) {
    return obj("{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"metadata\":{\"name\":\"" + name + "\",\"namespace\":\""
        + ns + "\"},\"stringData\":{\"token\":\"t0ken\"},\"type\":\"Opaque\"}");
  }

  static JsonObject raw(DynamicKubernetesObject o) {
    return o.getRaw();
  }

  static String str(DynamicKubernetesObject o, String... path) {
    JsonObject cur = o.getRaw();
    for (int i = 0; i < path.length - 1; i++) {
      if (cur == null || !cur.has(path[i])) {
        return null;
      }
      cur = cur.getAsJsonObject(path[i]);
    }
    return cur == null || !cur.has(path[path.length - 1]) ? null : cur.get(path[path.length - 1]).getAsString();
  }
}
