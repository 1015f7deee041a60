package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.FluidKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated CRDs take what the models write: the full golden objects of the model tests pass
 * type, enum and required checks and lose no property to pruning.
 */
class GeneratedCrdAcceptsModelsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"dataset-full.yaml", "thinruntime-full.yaml", "thinruntimeprofile-full.yaml"})
  void goldenObjectPassesItsKindsGeneratedSchema(String golden) throws IOException {
    JsonElement object = FluidYaml.trees(resource("/golden/" + golden)).get(0);
    String kind = object.getAsJsonObject().get("kind").getAsString();
    FluidKind<?, ?> k =
        FluidKind.all().stream().filter(f -> f.kind().equals(kind)).findFirst().orElseThrow();
    SchemaNode schema = CrdSchemaWalker.read(CrdGenerator.yaml(k), k.version()).schema();

    assertThat(SchemaCheck.problems(schema, object)).isEmpty();
  }

  @Test
  void theCheckFindsWhatAnApiServerWouldRejectOrPrune() {
    SchemaNode schema =
        CrdSchemaWalker.read(CrdGenerator.yaml(FluidKind.DATASET), "v1alpha1").schema();
    JsonElement bad =
        JsonParser.parseString(
            """
            {"apiVersion":"data.fluid.io/v1alpha1","kind":"Dataset","metadata":{"name":"x"},
             "spec":{"mounts":[{"name":"a","readOnly":"yes"}],"placement":"Sometimes","typo":1}}
            """);

    List<String> problems = SchemaCheck.problems(schema, bad);

    assertThat(problems)
        .contains(
            "spec.mounts[0].mountPoint: required",
            "spec.mounts[0].readOnly: expected boolean",
            "spec.placement: \"Sometimes\" not in enum [, Exclusive, Shared]",
            "spec.typo: not in the schema (pruned)");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GeneratedCrdAcceptsModelsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
