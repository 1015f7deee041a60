package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateFilesTest {
  @Test
  void writesOwnerOnlyAndReplacesAtomically(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("etc/token.txt");
    PrivateFiles.write(f, "first", PrivateFiles.OWNER_ONLY);
    PrivateFiles.write(f, "second", PrivateFiles.OWNER_ONLY);
    assertThat(Files.readString(f)).isEqualTo("second");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertThat(s).containsExactly(f); // no temporary file left behind
    }
  }

  @Test
  void aWorldReadableFileGetsExactlyThatMode(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("launcher.toml");
    PrivateFiles.write(f, "x = 1\n", PrivateFiles.WORLD_READABLE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
  }

  @Test
  void anExistingTemporaryNameIsNeverFollowedOrReusedButSkipped(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("etc/token.txt");
    Files.createDirectories(f.getParent());
    Path outside = Files.writeString(dir.resolve("outside"), "untouched");
    String prefix = ".token.txt." + ProcessHandle.current().pid() + ".";
    // a link planted where the first temporary file would go, and a stale file on the second name
    Path link = Files.createSymbolicLink(f.getParent().resolve(prefix + "0.tmp"), outside);
    Path stale = Files.writeString(f.getParent().resolve(prefix + "1.tmp"), "stale");
    PrivateFiles.write(f, "secret", PrivateFiles.OWNER_ONLY);
    assertThat(Files.readString(f)).isEqualTo("secret");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    assertThat(Files.readString(outside)).isEqualTo("untouched");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(stale)).isEqualTo("stale");
    try (Stream<Path> s = Files.list(f.getParent())) {
      assertThat(s).containsExactlyInAnyOrder(f, link, stale);
    }
  }
}
