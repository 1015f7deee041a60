package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our models against Fluid's own CRDs (reference data, read from {@code fluid.reference.dir}):
 * every property of the three kinds' schemas must be typed, with its JSON type.
 */
class CrdCompatibilityTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"datasets", "thinruntimes", "thinruntimeprofiles"})
  void everySchemaPropertyIsTypedWithItsJsonType(String plural) {
    Path file = referenceCrd(plural);
    CrdSchemaWalker.Crd crd = CrdSchemaWalker.read(file, "v1alpha1");

    SchemaComparison c = KindComparisons.compare(crd);

    System.out.print("[fluid CRD " + file.getFileName() + "] " + c.report());
    assertThat(c.missing())
        .withFailMessage("%s: schema properties the model lacks:%n%s", crd.kind(), c.report())
        .isEmpty();
    assertThat(c.mismatched())
        .withFailMessage("%s: JSON type mismatches:%n%s", crd.kind(), c.report())
        .isEmpty();
    assertThat(c.percentTyped()).isEqualTo(100.0);
  }

  static Path referenceCrd(String plural) {
    String dir = System.getProperty("fluid.reference.dir");
    Path file = dir == null ? null : Path.of(dir, "fluid-crds", "data.fluid.io_" + plural + ".yaml");
    boolean present = file != null && Files.isRegularFile(file);
    String reason =
        "Fluid's reference CRD " + (file == null ? "(fluid.reference.dir not set)" : file)
            + " is absent; skipping the comparison with Fluid's schema";
    if (!present) {
      System.out.println("SKIPPED: " + reason);
    }
    Assumptions.assumeTrue(present, reason);
    return file;
  }

  /** Sanity of the reference data itself: the walker sees the kinds it should. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"datasets", "thinruntimes", "thinruntimeprofiles"})
  void referenceCrdNamesItsKindAndHasASpec(String plural) {
    CrdSchemaWalker.Crd crd = CrdSchemaWalker.read(referenceCrd(plural), "v1alpha1");

    assertThat(crd.plural()).isEqualTo(plural);
    assertThat(crd.group()).isEqualTo("data.fluid.io");
    Map<String, JsonType> paths = crd.schema().paths();
    assertThat(paths).containsEntry("spec", JsonType.OBJECT).containsEntry("metadata", JsonType.OBJECT);
  }
}
