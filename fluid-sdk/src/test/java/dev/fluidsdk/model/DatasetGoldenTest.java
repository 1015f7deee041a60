package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.codec.FluidYaml;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full Dataset against {@code golden/dataset-full.yaml}; {@code -Dgolden.update=true} rewrites. */
class DatasetGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/dataset-full.yaml");

  private static String golden;

  @BeforeAll
  static void readOrUpdateGolden() throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, FluidYaml.toYaml(DatasetFixtures.full()), StandardCharsets.UTF_8);
    }
    golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
  }

  @Test
  void builtDatasetWritesTheGoldenYaml() {
    String yaml = FluidYaml.toYaml(DatasetFixtures.full());

    assertThat(FluidYaml.trees(yaml)).isEqualTo(FluidYaml.trees(golden));
    assertThat(yaml).as("rerun with -Dgolden.update=true if the change is intended").isEqualTo(golden);
  }

  @Test
  void goldenYamlReadsIntoTheBuiltDatasetAndWritesBackByteForByte() {
    Dataset read = FluidYaml.fromYaml(golden, Dataset.class);

    assertThat(read).isEqualTo(DatasetFixtures.full());
    String once = FluidYaml.toYaml(read);
    assertThat(once).isEqualTo(golden);
    assertThat(FluidYaml.toYaml(FluidYaml.fromYaml(once, Dataset.class))).isEqualTo(once);
  }

  @Test
  void goldenYamlIsReadIntoTypedFieldsOnly() {
    Dataset read = FluidYaml.fromYaml(golden, Dataset.class);

    List<String> unknown = new ArrayList<>();
    collectUnknown(read, "", unknown);
    assertThat(unknown).isEmpty();
    assertThat(read.getStatus().getCondition(DatasetConditionType.READY))
        .get()
        .extracting(DatasetCondition::getLastUpdateTime)
        .isEqualTo(java.time.OffsetDateTime.parse("2024-05-01T10:01:30.123456Z"));
    assertThat(read.getSpec().getTolerations().get(0).getTolerationSeconds()).isEqualTo(300L);
  }

  @Test
  void jsonRoundTripKeepsEverything() {
    Dataset full = DatasetFixtures.full();
    String json = FluidJson.toJson(full);

    Dataset read = FluidJson.fromJson(json, Dataset.class);
    assertThat(read).isEqualTo(full);
    assertThat(FluidJson.toJson(read)).isEqualTo(json);
    assertThat(JsonParser.parseString(json)).isEqualTo(FluidYaml.trees(golden).get(0));
  }

  /** Every property of the reference CRD's schema is set in the golden file. */
  @Test
  void goldenSetsEveryPropertyOfTheReferenceCrd() throws IOException {
    String dir = System.getProperty("fluid.reference.dir", "");
    Path crd = Path.of(dir, "fluid-crds", "data.fluid.io_datasets.yaml");
    Assumptions.assumeTrue(
        !dir.isEmpty() && Files.isRegularFile(crd),
        "reference CRD not found at " + crd + " (set fluid.reference.dir); skipping");
    JsonElement schema =
        FluidYaml.trees(Files.readString(crd)).get(0).getAsJsonObject()
            .getAsJsonObject("spec").getAsJsonArray("versions").get(0).getAsJsonObject()
            .getAsJsonObject("schema").getAsJsonObject("openAPIV3Schema");
    List<String> missing = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    compare(schema, FluidYaml.trees(golden).get(0), "", missing, seen);

    assertThat(missing).isEmpty();
    assertThat(seen).contains("spec.nodeAffinity.required.nodeSelectorTerms[].matchFields[].values",
        "status.conditions[].lastTransitionTime", "status.hcfs.underlayerFileSystemVersion");
  }

  private static void compare(
      JsonElement schema, JsonElement value, String path, List<String> missing, List<String> seen) {
    var s = schema.getAsJsonObject();
    if (s.has("properties") && !path.equals("metadata")) {
      for (Map.Entry<String, JsonElement> p : s.getAsJsonObject("properties").entrySet()) {
        String child = path.isEmpty() ? p.getKey() : path + "." + p.getKey();
        JsonElement v = value.getAsJsonObject().get(p.getKey());
        if (v == null) {
          missing.add(child);
        } else {
          seen.add(child);
          compare(p.getValue(), v, child, missing, seen);
        }
      }
    } else if (s.has("items")) {
      if (value.getAsJsonArray().isEmpty()) {
        missing.add(path + "[]");
      } else {
        compare(s.get("items"), value.getAsJsonArray().get(0), path + "[]", missing, seen);
      }
    } else if (s.has("additionalProperties") && value.getAsJsonObject().isEmpty()) {
      missing.add(path + ".*");
    }
  }

  /** Walks the model graph; anything kept as unknown means a CRD property is not typed. */
  static void collectUnknown(Object o, String path, List<String> out) {
    if (o instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        collectUnknown(list.get(i), path + "[" + i + "]", out);
      }
      return;
    }
    if (o instanceof Map<?, ?> map) {
      map.forEach((k, v) -> collectUnknown(v, path + "." + k, out));
      return;
    }
    if (!(o instanceof FluidModel m)) {
      return;
    }
    m.getAdditionalProperties().keySet().forEach(k -> out.add(path + "." + k));
    m.unknownCoreFields().keySet().forEach(k -> out.add(path + k));
    for (Class<?> c = o.getClass(); c != FluidModel.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())) {
          continue;
        }
        f.setAccessible(true);
        try {
          collectUnknown(f.get(o), path + "." + f.getName(), out);
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
  }
}
