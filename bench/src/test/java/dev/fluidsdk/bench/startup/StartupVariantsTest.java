package dev.fluidsdk.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.bench.startup.JvmVariants.Program;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The variant plumbing: names selected, command lines and the archive/AOT flags (nothing timed). */
class StartupVariantsTest {
  @TempDir Path dir;

  private static final List<String> KNOWN =
      List.of("seed", "JVM floor", "java -jar", "25 JVM floor", "25 AOT cache", "image 25");

  @Test
  void selectsAllOrTheSeedAndTheNamedInTableOrder() {
    assertThat(StartupBenchmark.select(KNOWN, List.of(), true)).isEqualTo(KNOWN);
    assertThat(StartupBenchmark.select(KNOWN, List.of("image 25", "JVM floor"), true))
        .containsExactly("seed", "JVM floor", "image 25");
  }

  @Test
  void anUnknownNameIsAnErrorThatSaysWhy() {
    assertThatThrownBy(() -> StartupBenchmark.select(KNOWN, List.of("java -jr"), true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'java -jr'")
        .hasMessageContaining("known: seed, JVM floor");
    assertThatThrownBy(() -> StartupBenchmark.select(List.of("seed"), List.of("25 AOT cache"), false))
        .hasMessageContaining("--java25");
  }

  @Test
  void aotCacheFlagsTrainWithTheRunFlagsAndCheckWithAotModeOn() {
    Path cache = dir.resolve("x.aot");
    List<String> flags = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(JvmVariants.aotTrainingFlags(cache, flags))
        .containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:AOTCacheOutput=" + cache);
    List<String> run = JvmVariants.aotRunFlags(cache);
    assertThat(run).containsExactly("-XX:AOTCache=" + cache);
    assertThat(JvmVariants.aotCheckFlags(run, flags)).containsExactly(
        "-XX:AOTMode=on", "-XX:AOTCache=" + cache, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    assertThat(JvmVariants.cdsCheckFlags(List.of("-XX:SharedArchiveFile=a.jsa"), List.of()))
        .containsExactly("-Xshare:on", "-XX:SharedArchiveFile=a.jsa");
  }

  @Test
  void aVariantIsItsJavaThenFlagsThenProgramThenTheEntrypointArguments() throws Exception {
    FakeNode node = TestNodes.create(dir);
    JvmVariants j = new JvmVariants("/jdk25/bin/java", "25", node, dir);
    Variant v = j.variant("25 AOT cache", List.of("-XX:AOTCache=c.aot"), Program.jar("e", Path.of("/e.jar")));
    assertThat(v.name()).isEqualTo("25 AOT cache");
    assertThat(v.command().subList(0, 4)).containsExactly("/jdk25/bin/java", "-XX:AOTCache=c.aot", "-jar", "/e.jar");
    assertThat(v.command().subList(4, v.command().size())).containsExactly(node.oursArgs());
    Variant floor = j.variant("25 JVM floor", List.of(), Program.main("floor", Path.of("/f.jar"), "a.Main"));
    assertThat(floor.command().subList(0, 4)).containsExactly("/jdk25/bin/java", "-cp", "/f.jar", "a.Main");
  }

  @Test
  void theImageRowsUseTheDockerfilesFlags() throws Exception {
    Path dockerfile = Path.of(System.getProperty("fuse.image.dir", "../fuse-image")).resolve("Dockerfile");
    String text = Files.readString(dockerfile);
    String entrypoint = text.lines().filter(l -> l.startsWith("ENTRYPOINT")).findFirst().orElseThrow();
    for (String flag : StartupBenchmark.IMAGE_FLAGS) {
      assertThat(entrypoint).contains("\"" + flag + "\"");
    }
  }
}
