package dev.fluidsdk.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A {@link FakeNode} below a test's temporary directory, with a one-line seed template. */
final class TestNodes {
  private TestNodes() {}

  static FakeNode create(Path dir) throws IOException {
    Path seedDir = Files.createDirectories(dir.resolve("seed-baseline"));
    Files.writeString(seedDir.resolve("hf3fs_fuse_main_launcher.toml"), "mountpoint = '/3fs/stage'\n");
    return FakeNode.create(dir.resolve("node"), seedDir);
  }
}
