package dev.fluidsdk.testing.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a manager owns, at leaf granularity: maps are descended into, anything else (scalars and whole lists)
 * is one leaf. Encoded in {@code managedFields[].fieldsV1} as nested {@code "f:<name>"} keys with {@code {}} at
 * the leaves (real kube-apiserver also writes {@code "."} and {@code "k:"} keys; this server does not).
 */
public final class FieldSet {
  private static final Set<String> IDENTITY_METADATA = Set.of("name", "namespace", "uid", "resourceVersion",
      "generation", "creationTimestamp", "managedFields", "deletionTimestamp", "selfLink");

  private FieldSet() {}

  /** Leaf paths of an applied object, without identity fields and, when asked, without {@code status}. */
  public static Set<List<String>> leaves(JsonObject applied, boolean includeStatus) {
    Set<List<String>> out = new LinkedHashSet<>();
    for (Map.Entry<String, JsonElement> e : applied.entrySet()) {
      String k = e.getKey();
      if (k.equals("apiVersion") || k.equals("kind") || (!includeStatus && k.equals("status"))) {
        continue;
      }
      if (k.equals("metadata") && e.getValue().isJsonObject()) {
        for (Map.Entry<String, JsonElement> m : e.getValue().getAsJsonObject().entrySet()) {
          if (!IDENTITY_METADATA.contains(m.getKey())) {
            collect(List.of("metadata", m.getKey()), m.getValue(), out);
          }
        }
        continue;
      }
      collect(List.of(k), e.getValue(), out);
    }
    return out;
  }

  private static void collect(List<String> prefix, JsonElement value, Set<List<String>> out) {
    if (value.isJsonObject() && !value.getAsJsonObject().isEmpty()) {
      for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) {
        List<String> p = new ArrayList<>(prefix);
        p.add(e.getKey());
        collect(List.copyOf(p), e.getValue(), out);
      }
    } else {
      out.add(prefix);
    }
  }

  public static JsonObject encode(Set<List<String>> paths) {
    JsonObject root = new JsonObject();
    for (List<String> p : paths) {
      JsonObject node = root;
      for (String seg : p) {
        node = Json.child(node, "f:" + seg);
      }
    }
    return root;
  }

  public static Set<List<String>> decode(JsonObject fieldsV1) {
    Set<List<String>> out = new LinkedHashSet<>();
    decode(List.of(), fieldsV1, out);
    return out;
  }

  private static void decode(List<String> prefix, JsonObject node, Set<List<String>> out) {
    boolean child = false;
    for (Map.Entry<String, JsonElement> e : node.entrySet()) {
      if (e.getKey().startsWith("f:") && e.getValue().isJsonObject()) {
        child = true;
        List<String> p = new ArrayList<>(prefix);
        p.add(e.getKey().substring(2));
        decode(List.copyOf(p), e.getValue().getAsJsonObject(), out);
      }
    }
    if (!child && !prefix.isEmpty()) {
      out.add(prefix);
    }
  }

  /** True when one path is a prefix of (or equal to) the other. */
  public static boolean overlaps(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    return a.subList(0, n).equals(b.subList(0, n));
  }

  public static JsonElement valueAt(JsonObject object, List<String> path) {
    JsonElement cur = object;
    for (String seg : path) {
      if (cur == null || !cur.isJsonObject()) {
        return null;
      }
      cur = cur.getAsJsonObject().get(seg);
    }
    return cur;
  }

  /** Removes the field at {@code path}, then any map left empty on the way up. */
  public static void remove(JsonObject object, List<String> path) {
    List<JsonObject> chain = new ArrayList<>();
    JsonElement cur = object;
    for (int i = 0; i < path.size() - 1; i++) {
      if (cur == null || !cur.isJsonObject()) {
        return;
      }
      chain.add(cur.getAsJsonObject());
      cur = cur.getAsJsonObject().get(path.get(i));
    }
    if (cur == null || !cur.isJsonObject()) {
      return;
    }
    cur.getAsJsonObject().remove(path.get(path.size() - 1));
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonElement childEl = chain.get(i).get(path.get(i));
      if (childEl != null && childEl.isJsonObject() && childEl.getAsJsonObject().isEmpty() && i > 0) {
        chain.get(i).remove(path.get(i));
      }
    }
  }

  /** Kube's display form of a path: {@code .spec.mounts}. */
  public static String display(List<String> path) {
    return "." + String.join(".", path);
  }
}
