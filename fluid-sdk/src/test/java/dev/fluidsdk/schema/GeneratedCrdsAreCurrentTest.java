package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed {@code crds/*.yaml} are exactly what the generator makes of today's models. */
class GeneratedCrdsAreCurrentTest {

  @Test
  void committedCrdsMatchTheModels(@TempDir Path tmp) throws IOException {
    CrdGenerator.writeTo(tmp);
    Path committed = projectCrds();

    Map<String, String> expected = read(tmp);
    Map<String, String> actual = read(committed);

    String hint =
        committed + " is out of date with the models; regenerate it from the project root with\n  "
            + CrdGenerator.REGENERATE_COMMAND + "\nand commit the result";
    assertThat(actual.keySet()).withFailMessage(hint + "\n(files: %s, expected %s)",
        actual.keySet(), expected.keySet()).isEqualTo(expected.keySet());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertThat(actual.get(e.getKey()))
          .withFailMessage("%s differs: %s", e.getKey(), hint)
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void generatingTwiceGivesTheSameBytes() {
    assertThat(CrdGenerator.generate()).isEqualTo(CrdGenerator.generate());
  }

  /** {@code crds/} of the project: walk up from the working directory to the folder holding it. */
  static Path projectCrds() {
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("crds")) && Files.isRegularFile(p.resolve("pom.xml"))) {
        return p.resolve("crds");
      }
    }
    throw new AssertionError(
        "no crds/ folder above " + System.getProperty("user.dir") + "; generate it with "
            + CrdGenerator.REGENERATE_COMMAND);
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".yaml"))::iterator) {
        out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
