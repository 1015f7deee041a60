package dev.fluidsdk.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.FluidKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates installable {@code apiextensions.k8s.io/v1} CustomResourceDefinitions for every kind in
 * {@link FluidKind#all()} from the models themselves: the schema from {@link ModelSchemaWalker},
 * required properties from the kinds' validators ({@link RequiredFields}), names and printer
 * columns as Fluid has them. The committed files under {@code crds/} are its output.
 *
 * <p>No {@code x-kubernetes-preserve-unknown-fields} on Fluid objects: our models keep unknown
 * properties so that objects from a <em>newer</em> Fluid survive a client's round trip, but a CRD
 * we install describes exactly this version, and the API server should prune what it does not
 * declare (a typo in a manifest is dropped, not stored). It appears only where a model field holds
 * arbitrary JSON.
 */
public final class CrdGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(CrdGenerator.class);

  /** The command that regenerates {@code crds/} from the project root. */
  public static final String REGENERATE_COMMAND =
      "mvn -B -ntp -pl fluid-sdk process-classes -Dcrds.generate=true";

  private static final String HEADER =
      "# Generated from the fluid-sdk models by dev.fluidsdk.schema.CrdGenerator. Do not edit.\n"
          + "# Regenerate from the project root: " + REGENERATE_COMMAND + "\n";

  private CrdGenerator() {}

  /** Every kind's CRD as YAML, by file name ({@code data.fluid.io_datasets.yaml}), sorted. */
  public static Map<String, String> generate() {
    Map<String, String> out = new TreeMap<>();
    for (FluidKind<?, ?> kind : FluidKind.all()) {
      out.put(fileName(kind), yaml(kind));
    }
    return out;
  }

  /** The file name for a kind's CRD: {@code <group>_<plural>.yaml}. */
  public static String fileName(FluidKind<?, ?> kind) {
    return kind.group() + "_" + kind.plural() + ".yaml";
  }

  /** One kind's CRD as YAML (block style, keys in a fixed order). */
  public static String yaml(FluidKind<?, ?> kind) {
    return HEADER + FluidYaml.toYaml(crd(kind));
  }

  /** The schema the CRD of {@code kind} declares: the model's, with the validators' required. */
  public static SchemaNode schema(FluidKind<?, ?> kind) {
    SchemaNode schema = ModelSchemaWalker.walk(kind.type());
    for (String path : RequiredFields.of(kind.type())) {
      String parent = SchemaComparison.parent(path);
      String name = path.substring(parent.isEmpty() ? 0 : parent.length() + 1);
      SchemaNode holder = schema.at(parent);
      if (holder == null || !holder.properties().containsKey(name)) {
        LOG.debug("{}: validator requires {}, which the schema does not have", kind, path);
        continue;
      }
      List<String> required = new ArrayList<>(holder.required());
      if (!required.contains(name)) {
        required.add(name);
      }
      schema = schema.replaceAt(parent, n -> n.withRequired(required));
    }
    return schema;
  }

  /** One kind's CRD as a JSON tree. */
  public static JsonObject crd(FluidKind<?, ?> kind) {
    SchemaNode schema = schema(kind);
    CrdNames facts = CrdNames.of(kind.kind());

    JsonObject crd = new JsonObject();
    crd.addProperty("apiVersion", "apiextensions.k8s.io/v1");
    crd.addProperty("kind", "CustomResourceDefinition");
    JsonObject metadata = new JsonObject();
    metadata.addProperty("name", kind.plural() + "." + kind.group());
    crd.add("metadata", metadata);

    JsonObject spec = new JsonObject();
    spec.addProperty("group", kind.group());
    JsonObject names = new JsonObject();
    names.addProperty("kind", kind.kind());
    names.addProperty("listKind", kind.kind() + "List");
    names.addProperty("plural", kind.plural());
    names.addProperty("singular", kind.kind().toLowerCase(Locale.ROOT));
    addStrings(names, "shortNames", facts.shortNames());
    addStrings(names, "categories", facts.categories());
    spec.add("names", names);
    spec.addProperty("scope", kind.namespaced() ? "Namespaced" : "Cluster");

    JsonObject version = new JsonObject();
    version.addProperty("name", kind.version());
    version.addProperty("served", true);
    version.addProperty("storage", true);
    JsonObject subresources = new JsonObject();
    subresources.add("status", new JsonObject());
    version.add("subresources", subresources);
    JsonArray columns = columns(kind, facts, schema);
    if (!columns.isEmpty()) {
      version.add("additionalPrinterColumns", columns);
    }
    JsonObject schemaHolder = new JsonObject();
    schemaHolder.add("openAPIV3Schema", StructuralSchema.toTree(schema, ""));
    version.add("schema", schemaHolder);
    JsonArray versions = new JsonArray();
    versions.add(version);
    spec.add("versions", versions);
    crd.add("spec", spec);
    return crd;
  }

  // A column on a property our schema does not declare would always be empty: leave it out.
  private static JsonArray columns(FluidKind<?, ?> kind, CrdNames facts, SchemaNode schema) {
    Set<String> paths = schema.paths().keySet();
    JsonArray out = new JsonArray();
    for (CrdNames.Column c : facts.columns()) {
      String path = c.jsonPath().substring(1);
      // .status.cacheStates.cached reads a key of the map status.cacheStates.
      boolean known =
          path.startsWith("metadata.")
              || paths.contains(path)
              || paths.contains(SchemaComparison.parent(path) + "{}");
      if (!known) {
        LOG.debug("{}: printer column '{}' left out: the model has no {}", kind, c.name(), path);
        continue;
      }
      JsonObject col = new JsonObject();
      col.addProperty("jsonPath", c.jsonPath());
      col.addProperty("name", c.name());
      if (c.priority() != 0) {
        col.addProperty("priority", c.priority());
      }
      col.addProperty("type", c.type());
      out.add(col);
    }
    return out;
  }

  private static void addStrings(JsonObject o, String key, List<String> values) {
    if (!values.isEmpty()) {
      JsonArray a = new JsonArray();
      values.forEach(a::add);
      o.add(key, a);
    }
  }

  /**
   * Writes every CRD into {@code dir} and deletes generated files of kinds that no longer exist.
   * Answers the files written.
   */
  public static List<Path> writeTo(Path dir) {
    Map<String, String> files = generate();
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.yaml")) {
        for (Path p : old) {
          if (!files.containsKey(p.getFileName().toString())
              && Files.readString(p, StandardCharsets.UTF_8).startsWith(HEADER.substring(0, 40))) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = dir.resolve(e.getKey());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
        written.add(p);
      }
    } catch (IOException e) {
      throw new SchemaException(dir + ": cannot write the CRDs: " + e.getMessage(), e);
    }
    return written;
  }

  /** {@code CrdGenerator <output dir>}: writes the CRDs (the build's {@code crds.generate} step). */
  public static void main(String[] args) {
    if (args.length != 1) {
      // No System.exit: the build runs this inside Maven's JVM.
      throw new IllegalArgumentException("usage: CrdGenerator <output directory>");
    }
    for (Path p : writeTo(Path.of(args[0]))) {
      System.out.println("wrote " + p);
    }
  }
}
