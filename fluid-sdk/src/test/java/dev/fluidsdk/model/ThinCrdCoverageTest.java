package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Walks Fluid's reference CRD schema next to the Java types: every property must be a field with
 * the exact JSON name and a matching type, in Fluid's types and in the client-java types embedded
 * in them, and every Fluid field must be in the schema. Needs {@code fluid.reference.dir}.
 */
class ThinCrdCoverageTest {

  @ParameterizedTest
  @CsvSource({
    "data.fluid.io_thinruntimes.yaml, dev.fluidsdk.model.ThinRuntime",
    "data.fluid.io_thinruntimeprofiles.yaml, dev.fluidsdk.model.ThinRuntimeProfile"
  })
  void everySchemaPropertyIsTypedWithItsExactName(String crd, Class<?> root) throws IOException {
    Map<String, Object> schema = schema(crd);
    Set<String> problems = new TreeSet<>();

    walk(schema, root, "", problems);

    assertThat(problems).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "data.fluid.io_thinruntimes.yaml, dev.fluidsdk.model.ThinRuntime, true",
    "data.fluid.io_thinruntimeprofiles.yaml, dev.fluidsdk.model.ThinRuntimeProfile, false"
  })
  void scopeMatchesTheCrd(String crd, Class<?> root, boolean namespaced) throws IOException {
    Map<String, Object> doc = crdDocument(crd);
    Map<String, Object> spec = map(doc.get("spec"));

    assertThat(spec.get("scope")).isEqualTo(namespaced ? "Namespaced" : "Cluster");
    FluidKind<?, ?> kind =
        FluidKind.all().stream().filter(k -> k.type() == root).findFirst().orElseThrow();
    assertThat(kind.namespaced()).isEqualTo(namespaced);
    assertThat(kind.plural()).isEqualTo(map(spec.get("names")).get("plural"));
    assertThat(kind.kind()).isEqualTo(map(spec.get("names")).get("kind"));
  }

  private static Map<String, Object> crdDocument(String crd) throws IOException {
    String dir = System.getProperty("fluid.reference.dir");
    Path file = dir == null ? null : Path.of(dir, "fluid-crds", crd);
    Assumptions.assumeTrue(
        file != null && Files.isRegularFile(file),
        "Fluid's reference CRDs are not here (fluid.reference.dir=" + dir + "); skipping");
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    return map(yaml.load(Files.readString(file)));
  }

  private static Map<String, Object> schema(String crd) throws IOException {
    Map<String, Object> spec = map(crdDocument(crd).get("spec"));
    Map<String, Object> version = map(((List<?>) spec.get("versions")).get(0));
    return map(map(version.get("schema")).get("openAPIV3Schema"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  private static void walk(Map<String, Object> node, Type type, String path, Set<String> problems) {
    String schemaType = (String) node.get("type");
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      if (!"array".equals(schemaType)) {
        problems.add(path + ": Java list, schema " + schemaType);
      } else {
        walk(map(node.get("items")), p.getActualTypeArguments()[0], path + "[]", problems);
      }
      return;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      if (!(node.get("additionalProperties") instanceof Map)) {
        problems.add(path + ": Java map, schema has no additionalProperties");
      } else {
        walk(map(node.get("additionalProperties")), p.getActualTypeArguments()[1], path + "{}", problems);
      }
      return;
    }
    Class<?> c = (Class<?>) type;
    if (!scalarMatches(c, node)) {
      problems.add(path + ": Java " + c.getSimpleName() + ", schema " + schemaType + "/" + node.get("format"));
      return;
    }
    if (!"object".equals(schemaType) || !node.containsKey("properties")) {
      return;
    }
    Map<String, Object> props = map(node.get("properties"));
    boolean fluid = FluidModel.class.isAssignableFrom(c);
    for (Map.Entry<String, Object> e : props.entrySet()) {
      Field f = field(c, e.getKey());
      if (f == null) {
        problems.add(path + "." + e.getKey() + ": not a field of " + c.getSimpleName());
      } else {
        walk(map(e.getValue()), f.getGenericType(), path + "." + e.getKey(), problems);
      }
    }
    if (fluid) {
      for (Field f : ThinGoldenTest.modelFields(c)) {
        if (!props.containsKey(ThinGoldenTest.jsonName(f))) {
          problems.add(path + "." + ThinGoldenTest.jsonName(f) + ": field of " + c.getSimpleName() + " not in the schema");
        }
      }
    }
  }

  private static boolean scalarMatches(Class<?> c, Map<String, Object> node) {
    String t = (String) node.get("type");
    Object format = node.get("format");
    if (c == Quantity.class || c == IntOrString.class) {
      return Boolean.TRUE.equals(node.get("x-kubernetes-int-or-string"));
    }
    if (c == String.class) {
      return "string".equals(t) && format == null || "byte".equals(format);
    }
    if (c == OffsetDateTime.class) {
      return "string".equals(t) && "date-time".equals(format);
    }
    if (c == Integer.class) {
      return "integer".equals(t) && "int32".equals(format);
    }
    if (c == Long.class) {
      return "integer".equals(t) && "int64".equals(format);
    }
    if (c == Boolean.class) {
      return "boolean".equals(t);
    }
    return "object".equals(t);
  }

  /**
   * The field with this JSON name: Fluid's by {@code @SerializedName}, client-java's likewise;
   * inherited ones too (apiVersion, kind and metadata live in FluidObject).
   */
  private static Field field(Class<?> c, String json) {
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      for (Field f : k.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())
            && !Modifier.isTransient(f.getModifiers())
            && json.equals(ThinGoldenTest.jsonName(f))) {
          return f;
        }
      }
    }
    return null;
  }
}
