package dev.fluidsdk.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One node of a structural JSON schema, as much of it as the walkers, the comparison and the CRD
 * generator use. Both walkers produce these, so a model and a CRD are compared on equal terms.
 *
 * @param type the JSON type
 * @param format {@code int32}, {@code int64}, {@code date-time}, ...; null when none
 * @param properties an object's properties by JSON name, in a stable order; empty otherwise
 * @param required the names of required properties
 * @param items an array's element schema; null otherwise
 * @param additionalProperties a map's value schema; null otherwise
 * @param enumValues the allowed values of a string; empty when any string is allowed
 * @param preserveUnknownFields whether the node keeps properties it does not declare
 */
public record SchemaNode(
    JsonType type,
    String format,
    Map<String, SchemaNode> properties,
    List<String> required,
    SchemaNode items,
    SchemaNode additionalProperties,
    List<String> enumValues,
    boolean preserveUnknownFields) {

  public SchemaNode {
    Objects.requireNonNull(type, "type");
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    required = List.copyOf(required);
    enumValues = List.copyOf(enumValues);
  }

  /** A leaf of the given type, optionally with a format. */
  public static SchemaNode leaf(JsonType type, String format) {
    return new SchemaNode(type, format, Map.of(), List.of(), null, null, List.of(), false);
  }

  /** An object with the given properties (kept in the order given). */
  public static SchemaNode object(Map<String, SchemaNode> properties) {
    return new SchemaNode(JsonType.OBJECT, null, properties, List.of(), null, null, List.of(), false);
  }

  /** An array of {@code items}. */
  public static SchemaNode array(SchemaNode items) {
    return new SchemaNode(
        JsonType.ARRAY, null, Map.of(), List.of(), Objects.requireNonNull(items, "items"), null,
        List.of(), false);
  }

  /** A map from string keys to {@code values}. */
  public static SchemaNode map(SchemaNode values) {
    return new SchemaNode(
        JsonType.OBJECT, null, Map.of(), List.of(), null, Objects.requireNonNull(values, "values"),
        List.of(), false);
  }

  /** Any JSON value, kept as it is. */
  public static SchemaNode any() {
    return new SchemaNode(JsonType.ANY, null, Map.of(), List.of(), null, null, List.of(), true);
  }

  public SchemaNode withRequired(List<String> names) {
    return new SchemaNode(
        type, format, properties, names, items, additionalProperties, enumValues,
        preserveUnknownFields);
  }

  public SchemaNode withEnumValues(List<String> values) {
    return new SchemaNode(
        type, format, properties, required, items, additionalProperties, values,
        preserveUnknownFields);
  }

  public SchemaNode withPreserveUnknownFields(boolean preserve) {
    return new SchemaNode(
        type, format, properties, required, items, additionalProperties, enumValues, preserve);
  }

  /**
   * Whether the schema says nothing about what is inside: any value, or an object with neither
   * properties nor additionalProperties (as CRDs describe {@code metadata}).
   */
  public boolean isOpaque() {
    return type == JsonType.ANY
        || (type == JsonType.OBJECT && properties.isEmpty() && additionalProperties == null);
  }

  /**
   * Every node below this one by property path: {@code spec.mounts} (the array), {@code
   * spec.mounts[]} (its element), {@code spec.mounts[].options{}} (a map's value). Sorted by path.
   */
  public Map<String, SchemaNode> nodes() {
    Map<String, SchemaNode> out = new TreeMap<>();
    collect("", this, out);
    return out;
  }

  /** The JSON type of every node below this one, by property path (see {@link #nodes()}). */
  public Map<String, JsonType> paths() {
    Map<String, JsonType> out = new TreeMap<>();
    nodes().forEach((path, node) -> out.put(path, node.type()));
    return out;
  }

  /** The node at a path as {@link #nodes()} names it; null when there is none. */
  public SchemaNode at(String path) {
    return path.isEmpty() ? this : nodes().get(path);
  }

  /** A copy with {@code change} applied to the node at {@code path} (which must exist). */
  public SchemaNode replaceAt(String path, UnaryOperator<SchemaNode> change) {
    if (path.isEmpty()) {
      return change.apply(this);
    }
    for (Map.Entry<String, SchemaNode> e : properties.entrySet()) {
      String name = e.getKey();
      if (path.equals(name) || startsWithChild(path, name)) {
        Map<String, SchemaNode> props = new LinkedHashMap<>(properties);
        props.put(name, e.getValue().replaceAt(path.substring(name.length()).replaceFirst("^\\.", ""), change));
        return new SchemaNode(
            type, format, props, required, items, additionalProperties, enumValues,
            preserveUnknownFields);
      }
    }
    if (items != null && path.startsWith("[]")) {
      return new SchemaNode(
          type, format, properties, required, items.replaceAt(strip(path), change),
          additionalProperties, enumValues, preserveUnknownFields);
    }
    if (additionalProperties != null && path.startsWith("{}")) {
      return new SchemaNode(
          type, format, properties, required, items,
          additionalProperties.replaceAt(strip(path), change), enumValues, preserveUnknownFields);
    }
    throw new SchemaException(path + ": no such node");
  }

  private static boolean startsWithChild(String path, String name) {
    if (!path.startsWith(name) || path.length() == name.length()) {
      return false;
    }
    char next = path.charAt(name.length());
    return next == '.' || next == '[' || next == '{';
  }

  private static String strip(String path) {
    String rest = path.substring(2);
    return rest.startsWith(".") ? rest.substring(1) : rest;
  }

  private static void collect(String prefix, SchemaNode node, Map<String, SchemaNode> out) {
    for (Map.Entry<String, SchemaNode> e : node.properties.entrySet()) {
      String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
      out.put(path, e.getValue());
      collect(path, e.getValue(), out);
    }
    if (node.items != null) {
      out.put(prefix + "[]", node.items);
      collect(prefix + "[]", node.items, out);
    }
    if (node.additionalProperties != null) {
      out.put(prefix + "{}", node.additionalProperties);
      collect(prefix + "{}", node.additionalProperties, out);
    }
  }

  /** Sorted copy of a property map, so output does not depend on reflection order. */
  static Map<String, SchemaNode> sorted(Map<String, SchemaNode> properties) {
    return new LinkedHashMap<>(new TreeMap<>(properties));
  }
}
