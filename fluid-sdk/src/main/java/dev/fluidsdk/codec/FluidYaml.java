package dev.fluidsdk.codec;

import com.google.gson.JsonElement;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.common.KubernetesType;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML in and out for Fluid objects, single or multi-document. YAML is read with SnakeYAML's safe
 * constructor into plain values, turned into a gson tree and read by the models' own adapters (never
 * SnakeYAML's JavaBean path, which would bypass them). Times stay strings, as in Kubernetes.
 */
public final class FluidYaml {
  private FluidYaml() {}

  /** Writes one object as YAML (block style, keys in the model's order). */
  public static String toYaml(Object value) {
    return dumper().dump(YamlTrees.fromTree(FluidJson.toTree(value)));
  }

  /** Writes several objects as one multi-document YAML stream, separated by {@code ---}. */
  public static String toYaml(List<?> values) {
    StringBuilder sb = new StringBuilder();
    for (Object v : values) {
      sb.append("---\n").append(toYaml(v));
    }
    return sb.toString();
  }

  /** Reads a single-document YAML as the given type. */
  public static <T> T fromYaml(String yaml, Class<T> type) {
    List<JsonElement> docs = trees(yaml);
    if (docs.size() != 1) {
      throw new FluidCodecException(
          "expected one YAML document, found " + docs.size(), null, null);
    }
    return FluidJson.fromTree(docs.get(0), type);
  }

  /**
   * Reads every document of a YAML stream: Fluid's kinds as typed models, other kinds as {@code
   * DynamicKubernetesObject}; empty documents are skipped, lists ({@code v1/List}, {@code
   * DatasetList}, ...) are expanded into their items.
   */
  public static List<KubernetesObject> readAll(String yaml) {
    List<KubernetesObject> out = new ArrayList<>();
    List<JsonElement> docs = trees(yaml);
    for (int i = 0; i < docs.size(); i++) {
      try {
        JsonElement doc = docs.get(i);
        if (isList(doc)) {
          for (JsonElement item : doc.getAsJsonObject().getAsJsonArray("items")) {
            add(out, FluidJson.read(item));
          }
        } else {
          add(out, FluidJson.read(doc));
        }
      } catch (FluidCodecException e) {
        throw new FluidCodecException(
            "document " + (i + 1) + ": " + e.getMessage(), e.path(), e);
      }
    }
    return out;
  }

  /** Parses a YAML stream into one JSON tree per non-empty document. */
  public static List<JsonElement> trees(String yaml) {
    List<JsonElement> out = new ArrayList<>();
    try {
      for (Object doc : yaml().loadAll(yaml)) {
        if (doc != null) {
          out.add(YamlTrees.toTree(doc, ""));
        }
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark();
      String where =
          mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
      throw new FluidCodecException("not valid YAML: " + where + e.getProblem(), null, e);
    } catch (YAMLException e) {
      throw new FluidCodecException("not valid YAML: " + e.getMessage(), null, e);
    }
    return out;
  }

  private static void add(List<KubernetesObject> out, KubernetesType read) {
    if (read instanceof KubernetesObject o) {
      out.add(o);
    } else if (read instanceof KubernetesListObject l) {
      out.addAll(l.getItems());
    }
  }

  private static boolean isList(JsonElement doc) {
    return doc.isJsonObject()
        && doc.getAsJsonObject().has("items")
        && doc.getAsJsonObject().get("items").isJsonArray()
        && doc.getAsJsonObject().has("kind")
        && "List".equals(doc.getAsJsonObject().get("kind").getAsString());
  }

  // A Yaml instance is not thread-safe: one per call is cheap enough for configuration files.
  private static Yaml yaml() {
    LoaderOptions loader = new LoaderOptions();
    loader.setAllowDuplicateKeys(false);
    loader.setMaxAliasesForCollections(50);
    DumperOptions dumper = dumperOptions();
    return new Yaml(
        new SafeConstructor(loader), new Representer(dumper), dumper, loader, new NoTimestamps());
  }

  // Writing uses the full YAML 1.1 resolver, so that a string another reader would take for a
  // timestamp (creationTimestamp) is quoted.
  private static Yaml dumper() {
    DumperOptions dumper = dumperOptions();
    return new Yaml(new Representer(dumper), dumper);
  }

  private static DumperOptions dumperOptions() {
    DumperOptions dumper = new DumperOptions();
    dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    dumper.setIndent(2);
    dumper.setSplitLines(false);
    dumper.setWidth(Integer.MAX_VALUE);
    return dumper;
  }

  /** Kubernetes reads timestamps as strings; SnakeYAML's YAML 1.1 resolver would make Dates. */
  private static final class NoTimestamps extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }
}
