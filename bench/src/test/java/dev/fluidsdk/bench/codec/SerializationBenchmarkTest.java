package dev.fluidsdk.bench.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every way of the benchmark reads and writes the same content: it compares like with like. */
class SerializationBenchmarkTest {
  @ParameterizedTest
  @ValueSource(strings = {"dataset", "thinruntime"})
  void everyWayRoundTripsTheWholeDocument(String document) {
    String json = Documents.json(document);
    assumeThat(Documents.modelClass(json))
        .as("fluid-sdk models the kind of " + document + " (not merged yet otherwise)")
        .isNotNull();
    SerializationBenchmark b = new SerializationBenchmark();
    b.document = document;
    b.setUp();
    JsonElement expected = JsonParser.parseString(json);
    assertThat(JsonParser.parseString(b.writeFluidJson())).isEqualTo(expected);
    assertThat(JsonParser.parseString(b.writeGsonTree())).isEqualTo(expected);
    assertThat(JsonParser.parseString(b.writeGsonMap())).isEqualTo(expected);
    assertThat(JsonParser.parseString(b.writeDynamic())).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dataset", "thinruntime"})
  void documentsAreTheModelGoldenFilesAsJson(String document) throws Exception {
    Path golden = Path.of("../fluid-sdk/src/test/resources/golden", document + "-full.yaml");
    assumeThat(Files.exists(golden)).as(golden + " exists (run from the bench module)").isTrue();
    List<JsonElement> trees = FluidYaml.trees(Files.readString(golden));
    assertThat(trees).containsExactly(JsonParser.parseString(Documents.json(document)));
  }

  @Test
  void theDatasetDocumentIsReadAsTheTypedModelWithStatus() {
    String json = Documents.json("dataset");
    assertThat(Documents.modelClass(json)).isEqualTo(Dataset.class);
    SerializationBenchmark b = new SerializationBenchmark();
    b.document = "dataset";
    b.setUp();
    Dataset d = (Dataset) b.parseFluidJson();
    assertThat(d.getStatus()).isNotNull();
    assertThat(d.getAdditionalProperties()).isEmpty();
  }

  @Test
  void theTableComparesOursWithRawGson() {
    String t = SerializationReport.table(Map.of(
        "dataset/parse/FluidJson", 13.0, "dataset/parse/GsonTree", 10.0,
        "dataset/parse/GsonMap", 20.0, "dataset/parse/Dynamic", 11.0));
    assertThat(t).contains("| dataset  | parse |        13.00 |        10.00 |       20.00 |"
        + "      11.00 |     1.30x |    0.65x |        1.10x |");
    assertThat(t).doesNotContain("write").doesNotContain("thinruntime");
  }
}
