package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InheritedSignalsTest {
  @Test
  void readsTheIgnoredMaskOfProcStatus(@TempDir Path dir) throws Exception {
    Path status = dir.resolve("status");
    // bit 0 = SIGHUP, bit 1 = SIGINT, bit 14 = SIGTERM; 0x1000 (SIGPIPE is 13 -> bit 12) is not reported
    Files.writeString(status, "Name:\tjava\nSigBlk:\t0000000000000002\nSigIgn:\t0000000000001002\n");
    assertThat(InheritedSignals.ignored(status)).containsExactly("INT");
    Files.writeString(status, "SigIgn:\t0000000000004001\n");
    assertThat(InheritedSignals.ignored(status)).containsExactly("HUP", "TERM");
    assertThat(InheritedSignals.ignored(dir.resolve("absent"))).isEmpty();
  }

  @Test
  void prefixesEnvOnlyWhenSomethingIsIgnored() {
    List<String> cmd = List.of("/opt/3fs/bin/hf3fs_fuse_main", "--launcher_cfg", "/x.toml");
    assertThat(InheritedSignals.withDefaults(cmd, List.of(), "env")).isSameAs(cmd);
    assertThat(InheritedSignals.withDefaults(cmd, List.of("INT", "TERM"), "env")).containsExactly(
        "env", "--default-signal=INT,TERM", "--", "/opt/3fs/bin/hf3fs_fuse_main", "--launcher_cfg", "/x.toml");
  }
}
