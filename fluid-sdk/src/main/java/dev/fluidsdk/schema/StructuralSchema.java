package dev.fluidsdk.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a {@link SchemaNode} as an {@code apiextensions.k8s.io/v1} structural schema: every node
 * states a type, int-or-string is {@code anyOf integer/string} with {@code
 * x-kubernetes-int-or-string}, any-value nodes keep unknown fields. Keys come in one fixed order so
 * the same models always give the same bytes.
 */
final class StructuralSchema {
  private StructuralSchema() {}

  /**
   * The schema tree of {@code node} at {@code path}. Enums are written only under {@code spec}: a
   * status value a newer Fluid controller writes must not be rejected by a CRD we installed.
   */
  static JsonObject toTree(SchemaNode node, String path) {
    JsonObject o = new JsonObject();
    String type = node.type().schemaType();
    if (type != null) {
      o.addProperty("type", type);
    }
    if (node.format() != null) {
      o.addProperty("format", node.format());
    }
    if (!node.enumValues().isEmpty() && (path.equals("spec") || path.startsWith("spec."))) {
      JsonArray values = new JsonArray();
      node.enumValues().forEach(values::add);
      o.add("enum", values);
    }
    if (node.type() == JsonType.INT_OR_STRING) {
      JsonArray anyOf = new JsonArray();
      anyOf.add(typeOnly("integer"));
      anyOf.add(typeOnly("string"));
      o.add("anyOf", anyOf);
      o.addProperty("x-kubernetes-int-or-string", true);
    }
    if (node.preserveUnknownFields()) {
      o.addProperty("x-kubernetes-preserve-unknown-fields", true);
    }
    if (node.items() != null) {
      o.add("items", toTree(node.items(), path + "[]"));
    }
    if (node.additionalProperties() != null) {
      o.add("additionalProperties", toTree(node.additionalProperties(), path + "{}"));
    }
    if (!node.properties().isEmpty()) {
      JsonObject props = new JsonObject();
      for (Map.Entry<String, SchemaNode> e : SchemaNode.sorted(node.properties()).entrySet()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        props.add(e.getKey(), toTree(e.getValue(), child));
      }
      o.add("properties", props);
    }
    if (!node.required().isEmpty()) {
      JsonArray required = new JsonArray();
      new TreeSet<>(node.required()).forEach(required::add);
      o.add("required", required);
    }
    return o;
  }

  private static JsonObject typeOnly(String type) {
    JsonObject o = new JsonObject();
    o.addProperty("type", type);
    return o;
  }
}
