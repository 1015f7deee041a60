package dev.fluidsdk.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the {@code openAPIV3Schema} of one version of a CustomResourceDefinition (YAML, SnakeYAML's
 * safe loader) into {@link SchemaNode}s: {@code properties}, {@code items}, {@code
 * additionalProperties}, {@code x-kubernetes-int-or-string}, {@code
 * x-kubernetes-preserve-unknown-fields}, {@code type}, {@code format}, {@code enum} and {@code
 * required}. Everything else (descriptions, patterns, defaults, list types) is ignored.
 */
public final class CrdSchemaWalker {
  private CrdSchemaWalker() {}

  /**
   * What one CRD says about its kind.
   *
   * @param group the API group
   * @param kind the kind, e.g. {@code Dataset}
   * @param plural the plural resource name
   * @param scope {@code Namespaced} or {@code Cluster}
   * @param schema the version's {@code openAPIV3Schema}
   */
  public record Crd(String group, String kind, String plural, String scope, SchemaNode schema) {}

  /** Reads the CRD in {@code file} and the schema of {@code version}. */
  public static Crd read(Path file, String version) {
    try {
      return read(Files.readString(file, StandardCharsets.UTF_8), version);
    } catch (IOException e) {
      throw new SchemaException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Reads the (first) CustomResourceDefinition in a YAML stream and the schema of {@code version}. */
  public static Crd read(String yaml, String version) {
    Map<String, Object> crd = null;
    try {
      for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
        Map<String, Object> m = asMap(doc, "");
        if (m != null && "CustomResourceDefinition".equals(m.get("kind"))) {
          crd = m;
          break;
        }
      }
    } catch (YAMLException e) {
      throw new SchemaException("not valid YAML: " + e.getMessage(), e);
    }
    if (crd == null) {
      throw new SchemaException("no CustomResourceDefinition in the YAML");
    }
    Map<String, Object> spec = required(crd, "spec", "");
    Map<String, Object> names = required(spec, "names", "spec");
    Map<String, Object> schema = null;
    for (Object v : list(spec.get("versions"), "spec.versions")) {
      Map<String, Object> ver = asMap(v, "spec.versions[]");
      if (ver != null && version.equals(ver.get("name"))) {
        schema = required(required(ver, "schema", "spec.versions[]"), "openAPIV3Schema", "schema");
      }
    }
    if (schema == null) {
      throw new SchemaException("spec.versions: no version " + version);
    }
    return new Crd(
        (String) spec.get("group"),
        (String) names.get("kind"),
        (String) names.get("plural"),
        (String) spec.get("scope"),
        schema(schema, ""));
  }

  /** Reads one schema node given as plain YAML values (maps, lists, strings). */
  public static SchemaNode schema(Map<String, Object> node, String path) {
    boolean preserve = Boolean.TRUE.equals(node.get("x-kubernetes-preserve-unknown-fields"));
    JsonType type;
    if (Boolean.TRUE.equals(node.get("x-kubernetes-int-or-string"))) {
      type = JsonType.INT_OR_STRING;
    } else if (node.get("type") instanceof String t) {
      type = JsonType.ofSchemaType(t, path);
    } else if (preserve || node.isEmpty()) {
      type = JsonType.ANY;
    } else {
      throw new SchemaException(path + ": schema node without type");
    }
    Map<String, SchemaNode> props = new LinkedHashMap<>();
    Map<String, Object> properties = asMap(node.get("properties"), path);
    if (properties != null) {
      for (Map.Entry<String, Object> e : properties.entrySet()) {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        props.put(e.getKey(), schema(requireMap(e.getValue(), child), child));
      }
    }
    SchemaNode items = null;
    if (node.get("items") != null) {
      items = schema(requireMap(node.get("items"), path + "[]"), path + "[]");
    }
    SchemaNode additional = null;
    Object ap = node.get("additionalProperties");
    if (Boolean.TRUE.equals(ap)) {
      additional = SchemaNode.any();
    } else if (ap != null && !Boolean.FALSE.equals(ap)) {
      additional = schema(requireMap(ap, path + "{}"), path + "{}");
    }
    List<String> required = new ArrayList<>();
    for (Object r : list(node.get("required"), path + ".required")) {
      required.add(String.valueOf(r));
    }
    List<String> enums = new ArrayList<>();
    for (Object v : list(node.get("enum"), path + ".enum")) {
      enums.add(String.valueOf(v));
    }
    Object format = node.get("format");
    return new SchemaNode(
        type, format == null ? null : String.valueOf(format), props, required, items, additional,
        enums, preserve);
  }

  private static Map<String, Object> required(Map<String, Object> m, String key, String path) {
    Map<String, Object> v = asMap(m.get(key), path + "." + key);
    if (v == null) {
      throw new SchemaException((path.isEmpty() ? "" : path + ".") + key + ": missing");
    }
    return v;
  }

  private static Map<String, Object> requireMap(Object o, String path) {
    Map<String, Object> m = asMap(o, path);
    if (m == null) {
      throw new SchemaException(path + ": expected a schema object");
    }
    return m;
  }

  private static Map<String, Object> asMap(Object o, String path) {
    if (o == null) {
      return null;
    }
    if (!(o instanceof Map<?, ?> raw)) {
      throw new SchemaException(path + ": expected a mapping, got " + o.getClass().getSimpleName());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static List<?> list(Object o, String path) {
    if (o == null) {
      return List.of();
    }
    if (!(o instanceof List<?> l)) {
      throw new SchemaException(path + ": expected a list");
    }
    return l;
  }
}
