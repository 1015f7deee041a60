package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntrypointArgsTest {
  @Test
  void defaultsMatchTheImageLayout() {
    EntrypointArgs a = EntrypointArgs.parse(List.of());
    assertThat(a.isReady()).isFalse();
    assertThat(a.fuseBinary()).isEqualTo(Path.of("/opt/3fs/bin/hf3fs_fuse_main"));
    assertThat(a.workDir()).isEqualTo(Path.of("/opt/3fs/etc"));
    assertThat(a.fusermount()).isEqualTo("fusermount3");
    assertThat(a.mountinfo()).isEqualTo(Path.of("/proc/self/mountinfo"));
    assertThat(a.configCandidates())
        .containsExactly(Path.of("/etc/fluid/config/config.json"), Path.of("/etc/fluid/config.json"));
  }

  @Test
  void bothOptionSpellingsAreAccepted() {
    EntrypointArgs a = EntrypointArgs.parse(
        List.of("--config=/c.json", "--work-dir", "/w", "--stop-grace", "3", "--fusermount", "/bin/fm"));
    assertThat(a.configCandidates()).containsExactly(Path.of("/c.json"));
    assertThat(a.workDir()).isEqualTo(Path.of("/w"));
    assertThat(a.stopGrace()).isEqualTo(Duration.ofSeconds(3));
    assertThat(a.fusermount()).isEqualTo("/bin/fm");
    assertThat(EntrypointArgs.parse(List.of("--root", "/r")).configCandidates())
        .containsExactly(Path.of("/r/etc/fluid/config/config.json"), Path.of("/r/etc/fluid/config.json"));
  }

  @Test
  void readySubCommandNeedsTarget() {
    EntrypointArgs a = EntrypointArgs.parse(List.of("ready", "--target", "/t", "--mountinfo", "/m"));
    assertThat(a.isReady()).isTrue();
    assertThat(a.readyTarget()).isEqualTo(Path.of("/t"));
    assertThat(a.mountinfo()).isEqualTo(Path.of("/m"));
    EntrypointArgs fromConfig = EntrypointArgs.parse(List.of("ready", "--config", "/c.json"));
    assertThat(fromConfig.readyTarget()).isNull();
    assertThat(fromConfig.configCandidates()).containsExactly(Path.of("/c.json"));
    // ready takes --work-dir (where a sub-directory's private 3FS mount is), not the run options
    assertThat(EntrypointArgs.parse(List.of("ready", "--work-dir", "/w")).workDir()).isEqualTo(Path.of("/w"));
    assertUsage(List.of("ready", "--target", "/t", "--fusermount", "/f"), "unknown option for ready: '--fusermount'");
    assertUsage(List.of("ready", "--mount-cmd", "/m"), "unknown option for ready: '--mount-cmd'");
  }

  @Test
  void badCommandLinesAreUsageErrors() {
    assertUsage(List.of("--bogus", "x"), "unknown option '--bogus'");
    assertUsage(List.of("--config"), "'--config' needs a value");
    assertUsage(List.of("extra"), "unexpected argument 'extra'");
    assertUsage(List.of("--stop-grace", "-1"), "--stop-grace must be");
    assertUsage(List.of("--work-dir="), "needs a non-empty value");
  }

  @Test
  void whatIsQuotedStaysOnOneLineAndAPathWithNulIsAUsageError() {
    assertUsage(List.of("--bogus\nfuse-entrypoint: started", "x"),
        "unknown option '--bogus\\u000Afuse-entrypoint: started'");
    assertUsage(List.of("--" + "x".repeat(500), "v"), "...(502 characters)");
    assertUsage(List.of("--work-dir", "/a\u0000b"), "--work-dir is not a usable path: '/a\\u0000b'");
    assertUsage(List.of("ready", "--target", "/t\u0000"), "--target is not a usable path");
  }

  private static void assertUsage(List<String> args, String message) {
    assertThatThrownBy(() -> EntrypointArgs.parse(args))
        .isInstanceOfSatisfying(EntrypointException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
        .hasMessageContaining(message)
        .hasMessageContaining("usage:");
  }
}
