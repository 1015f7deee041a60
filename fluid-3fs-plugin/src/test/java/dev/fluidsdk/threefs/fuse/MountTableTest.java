package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MountTableTest {
  private static final String TEXT =
      "22 1 0:21 / /proc rw,nosuid shared:5 - proc proc rw\n"
          + "30 22 0:50 / /mnt/with\\040space rw,relatime shared:1 master:2 - fuse.hf3fs hf3fs.stage rw,user_id=0\n"
          + "31 22 0:51 / /runtime/thin-fuse rw - tmpfs tmpfs rw\n"
          + "32 31 0:52 / /runtime/thin-fuse rw - fuse.hf3fs hf3fs.c\\134x rw\n"
          + "garbage line\n"
          + "\n";

  @Test
  void decodesOctalEscapesInMountPointAndSource() {
    MountTable t = MountTable.parse(TEXT);
    assertThat(t.at(Path.of("/mnt/with space")))
        .hasValueSatisfying(e -> assertThat(e.fsType()).isEqualTo("fuse.hf3fs"));
    assertThat(t.at(Path.of("/runtime/thin-fuse")))
        .hasValueSatisfying(e -> assertThat(e.source()).isEqualTo("hf3fs.c\\x"));
    assertThat(MountTable.unescape("a\\011b\\012c\\134d\\040")).isEqualTo("a\tb\nc\\d ");
    assertThat(MountTable.unescape("trailing\\04")).isEqualTo("trailing\\04");
  }

  @Test
  void findsTheTopmostMountAndSkipsMalformedLines() {
    MountTable t = MountTable.parse(TEXT);
    assertThat(t.entries()).hasSize(4);
    assertThat(t.at(Path.of("/runtime/thin-fuse/"))).map(MountTable.Entry::fsType).hasValue("fuse.hf3fs");
    assertThat(t.at(Path.of("/runtime"))).isEmpty();
    assertThat(t.at(Path.of("/mnt/with\\040space"))).isEmpty();
  }

  @Test
  void optionalFieldsBeforeTheSeparatorAreSkipped() {
    assertThat(MountTable.parseLine("1 2 3:4 / /a rw shared:1 master:3 unbindable - ext4 /dev/sda1 rw"))
        .hasValue(new MountTable.Entry("/a", "ext4", "/dev/sda1"));
    assertThat(MountTable.parseLine("1 2 3:4 / /a rw no-separator here")).isEmpty();
  }
}
