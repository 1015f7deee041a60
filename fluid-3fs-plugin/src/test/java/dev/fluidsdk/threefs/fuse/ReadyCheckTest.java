package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadyCheckTest {
  @TempDir Path dir;

  private Path mountinfo(String fsType, Path at) throws Exception {
    Path f = dir.resolve("mountinfo");
    Files.writeString(f, "1 0 0:1 / / rw - ext4 /dev/sda rw\n"
        + "2 1 0:2 / " + at.toString().replace(" ", "\\040") + " rw - " + fsType + " hf3fs.stage rw\n");
    return f;
  }

  @Test
  void readyWhenHf3fsIsMountedAndServes3fsVirt() throws Exception {
    Path target = dir.resolve("mnt point");
    Files.createDirectories(target.resolve("3fs-virt"));
    assertThat(ReadyCheck.whyNotReady(target, mountinfo("fuse.hf3fs", target))).isEmpty();
  }

  @Test
  void notReadyReasons() throws Exception {
    Path target = dir.resolve("mnt");
    Files.createDirectories(target);
    assertThat(ReadyCheck.whyNotReady(target, mountinfo("fuse.hf3fs", dir.resolve("other"))))
        .hasValue(target + " is not a mount point");
    assertThat(ReadyCheck.whyNotReady(target, mountinfo("fuse.sshfs", target)))
        .hasValue(target + " is mounted as fuse.sshfs, not fuse.hf3fs");
    assertThat(ReadyCheck.whyNotReady(target, mountinfo("fuse.hf3fs", target)))
        .hasValueSatisfying(s -> assertThat(s).startsWith(target.resolve("3fs-virt") + " is not reachable"));
    assertThat(ReadyCheck.whyNotReady(target, dir.resolve("no-such-mountinfo")))
        .hasValue(target + " is not a mount point");
  }

  @Test
  void aSubDirectoryBindIsReadyOnlyWhen3fsVirtIsAtThePrivateRoot() throws Exception {
    Path target = dir.resolve("target");
    Path privateMount = dir.resolve("work/mnt");
    Files.createDirectories(target.resolve("3fs-virt")); // not at the root: proves nothing
    Files.createDirectories(privateMount);
    Path mountinfo = mountinfo("fuse.hf3fs", target);
    assertThat(ReadyCheck.whyNotReady(target, privateMount, mountinfo))
        .hasValueSatisfying(s -> assertThat(s).startsWith(privateMount.resolve("3fs-virt") + " is not reachable"));
    Files.createDirectories(privateMount.resolve("3fs-virt"));
    assertThat(ReadyCheck.whyNotReady(target, privateMount, mountinfo)).isEmpty();
    assertThat(ReadyCheck.whyNotReady(target, privateMount, mountinfo("tmpfs", target)))
        .hasValue(target + " is mounted as tmpfs, not fuse.hf3fs");
  }
}
