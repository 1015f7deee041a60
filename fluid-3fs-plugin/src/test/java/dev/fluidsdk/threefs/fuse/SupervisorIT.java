package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor in a JVM of its own (through {@link SupervisorProbe}), with the stubs of {@link
 * FakeHost}: signals, unmounting and stale-mount cleanup, independent of the 3FS core.
 */
class SupervisorIT {
  private static final Duration WAIT = Duration.ofSeconds(20);

  @TempDir Path root;

  private Process start(FakeHost h, String grace) throws Exception {
    return start(h, grace, List.of());
  }

  private Process start(FakeHost h, String grace, List<String> prefix) throws Exception {
    String cp = System.getProperty("java.class.path");
    List<String> cmd = new java.util.ArrayList<>(prefix);
    cmd.addAll(List.of(FakeHost.javaBinary().toString(), "-cp", cp,
            SupervisorProbe.class.getName(), h.fuseBinary.toString(), h.target.toString(),
            h.work.toString(), h.fusermount.toString(), h.mountinfo.toString(), grace));
    return new ProcessBuilder(cmd)
        .redirectOutput(root.resolve("probe.out").toFile())
        .redirectError(root.resolve("probe.err").toFile())
        .start();
  }

  private int exit(Process p) throws Exception {
    assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("probe exits").isTrue();
    return p.exitValue();
  }

  @Test
  void sigtermBecomesSigintAndTheTargetIsUnmounted() throws Exception {
    FakeHost h = FakeHost.create(root);
    Process p = start(h, "10");
    assertThat(h.await("running", WAIT)).as("stub running").isTrue();
    assertThat(h.mounted(h.target)).isTrue();
    p.destroy(); // SIGTERM, as the kubelet (or tini) sends it
    assertThat(exit(p)).isZero(); // the stub exits 0 on SIGINT: its code is passed through
    assertThat(h.recorded("signals")).containsExactly("INT");
    assertThat(h.recorded("fusermount.calls")).containsExactly("-u " + h.target);
    assertThat(h.mounted(h.target)).isFalse();
    assertThat(h.recorded("token")).containsExactly(SupervisorProbe.TOKEN);
    assertThat(h.recorded("token.mode")).containsExactly("-rw-------");
  }

  @Test
  void anInheritedIgnoredSigintIsResetForTheChild() throws Exception {
    FakeHost h = FakeHost.create(root);
    // as if started as a background job of a non-interactive shell: SIGINT ignored from the start
    Process p = start(h, "10", List.of("env", "--ignore-signal=INT"));
    assertThat(h.await("running", WAIT)).as("stub running").isTrue();
    p.destroy();
    assertThat(exit(p)).isZero();
    assertThat(h.recorded("signals")).containsExactly("INT");
    assertThat(h.recorded("argv")).first().isEqualTo("--launcher_cfg");
    assertThat(Files.readString(root.resolve("probe.err"))).contains("SIGINT ignored by this process's parent");
  }

  @Test
  void theChildsExitCodeIsPassedThroughAndItsMountCleanedUp() throws Exception {
    FakeHost h = FakeHost.create(root);
    Files.writeString(h.rec.resolve("exit_code"), "3");
    Files.writeString(h.rec.resolve("fail_u"), "");
    assertThat(exit(start(h, "10"))).isEqualTo(3);
    // -u "fails" in this test, so the lazy -uz fallback must follow
    assertThat(h.recorded("fusermount.calls")).containsExactly("-u " + h.target, "-uz " + h.target);
    assertThat(h.mounted(h.target)).isFalse();
  }

  @Test
  void aStaleMountIsDetachedBeforeStarting() throws Exception {
    FakeHost h = FakeHost.create(root);
    // listed in mountinfo but not stat-able: what a dead FUSE daemon leaves behind
    h.addMount(h.target, "fuse.hf3fs");
    Files.writeString(h.rec.resolve("exit_code"), "0");
    assertThat(exit(start(h, "10"))).isZero();
    List<String> calls = h.recorded("fusermount.calls");
    assertThat(calls).first().isEqualTo("-uz " + h.target);
    assertThat(h.recorded("started")).hasSize(1);
    assertThat(Files.readString(root.resolve("probe.err"))).contains("stale fuse.hf3fs mount at " + h.target);
  }

  @Test
  void aLiveMountIsLeftAlone() throws Exception {
    FakeHost h = FakeHost.create(root);
    Files.createDirectories(h.target);
    h.addMount(h.target, "tmpfs");
    Files.writeString(h.rec.resolve("exit_code"), "0");
    assertThat(exit(start(h, "10"))).isZero();
    assertThat(h.recorded("fusermount.calls")).doesNotContain("-uz " + h.target);
  }

  @Test
  void aMissingBinaryIsAStartFailure() throws Exception {
    FakeHost h = FakeHost.create(root);
    Files.delete(h.fuseBinary);
    assertThat(exit(start(h, "10"))).isEqualTo(ExitCode.FUSE_START_FAILED.code());
    assertThat(Files.readString(root.resolve("probe.err"))).contains("cannot start " + h.fuseBinary);
  }

  @Test
  void aChildIgnoringSigintIsKilledAfterTheGracePeriod() throws Exception {
    FakeHost h = FakeHost.create(root);
    // a FUSE binary that ignores SIGINT
    Files.writeString(h.fuseBinary, "#!/bin/bash\ntrap '' INT\ntouch '" + h.rec + "/running'\n"
        + "while true; do sleep 0.1; done\n");
    Process p = start(h, "1");
    assertThat(h.await("running", WAIT)).isTrue();
    p.destroy();
    assertThat(exit(p)).isEqualTo(128 + 9);
    assertThat(Files.readString(root.resolve("probe.err"))).contains("still running after 1s: killing it");
    assertThat(new File(h.rec.toFile(), "signals")).doesNotExist();
  }
}
