package dev.fluidsdk.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrimmedJarTest {
  @TempDir Path dir;

  @Test
  void findsTheClassesLoadedFromTheJarOnly() {
    Path jar = dir.resolve("app.jar");
    List<String> log = List.of(
        "[0.010s][info][class,load] java.lang.Object source: shared objects file",
        "[0.051s][info][class,load] a.Main source: file:" + jar,
        "[0.052s][info][class,load] a.Util$1 source: jar:file:" + jar + "!/",
        "[0.053s][info][class,load] b.Other source: file:" + dir.resolve("other.jar"),
        "[0.054s][info][class,load] a.Gen source: __JVM_DefineClass__");
    assertThat(TrimmedJar.loadedFrom(log, jar)).containsExactlyInAnyOrder("a.Main", "a.Util$1");
  }

  @Test
  void keepsTheManifestResourcesAndTheNamedClassesOnly() throws Exception {
    Path jar = dir.resolve("app.jar");
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "a.Main");
    try (OutputStream f = Files.newOutputStream(jar); JarOutputStream o = new JarOutputStream(f, m)) {
      for (String name : List.of("a/", "a/Main.class", "a/Unused.class", "a/Util$1.class",
          "META-INF/services/x.Y", "META-INF/versions/11/a/Main.class", "META-INF/versions/11/a/Unused.class")) {
        o.putNextEntry(new JarEntry(name));
        o.write(name.getBytes(StandardCharsets.UTF_8));
        o.closeEntry();
      }
    }
    Path out = dir.resolve("small.jar");
    int classes = TrimmedJar.write(jar, Set.of("a.Main", "a.Util$1"), out);
    List<String> names = new ArrayList<>();
    try (JarFile j = new JarFile(out.toFile())) {
      Collections.list(j.entries()).forEach(e -> names.add(e.getName()));
      assertThat(j.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("a.Main");
    }
    assertThat(names).contains("META-INF/MANIFEST.MF")
        .contains("a/Main.class", "a/Util$1.class", "META-INF/services/x.Y", "META-INF/versions/11/a/Main.class")
        .doesNotContain("a/Unused.class", "META-INF/versions/11/a/Unused.class");
    assertThat(classes).isEqualTo(3);
    assertThat(TrimmedJar.mainClass(out)).isEqualTo("a.Main");
  }
}
