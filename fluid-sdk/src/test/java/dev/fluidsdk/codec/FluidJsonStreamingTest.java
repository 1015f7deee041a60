package dev.fluidsdk.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.FluidModel;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import dev.fluidsdk.model.UnknownFields;
import dev.fluidsdk.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Models are read straight off JSON text and written straight to it (no tree in between); this
 * checks that path against the tree path and the edge cases of a document.
 */
class FluidJsonStreamingTest {

  @ParameterizedTest
  @CsvSource({
    "dataset-full.yaml, dev.fluidsdk.model.Dataset",
    "thinruntime-full.yaml, dev.fluidsdk.model.ThinRuntime",
    "thinruntimeprofile-full.yaml, dev.fluidsdk.model.ThinRuntimeProfile"
  })
  void textAndTreeReadTheSameAndWriteTheSame(String golden, String className) throws Exception {
    Class<? extends FluidModel> type = Class.forName(className).asSubclass(FluidModel.class);
    JsonElement tree = FluidJson.toTree(FluidYaml.fromYaml(resource("/golden/" + golden), type));
    String text = tree.toString();

    FluidModel fromText = FluidJson.fromJson(text, type);
    FluidModel fromTree = FluidJson.fromTree(JsonParser.parseString(text), type);

    assertThat(fromText).isEqualTo(fromTree);
    assertThat(JsonParser.parseString(FluidJson.toJson(fromText))).isEqualTo(tree);
    assertThat(FluidJson.toJson(fromText)).isEqualTo(FluidJson.gson().toJson(FluidJson.toTree(fromText)));
    assertThat(FluidJson.toPrettyJson(fromText)).contains("\n  \"kind\": ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n", "null"})
  void anEmptyDocumentSaysSo(String text) {
    assertThatThrownBy(() -> FluidJson.fromJson(text, Dataset.class))
        .isInstanceOf(FluidCodecException.class)
        .hasMessage("empty document, expected Dataset");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"kind\":\"Dataset\"",
        "{\"kind\":\"Dataset\",}}",
        "{\"kind\":\"Dataset\"} {\"kind\":\"Dataset\"}",
        "{\"metadata\":{\"name\":\"x\"]}"
      })
  void brokenJsonIsNotValidJson(String text) {
    assertThatThrownBy(() -> FluidJson.fromJson(text, Dataset.class))
        .isInstanceOf(FluidCodecException.class)
        .hasMessageStartingWith("not valid JSON: ");
  }

  @Test
  void aTopLevelNonObjectIsRejected() {
    assertThatThrownBy(() -> FluidJson.fromJson("[1]", Dataset.class))
        .isInstanceOf(FluidCodecException.class)
        .hasMessageContaining("expected an object for Dataset");
  }

  @Test
  void aTypeErrorInsideAnEmbeddedCoreObjectNamesItsPath() {
    String bad =
        """
        {"apiVersion":"data.fluid.io/v1alpha1","kind":"ThinRuntime","metadata":{"name":"x"},
         "spec":{"fuse":{"env":[{"name":"A"},{"name":{"oops":1}}]}}}
        """;
    assertThatThrownBy(() -> FluidJson.fromJson(bad, ThinRuntime.class))
        .isInstanceOf(FluidCodecException.class)
        .hasMessageStartingWith("spec.fuse.env[1].name: ")
        .extracting(e -> ((FluidCodecException) e).path())
        .isEqualTo("spec.fuse.env[1].name");
    assertThatThrownBy(() -> FluidJson.fromJson(bad.replace("{\"oops\":1}", "\"B\"")
                .replace("{\"name\":\"A\"}", "\"notAnObject\""), ThinRuntime.class))
        .isInstanceOf(FluidCodecException.class)
        .hasMessageStartingWith("spec.fuse.env[0]: ");
  }

  @Test
  void aTypeErrorInAMapValueNamesItsKey() {
    String bad =
        """
        {"apiVersion":"data.fluid.io/v1alpha1","kind":"Dataset","metadata":{"name":"x"},
         "spec":{"mounts":[{"mountPoint":"abcde","options":{"a":"1","b":["no"]}}]}}
        """;
    assertThatThrownBy(() -> FluidJson.fromJson(bad, Dataset.class))
        .isInstanceOf(FluidCodecException.class)
        .hasMessageStartingWith("spec.mounts[0].options.b: ");
    Dataset ok = FluidJson.fromJson(bad.replace("[\"no\"]", "\"2\""), Dataset.class);
    assertThat(ok.getSpec().getMounts().get(0).getOptions()).containsExactly(
        java.util.Map.entry("a", "1"), java.util.Map.entry("b", "2"));
  }

  @Test
  void unknownFieldsDeepInsideNestedCoreListsComeBackInPlace() {
    String newer =
        """
        {"apiVersion":"data.fluid.io/v1alpha1","kind":"ThinRuntime","metadata":{"name":"x",
          "futureMeta":{"a/b~c":1}},
         "spec":{"fuse":{"nodeSelector":{"k":"v"},
           "ports":[{"containerPort":1},{"containerPort":2,"futurePort":[1,{"x":null}]}],
           "volumeMounts":[{"name":"m","mountPath":"/m","futureMount":"y"}]},
         "volumes":[{"name":"v","projected":{"sources":[{"configMap":{"name":"c",
           "items":[{"key":"k","path":"p"},{"key":"k2","path":"p2","futureItem":{}}]}}]}}]}}
        """;
    ThinRuntime rt = FluidJson.fromJson(newer, ThinRuntime.class);

    assertThat(FluidJson.toTree(rt)).isEqualTo(JsonParser.parseString(newer));
    assertThat(UnknownFields.of(rt))
        .containsExactlyInAnyOrder(
            "metadata.futureMeta",
            "spec.fuse.ports[1].futurePort",
            "spec.fuse.volumeMounts[0].futureMount",
            "spec.volumes[0].projected.sources[0].configMap.items[1].futureItem");
    // Edited elsewhere, the unknown fields stay with their objects.
    ThinRuntime relabelled = rt.toBuilder().label("team", "ml").build();
    assertThat(FluidJson.toTree(relabelled).toString())
        .contains("\"futurePort\":[1,{\"x\":null}]")
        .contains("\"path\":\"p2\",\"futureItem\":{}")
        .contains("\"futureMeta\":{\"a/b~c\":1}")
        .contains("\"labels\":{\"team\":\"ml\"}");
  }

  @Test
  void emptyListsAndMapsOfCoreObjectsAreLeftOutLikeGoDoes() {
    String text =
        """
        {"apiVersion":"data.fluid.io/v1alpha1","kind":"ThinRuntimeProfile",
         "metadata":{"name":"p","finalizers":[],"labels":{}},
         "spec":{"fileSystemType":"3fs","fuse":{"image":"i","args":[],
           "env":[{"name":"A","value":"1"}]}}}
        """;
    ThinRuntimeProfile profile = FluidJson.fromJson(text, ThinRuntimeProfile.class);
    String written = FluidJson.toJson(profile);

    assertThat(written).doesNotContain("finalizers").doesNotContain("labels");
    // The model's own list fields are Fluid's, not client-java's: an empty one stays as written.
    assertThat(written).contains("\"args\":[]");
  }

  @Test
  void aClientJavaObjectOnItsOwnIsWrittenTheWayGoWritesIt() {
    io.kubernetes.client.openapi.models.V1Secret secret =
        new io.kubernetes.client.openapi.models.V1Secret()
            .apiVersion("v1")
            .kind("Secret")
            .metadata(new io.kubernetes.client.openapi.models.V1ObjectMeta().name("token")
                .finalizers(new java.util.ArrayList<>()).labels(new java.util.HashMap<>()))
            .putDataItem("token", "abc".getBytes(StandardCharsets.UTF_8))
            .type("Opaque");

    assertThat(FluidJson.toTree(secret))
        .isEqualTo(JsonParser.parseString(
            "{\"apiVersion\":\"v1\",\"data\":{\"token\":\"YWJj\"},\"kind\":\"Secret\","
                + "\"metadata\":{\"name\":\"token\"},\"type\":\"Opaque\"}"));
    assertThat(FluidJson.toJson(secret)).isEqualTo(FluidJson.gson().toJson(FluidJson.toTree(secret)));
  }

  @Test
  void aCoreObjectLackingARequiredFieldIsReadAndReportedByValidate() {
    String text =
        """
        {"apiVersion":"data.fluid.io/v1alpha1","kind":"ThinRuntime",
         "metadata":{"name":"x","namespace":"ml"},
         "spec":{"profileName":"p","fuse":{"env":[{"value":"no name"}]}}}
        """;
    ThinRuntime rt = FluidJson.fromJson(text, ThinRuntime.class);

    assertThat(rt.getSpec().getFuse().getEnv().get(0).getValue()).isEqualTo("no name");
    List<Violation> problems = rt.validate();
    assertThat(problems).extracting(Violation::path).contains("spec.fuse.env[0].name");
  }

  @Test
  void aFreshGsonBindsItsAdaptersSafelyUnderConcurrentFirstUse() throws Exception {
    String text = FluidJson.toJson(FluidYaml.fromYaml(resource("/golden/thinruntime-full.yaml"),
        ThinRuntime.class));
    ThinRuntime expected = FluidJson.fromJson(text, ThinRuntime.class);
    for (int attempt = 0; attempt < 5; attempt++) {
      com.google.gson.Gson fresh = FluidJson.gson().newBuilder().create();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<ThinRuntime>> reads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          reads.add(pool.submit(() -> {
            start.await();
            ThinRuntime last = null;
            for (int i = 0; i < 20; i++) {
              last = fresh.fromJson(text, ThinRuntime.class);
            }
            return last;
          }));
        }
        start.countDown();
        for (java.util.concurrent.Future<ThinRuntime> read : reads) {
          assertThat(read.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FluidJsonStreamingTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
