package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaComparisonTest {

  private static SchemaNode object(Object... nameThenNode) {
    Map<String, SchemaNode> props = new LinkedHashMap<>();
    for (int i = 0; i < nameThenNode.length; i += 2) {
      props.put((String) nameThenNode[i], (SchemaNode) nameThenNode[i + 1]);
    }
    return SchemaNode.object(props);
  }

  private static SchemaNode leaf(JsonType t) {
    return SchemaNode.leaf(t, null);
  }

  private final SchemaNode schema =
      object(
          "metadata", SchemaNode.object(Map.of()),
          "spec", object(
              "name", leaf(JsonType.STRING),
              "replicas", leaf(JsonType.INTEGER),
              "size", leaf(JsonType.INT_OR_STRING),
              "tags", SchemaNode.array(leaf(JsonType.STRING)),
              "anything", SchemaNode.any()));

  @Test
  void identicalSchemasAreFullyTyped() {
    SchemaComparison c = SchemaComparison.compare("Widget", schema, schema);

    assertThat(c.fullyTyped()).isTrue();
    assertThat(c.schemaProperties()).isEqualTo(8);
    assertThat(c.typed()).isEqualTo(8);
    assertThat(c.percentTyped()).isEqualTo(100.0);
    assertThat(c.extra()).isEmpty();
  }

  @Test
  void findsMissingExtraAndMismatchedProperties() {
    SchemaNode model =
        object(
            "metadata", object("name", leaf(JsonType.STRING)),
            "spec", object(
                "name", leaf(JsonType.STRING),
                "replicas", leaf(JsonType.STRING),
                "size", leaf(JsonType.STRING),
                "anything", object("x", leaf(JsonType.BOOLEAN)),
                "color", leaf(JsonType.STRING)));

    SchemaComparison c = SchemaComparison.compare("Widget", schema, model);

    assertThat(c.missing()).containsExactly("spec.tags", "spec.tags[]");
    assertThat(c.mismatched())
        .containsExactly(
            new SchemaComparison.Mismatch("spec.replicas", JsonType.INTEGER, JsonType.STRING),
            new SchemaComparison.Mismatch("spec.size", JsonType.INT_OR_STRING, JsonType.STRING));
    // metadata.name and spec.anything.x are under nodes the schema leaves open: not extra.
    assertThat(c.extra()).containsExactly("spec.color");
    assertThat(c.typed()).isEqualTo(4);
    assertThat(c.percentTyped()).isEqualTo(50.0);
    assertThat(c.fullyTyped()).isFalse();
  }

  @Test
  void reportPrintsTheFiguresAndTheOutermostPaths() {
    SchemaNode model = object("metadata", SchemaNode.object(Map.of()), "spec", object("replicas", leaf(JsonType.STRING)));

    String report = SchemaComparison.compare("Widget", schema, model).report();

    assertThat(report)
        .startsWith("Widget: 8 properties in schema, 2 typed (25.0 %), 5 missing, 0 extra, 1 mismatched")
        .contains("  missing: spec.tags (+1 below)")
        .contains("  missing: spec.name")
        .doesNotContain("missing: spec.tags[]")
        .contains("  mismatched: spec.replicas: schema integer, model string");
  }

  @Test
  void parentOfAPathStripsItsLastStep() {
    assertThat(SchemaComparison.parent("spec.mounts[].name")).isEqualTo("spec.mounts[]");
    assertThat(SchemaComparison.parent("spec.mounts[]")).isEqualTo("spec.mounts");
    assertThat(SchemaComparison.parent("spec.options{}")).isEqualTo("spec.options");
    assertThat(SchemaComparison.parent("spec")).isEmpty();
  }

  @Test
  void reportsRequiredPropertiesOnEitherSideOnly() {
    SchemaNode theirs =
        object("spec", object("a", leaf(JsonType.STRING), "b", leaf(JsonType.STRING))
            .withRequired(java.util.List.of("a")));
    SchemaNode mine =
        object("spec", object("a", leaf(JsonType.STRING), "b", leaf(JsonType.STRING))
            .withRequired(java.util.List.of("b")))
            .withRequired(java.util.List.of("spec"));

    SchemaComparison c = SchemaComparison.compare("Widget", theirs, mine);

    assertThat(c.requiredOnlyByModel()).containsExactly("spec", "spec.b");
    assertThat(c.requiredOnlyBySchema()).containsExactly("spec.a");
    assertThat(c.report())
        .contains("  required only by model: spec.b")
        .contains("  required only by schema: spec.a");
    assertThat(c.fullyTyped()).isTrue();
  }

  @Test
  void reportsEnumDifferencesIgnoringOrder() {
    SchemaNode theirs =
        object("a", leaf(JsonType.STRING).withEnumValues(java.util.List.of("X", "")),
            "b", leaf(JsonType.STRING));
    SchemaNode mine =
        object("a", leaf(JsonType.STRING).withEnumValues(java.util.List.of("", "X")),
            "b", leaf(JsonType.STRING).withEnumValues(java.util.List.of("Y")));

    SchemaComparison c = SchemaComparison.compare("Widget", theirs, mine);

    assertThat(c.enumDifferences()).containsExactly("b: schema [], model [Y]");
    assertThat(c.report()).contains("  enum differs: b: schema [], model [Y]");
  }
}
