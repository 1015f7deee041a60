package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.model.FluidKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The generated CRDs: valid YAML, structural schemas, the models' shape, Fluid's names. */
class GeneratedCrdTest {

  static List<FluidKind<?, ?>> kinds() {
    return FluidKind.all();
  }

  private static Map<String, Object> load(String yaml) {
    Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    assertThat(doc).isInstanceOf(Map.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) doc;
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void isOneCustomResourceDefinitionWithTheKindsNamesAndScope(FluidKind<?, ?> kind) {
    Map<String, Object> crd = load(CrdGenerator.yaml(kind));

    assertThat(crd).containsEntry("apiVersion", "apiextensions.k8s.io/v1")
        .containsEntry("kind", "CustomResourceDefinition");
    CrdSchemaWalker.Crd read = CrdSchemaWalker.read(CrdGenerator.yaml(kind), kind.version());
    assertThat(read.kind()).isEqualTo(kind.kind());
    assertThat(read.plural()).isEqualTo(kind.plural());
    assertThat(read.group()).isEqualTo("data.fluid.io");
    assertThat(read.scope()).isEqualTo(kind.namespaced() ? "Namespaced" : "Cluster");
    assertThat(CrdGenerator.yaml(kind))
        .contains("    served: true\n    storage: true\n    subresources:\n      status: {}\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void schemaIsStructural(FluidKind<?, ?> kind) {
    Map<String, Object> crd = load(CrdGenerator.yaml(kind));
    Object schema = dig(crd, "spec", "versions", 0, "schema", "openAPIV3Schema");

    List<String> problems = new ArrayList<>();
    structural(schema, "", problems);

    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void declaresExactlyTheModelsProperties(FluidKind<?, ?> kind) {
    SchemaNode generated = CrdSchemaWalker.read(CrdGenerator.yaml(kind), kind.version()).schema();

    SchemaComparison c =
        SchemaComparison.compare(kind.kind(), generated, ModelSchemaWalker.walk(kind.type()));

    System.out.print("[generated CRD vs model] " + c.report());
    assertThat(c.fullyTyped()).withFailMessage(c.report()).isTrue();
    assertThat(c.extra()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void coversFluidsSchemaWithFluidsNames(FluidKind<?, ?> kind) {
    Path file = CrdCompatibilityTest.referenceCrd(kind.plural());
    CrdSchemaWalker.Crd fluid = CrdSchemaWalker.read(file, kind.version());
    CrdSchemaWalker.Crd ours = CrdSchemaWalker.read(CrdGenerator.yaml(kind), kind.version());

    SchemaComparison c = SchemaComparison.compare(kind.kind(), fluid.schema(), ours.schema());

    System.out.print("[generated CRD vs fluid CRD " + file.getFileName() + "] " + c.report());
    Map<String, Object> theirs = load(readString(file));
    Map<String, Object> mine = load(CrdGenerator.yaml(kind));
    assertThat(dig(mine, "spec", "names")).isEqualTo(dig(theirs, "spec", "names"));
    assertThat(dig(mine, "spec", "scope")).isEqualTo(dig(theirs, "spec", "scope"));
    assertThat(c.missing()).withFailMessage(c.report()).isEmpty();
    assertThat(c.mismatched()).withFailMessage(c.report()).isEmpty();
    // Stricter than Fluid would reject objects Fluid accepts.
    assertThat(c.requiredOnlyByModel()).withFailMessage(c.report()).isEmpty();
  }

  @Test
  void printerColumnsAreFluidsInFluidsOrder() {
    Path file = CrdCompatibilityTest.referenceCrd("datasets");
    Object theirs = dig(load(readString(file)), "spec", "versions", 0, "additionalPrinterColumns");
    Object mine =
        dig(load(CrdGenerator.yaml(FluidKind.DATASET)), "spec", "versions", 0,
            "additionalPrinterColumns");

    // Columns on status properties the model lacks are left out; the rest are Fluid's, in order.
    List<Object> fluidColumns = new ArrayList<>((List<?>) theirs);
    List<Object> ourColumns = new ArrayList<>((List<?>) mine);
    assertThat(ourColumns).isNotEmpty();
    assertThat(fluidColumns).containsSubsequence(ourColumns);
  }

  private static String readString(Path p) {
    try {
      return Files.readString(p);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Object dig(Object at, Object... steps) {
    Object o = at;
    for (Object s : steps) {
      o = s instanceof Integer i ? ((List<?>) o).get(i) : ((Map<?, ?>) o).get(s);
    }
    return o;
  }

  /** The apiextensions rules a structural schema must meet that our generator could break. */
  private static void structural(Object node, String path, List<String> problems) {
    Map<?, ?> m = (Map<?, ?>) node;
    boolean intOrString = Boolean.TRUE.equals(m.get("x-kubernetes-int-or-string"));
    boolean preserve = Boolean.TRUE.equals(m.get("x-kubernetes-preserve-unknown-fields"));
    if (!(m.get("type") instanceof String) && !intOrString && !preserve) {
      problems.add(path + ": no type");
    }
    if (intOrString && (m.containsKey("type") || !(m.get("anyOf") instanceof List<?>))) {
      problems.add(path + ": int-or-string needs anyOf and no type");
    }
    if (m.containsKey("properties") && m.containsKey("additionalProperties")) {
      problems.add(path + ": both properties and additionalProperties");
    }
    if (m.containsKey("items") != "array".equals(m.get("type"))) {
      problems.add(path + ": items exactly for arrays");
    }
    if (path.equals("metadata") && m.size() != 1) {
      problems.add("metadata: may only say type: object");
    }
    if (m.get("properties") instanceof Map<?, ?> props) {
      props.forEach((k, v) -> structural(v, path.isEmpty() ? k.toString() : path + "." + k, problems));
      if (m.get("required") instanceof List<?> req) {
        for (Object r : req) {
          if (!props.containsKey(r)) {
            problems.add(path + ": requires undeclared " + r);
          }
        }
      }
    }
    if (m.get("items") != null) {
      structural(m.get("items"), path + "[]", problems);
    }
    if (m.get("additionalProperties") instanceof Map<?, ?> ap) {
      structural(ap, path + "{}", problems);
    }
  }
}
