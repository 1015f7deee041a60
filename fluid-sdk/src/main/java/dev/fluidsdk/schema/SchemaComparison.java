package dev.fluidsdk.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CRD's schema against a model's, by property path (see {@link SchemaNode#nodes()}): which
 * schema properties the model types with the same JSON type, which it lacks or names differently
 * (missing), which it types differently (mismatched), and which the model has that the schema does
 * not (extra). A model property under a node the schema leaves opaque ({@code metadata}, or
 * preserve-unknown-fields) is neither extra nor typed: the schema does not describe it. Where both
 * sides have an object, differences in its {@code required} list are reported as well.
 */
public final class SchemaComparison {
  /**
   * A property both sides have, with different JSON types.
   *
   * @param path the property path
   * @param schema the type the schema states
   * @param model the type the model writes
   */
  public record Mismatch(String path, JsonType schema, JsonType model) {
    @Override
    public String toString() {
      return path + ": schema " + schema.label() + ", model " + model.label();
    }
  }

  private final String kind;
  private final int schemaProperties;
  private final List<String> missing;
  private final List<String> extra;
  private final List<Mismatch> mismatched;
  private final List<String> requiredOnlyByModel;
  private final List<String> requiredOnlyBySchema;
  private final List<String> enumDifferences;

  private SchemaComparison(
      String kind, int schemaProperties, List<String> missing, List<String> extra,
      List<Mismatch> mismatched, List<String> requiredOnlyByModel,
      List<String> requiredOnlyBySchema, List<String> enumDifferences) {
    this.kind = kind;
    this.schemaProperties = schemaProperties;
    this.missing = List.copyOf(missing);
    this.extra = List.copyOf(extra);
    this.mismatched = List.copyOf(mismatched);
    this.requiredOnlyByModel = List.copyOf(requiredOnlyByModel);
    this.requiredOnlyBySchema = List.copyOf(requiredOnlyBySchema);
    this.enumDifferences = List.copyOf(enumDifferences);
  }

  /** Compares {@code model} (from {@link ModelSchemaWalker}) with {@code schema} (from a CRD). */
  public static SchemaComparison compare(String kind, SchemaNode schema, SchemaNode model) {
    Map<String, SchemaNode> s = schema.nodes();
    Map<String, SchemaNode> m = model.nodes();
    List<String> missing = new ArrayList<>();
    List<Mismatch> mismatched = new ArrayList<>();
    for (Map.Entry<String, SchemaNode> e : s.entrySet()) {
      SchemaNode mine = m.get(e.getKey());
      JsonType theirs = e.getValue().type();
      if (mine == null) {
        missing.add(e.getKey());
      } else if (theirs != JsonType.ANY && mine.type() != theirs) {
        mismatched.add(new Mismatch(e.getKey(), theirs, mine.type()));
      }
    }
    List<String> extra = new ArrayList<>();
    for (String path : m.keySet()) {
      if (!s.containsKey(path) && !underOpaque(path, s)) {
        extra.add(path);
      }
    }
    List<String> enums = new ArrayList<>();
    for (Map.Entry<String, SchemaNode> e : s.entrySet()) {
      SchemaNode mine = m.get(e.getKey());
      if (mine != null
          && !new HashSet<>(mine.enumValues())
              .equals(new HashSet<>(e.getValue().enumValues()))) {
        enums.add(e.getKey() + ": schema " + e.getValue().enumValues() + ", model "
            + mine.enumValues());
      }
    }
    List<String> onlyModel = new ArrayList<>();
    List<String> onlySchema = new ArrayList<>();
    requiredDifferences("", schema, model, onlyModel, onlySchema);
    for (Map.Entry<String, SchemaNode> e : s.entrySet()) {
      SchemaNode mine = m.get(e.getKey());
      if (mine != null) {
        requiredDifferences(e.getKey(), e.getValue(), mine, onlyModel, onlySchema);
      }
    }
    onlyModel.sort(null);
    onlySchema.sort(null);
    return new SchemaComparison(
        kind, s.size(), missing, extra, mismatched, onlyModel, onlySchema, enums);
  }

  private static void requiredDifferences(
      String path, SchemaNode schema, SchemaNode model, List<String> onlyModel,
      List<String> onlySchema) {
    String prefix = path.isEmpty() ? "" : path + ".";
    for (String r : model.required()) {
      if (!schema.required().contains(r)) {
        onlyModel.add(prefix + r);
      }
    }
    for (String r : schema.required()) {
      if (!model.required().contains(r)) {
        onlySchema.add(prefix + r);
      }
    }
  }

  private static boolean underOpaque(String path, Map<String, SchemaNode> schema) {
    for (String p = parent(path); !p.isEmpty(); p = parent(p)) {
      SchemaNode n = schema.get(p);
      if (n != null) {
        return n.isOpaque() || n.preserveUnknownFields();
      }
    }
    return false;
  }

  /** The path of the node that holds {@code path}; {@code ""} for a top-level property. */
  static String parent(String path) {
    if (path.endsWith("[]") || path.endsWith("{}")) {
      return path.substring(0, path.length() - 2);
    }
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  public String kind() {
    return kind;
  }

  /** How many nodes the schema has (properties, array items and map values). */
  public int schemaProperties() {
    return schemaProperties;
  }

  /** Schema properties the model has with the same JSON type. */
  public int typed() {
    return schemaProperties - missing.size() - mismatched.size();
  }

  /** Schema properties the model lacks or names differently, sorted. */
  public List<String> missing() {
    return missing;
  }

  /** Model properties the schema lacks (outside opaque schema nodes), sorted. */
  public List<String> extra() {
    return extra;
  }

  /** Properties both have with different JSON types. */
  public List<Mismatch> mismatched() {
    return mismatched;
  }

  /**
   * Properties the model's side requires and the schema does not: there the model's side is
   * stricter and rejects objects the schema accepts.
   */
  public List<String> requiredOnlyByModel() {
    return requiredOnlyByModel;
  }

  /** Properties the schema requires and the model's side does not. */
  public List<String> requiredOnlyBySchema() {
    return requiredOnlyBySchema;
  }

  /**
   * Properties whose allowed values differ, order ignored; {@code []} stands for any value. A model
   * enum where the schema has none is stricter than the schema.
   */
  public List<String> enumDifferences() {
    return enumDifferences;
  }

  /** The share of schema properties typed, 0 to 100; 100 for an empty schema. */
  public double percentTyped() {
    return schemaProperties == 0 ? 100.0 : 100.0 * typed() / schemaProperties;
  }

  /** Whether every schema property is typed with its JSON type. */
  public boolean fullyTyped() {
    return missing.isEmpty() && mismatched.isEmpty();
  }

  /** The figures on one line, then the outermost missing and extra paths and every mismatch. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "%s: %d properties in schema, %d typed (%.1f %%), %d missing, %d extra, %d mismatched%n",
        kind, schemaProperties, typed(), percentTyped(), missing.size(), extra.size(),
        mismatched.size()));
    appendOutermost(sb, "missing", missing);
    appendOutermost(sb, "extra", extra);
    for (Mismatch mm : mismatched) {
      sb.append("  mismatched: ").append(mm).append(System.lineSeparator());
    }
    for (String r : requiredOnlyByModel) {
      sb.append("  required only by model: ").append(r).append(System.lineSeparator());
    }
    for (String r : requiredOnlyBySchema) {
      sb.append("  required only by schema: ").append(r).append(System.lineSeparator());
    }
    for (String d : enumDifferences) {
      sb.append("  enum differs: ").append(d).append(System.lineSeparator());
    }
    return sb.toString();
  }

  private static void appendOutermost(StringBuilder sb, String label, List<String> paths) {
    for (String p : paths) {
      if (hasAncestorIn(p, paths)) {
        continue;
      }
      long below = paths.stream().filter(q -> !q.equals(p) && isBelow(q, p)).count();
      sb.append("  ").append(label).append(": ").append(p);
      if (below > 0) {
        sb.append(" (+").append(below).append(" below)");
      }
      sb.append(System.lineSeparator());
    }
  }

  private static boolean hasAncestorIn(String path, List<String> paths) {
    for (String p = parent(path); !p.isEmpty(); p = parent(p)) {
      if (paths.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBelow(String path, String ancestor) {
    for (String p = parent(path); !p.isEmpty(); p = parent(p)) {
      if (p.equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return report();
  }
}
