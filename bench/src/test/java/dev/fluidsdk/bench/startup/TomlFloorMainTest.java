package dev.fluidsdk.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tomlj floor starts the stub only after the launcher file parsed (run as its own JVM). */
class TomlFloorMainTest {
  @TempDir Path dir;

  private FakeNode node() throws Exception {
    return TestNodes.create(dir);
  }

  private static int run(FakeNode node, Path toml) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        TomlFloorMain.class.getName(), "--toml", toml.toString(), "--fuse-binary",
        node.ours.resolve("opt/3fs/bin/hf3fs_fuse_main").toString()))
        .redirectErrorStream(true).redirectOutput(File.createTempFile("floor", ".out", node.root.toFile()))
        .start();
    return p.waitFor();
  }

  @Test
  void aLauncherFileThatParsesStartsTheStub() throws Exception {
    FakeNode n = node();
    Path toml = Files.writeString(dir.resolve("ok.toml"), "cluster_id = \"stage\"\n[client]\nforce_use_tcp = false\n");
    assertThat(run(n, toml)).isZero();
    assertThat(n.startedAtNanos()).isPositive();
  }

  @Test
  void aBrokenOrEmptyFileStopsBeforeTheStub() throws Exception {
    FakeNode n = node();
    assertThat(run(n, Files.writeString(dir.resolve("bad.toml"), "cluster_id = \"unterminated\n"))).isEqualTo(65);
    assertThat(run(n, Files.writeString(dir.resolve("empty.toml"), ""))).isEqualTo(65);
    assertThat(n.startedAtNanos()).isEqualTo(-1);
  }
}
