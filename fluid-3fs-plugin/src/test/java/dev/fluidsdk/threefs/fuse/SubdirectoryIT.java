package dev.fluidsdk.threefs.fuse;

import static dev.fluidsdk.threefs.fuse.FuseEntrypointIT.ADDRESS;
import static dev.fluidsdk.threefs.fuse.FuseEntrypointIT.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * A sub-directory of 3FS, end to end through the real {@code target/fuse-entrypoint.jar}: 3FS is
 * mounted at {@code <work-dir>/mnt} and the sub-directory bind-mounted onto the target, with the
 * stubs of {@link FakeHost} for {@code hf3fs_fuse_main}, {@code fusermount3}, {@code mount} and
 * {@code umount}.
 */
class SubdirectoryIT {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final String SUB = "datasets/imagenet";

  @TempDir Path root;

  record Run(int exit, List<String> stderr) {}

  private Path privateMount(FakeHost h) {
    return h.work.resolve("mnt");
  }

  private Process start(FakeHost h, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(FakeHost.javaBinary().toString(), "-jar",
        FuseEntrypointIT.jar().toString(), "--root", root.toString(), "--fuse-binary", h.fuseBinary.toString(),
        "--work-dir", h.work.toString(), "--fusermount", h.fusermount.toString(), "--mountinfo",
        h.mountinfo.toString(), "--mount-cmd", h.mount.toString(), "--umount-cmd", h.umount.toString(),
        "--stop-grace", "10"));
    cmd.addAll(List.of(extra));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile())
        .redirectOutput(root.resolve("entrypoint.out").toFile())
        .redirectError(root.resolve("entrypoint.err").toFile());
    pb.environment().remove(LaunchPlan.TOKEN_ENV);
    return pb.start();
  }

  private Run finish(Process p) throws Exception {
    return finish(p, "entrypoint.err");
  }

  private Run finish(Process p, String stderrFile) throws Exception {
    assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("exits").isTrue();
    return new Run(p.exitValue(), Files.readAllLines(root.resolve(stderrFile)));
  }

  private void writeConfig(FakeHost h, String mountPoint, Map<String, String> extraOptions) throws Exception {
    Map<String, String> options = new LinkedHashMap<>(Map.of("cluster-id", "stage", "token", TOKEN));
    options.putAll(extraOptions);
    Gson gson = new Gson();
    String text = "{\"mounts\":[{\"mountPoint\":" + gson.toJson(mountPoint) + ",\"name\":\"demo\",\"options\":"
        + gson.toJson(options) + "}],\"targetPath\":" + gson.toJson(h.target.toString()) + "}";
    Path file = root.resolve("etc/fluid/config/config.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** The 3FS file system the stub serves holds these directories. */
  private static void fileSystemHas(FakeHost h, String... dirs) throws Exception {
    Files.writeString(h.rec.resolve("subdirs"), String.join("\n", dirs) + "\n");
  }

  private static boolean awaitLines(FakeHost h, String name, int count) throws Exception {
    long end = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < end) {
      if (h.recorded(name).size() >= count) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  @Test
  void aSubDirectoryInTheMountPointIsBindMountedAndSigtermUnbindsBeforeTheSigint() throws Exception {
    FakeHost h = FakeHost.create(root);
    fileSystemHas(h, SUB, "other");
    writeConfig(h, ADDRESS + "/" + SUB, Map.of());
    Process p = start(h);
    assertThat(awaitLines(h, "mount.calls", 1)).as("bind mount made").isTrue();

    Path source = privateMount(h).resolve(SUB);
    assertThat(h.recorded("mount.calls")).containsExactly("--bind " + source + " " + h.target);
    assertThat(h.recorded("argv")).as("the FUSE command line does not change").containsExactly(
        "--launcher_cfg", h.work.resolve("hf3fs_fuse_main_launcher.toml").toString(),
        "--config.mgmtd.mgmtd_server_addresses=[\"" + ADDRESS + "\"]");
    TomlParseResult toml = Toml.parse(Files.readString(h.rec.resolve("launcher.toml")));
    assertThat(toml.getString("mountpoint")).isEqualTo(privateMount(h).toString());
    assertThat(h.mounted(h.target)).isTrue();
    assertThat(h.mounted(privateMount(h))).isTrue();
    assertThat(ready(h)).as("ready from the config alone").isEqualTo(new Run(0, List.of()));
    assertThat(Files.readString(root.resolve("ready.out"))).contains("/" + SUB);

    p.destroy(); // SIGTERM
    Run r = finish(p);
    assertThat(r.exit()).isZero();
    assertThat(h.recorded("events")).containsExactly(
        "mount --bind " + source + " " + h.target, "umount " + h.target, "INT");
    assertThat(h.recorded("fusermount.calls")).containsExactly("-u " + privateMount(h));
    assertThat(h.mounted(h.target)).isFalse();
    assertThat(h.mounted(privateMount(h))).isFalse();
    assertThat(String.join("\n", r.stderr())).doesNotContain(TOKEN);
  }

  @Test
  void theSubdirOptionWorksAloneOrAgreeingWithTheMountPoint() throws Exception {
    for (String mountPoint : List.of(ADDRESS, ADDRESS + "/" + SUB)) {
      Path run = Files.createDirectories(root.resolve("run" + mountPoint.length()));
      FakeHost h = FakeHost.create(run);
      fileSystemHas(h, SUB);
      writeConfig(h, mountPoint, Map.of("subdir", SUB + "/"));
      Process p = start(h);
      assertThat(awaitLines(h, "mount.calls", 1)).as("bind mount made for " + mountPoint).isTrue();
      assertThat(h.recorded("mount.calls")).containsExactly("--bind " + privateMount(h).resolve(SUB) + " " + h.target);
      p.destroy();
      assertThat(finish(p).exit()).isZero();
      assertThat(h.recorded("umount.calls")).containsExactly(h.target.toString());
    }
  }

  @Test
  void aMissingSubDirectoryStopsTheFuseProcessWithItsOwnExitCode() throws Exception {
    FakeHost h = FakeHost.create(root);
    fileSystemHas(h, "datasets/coco");
    writeConfig(h, ADDRESS + "/" + SUB, Map.of());
    Run r = finish(start(h));
    assertThat(r.exit()).isEqualTo(ExitCode.SUBDIR_MISSING.code()).isEqualTo(73);
    assertThat(r.stderr()).last().asString()
        .startsWith("fuse-entrypoint: sub-directory /" + SUB + " does not exist in the 3FS file system");
    assertThat(h.recorded("signals")).containsExactly("INT");
    assertThat(h.recorded("mount.calls")).isEmpty();
    assertThat(h.recorded("fusermount.calls")).containsExactly("-u " + privateMount(h));
  }

  @Test
  void aChildThatExitsBeforeMountingPassesItsCodeThrough() throws Exception {
    FakeHost h = FakeHost.create(root);
    Files.writeString(h.rec.resolve("no_mount"), "");
    Files.writeString(h.rec.resolve("exit_code"), "7");
    writeConfig(h, ADDRESS + "/" + SUB, Map.of());
    assertThat(finish(start(h)).exit()).isEqualTo(7);
    assertThat(h.recorded("mount.calls")).isEmpty();
    assertThat(h.recorded("umount.calls")).isEmpty();
  }

  @Test
  void aMountThatNeverAppearsTimesOut() throws Exception {
    FakeHost h = FakeHost.create(root);
    Files.writeString(h.rec.resolve("no_mount"), "");
    writeConfig(h, ADDRESS + "/" + SUB, Map.of());
    Run r = finish(start(h, "--mount-timeout", "1"));
    assertThat(r.exit()).isEqualTo(ExitCode.MOUNT_TIMEOUT.code()).isEqualTo(74);
    assertThat(r.stderr()).last().asString().contains("3FS did not appear as fuse.hf3fs at " + privateMount(h));
    assertThat(h.recorded("signals")).containsExactly("INT");
    assertThat(h.recorded("mount.calls")).isEmpty();
  }

  @Test
  void aFailedBindStopsTheFuseProcess() throws Exception {
    FakeHost h = FakeHost.create(root);
    fileSystemHas(h, SUB);
    Files.writeString(h.rec.resolve("fail_mount"), "");
    writeConfig(h, ADDRESS + "/" + SUB, Map.of());
    Run r = finish(start(h));
    assertThat(r.exit()).isEqualTo(ExitCode.BIND_FAILED.code()).isEqualTo(75);
    assertThat(h.recorded("events")).containsExactly(
        "mount --bind " + privateMount(h).resolve(SUB) + " " + h.target, "INT");
    assertThat(h.recorded("fusermount.calls")).containsExactly("-u " + privateMount(h));
  }

  @Test
  void aFailedUmountFallsBackToLazy() throws Exception {
    FakeHost h = FakeHost.create(root);
    fileSystemHas(h, SUB);
    Files.writeString(h.rec.resolve("fail_umount"), "");
    writeConfig(h, ADDRESS + "/" + SUB, Map.of());
    Process p = start(h);
    assertThat(awaitLines(h, "mount.calls", 1)).isTrue();
    p.destroy();
    assertThat(finish(p).exit()).isZero();
    assertThat(h.recorded("umount.calls")).containsExactly(h.target.toString(), "-l " + h.target);
    assertThat(h.recorded("events")).last().isEqualTo("INT");
  }

  @Test
  void staleMountsAtTheTargetAndThePrivatePathAreDetachedFirst() throws Exception {
    FakeHost h = FakeHost.create(root);
    // listed in mountinfo, not stat-able (the directories do not exist): a dead predecessor's mounts
    h.addMount(privateMount(h), "fuse.hf3fs");
    h.addMount(h.target, "fuse.hf3fs");
    fileSystemHas(h, SUB);
    writeConfig(h, ADDRESS + "/" + SUB, Map.of());
    Process p = start(h);
    assertThat(awaitLines(h, "mount.calls", 1)).isTrue();
    assertThat(h.recorded("umount.calls")).containsExactly("-l " + h.target);
    assertThat(h.recorded("fusermount.calls")).containsExactly("-uz " + privateMount(h));
    assertThat(h.recorded("started")).hasSize(1);
    p.destroy();
    assertThat(finish(p).exit()).isZero();
  }

  @Test
  void readyWithASubDirectoryLooksFor3fsVirtAtThePrivateRoot() throws Exception {
    FakeHost h = FakeHost.create(root);
    writeConfig(h, ADDRESS, Map.of("subdir", SUB));
    Files.createDirectories(h.target);
    Run unmounted = ready(h);
    assertThat(unmounted.exit()).isEqualTo(1);
    assertThat(unmounted.stderr()).containsExactly("not ready: " + h.target + " is not a mount point");

    h.addMount(h.target, "fuse.hf3fs");
    Files.createDirectories(h.target.resolve("3fs-virt")); // a stray one in the sub-directory is not proof
    Run noRoot = ready(h);
    assertThat(noRoot.exit()).isEqualTo(1);
    assertThat(noRoot.stderr()).hasSize(1);
    assertThat(noRoot.stderr().get(0)).startsWith("not ready: " + privateMount(h).resolve("3fs-virt") + " is not reachable");

    Files.createDirectories(privateMount(h).resolve("3fs-virt"));
    assertThat(ready(h)).isEqualTo(new Run(0, List.of()));
    assertThat(ready(h, "--target", h.target.toString())).as("--target with the config's sub-directory")
        .isEqualTo(new Run(0, List.of()));
    Files.delete(privateMount(h).resolve("3fs-virt"));
    assertThat(ready(h, "--target", h.target.toString()).exit()).isEqualTo(1);
  }

  private Run ready(FakeHost h, String... extra) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(FakeHost.javaBinary().toString(), "-jar",
        FuseEntrypointIT.jar().toString(), "ready", "--root", root.toString(), "--work-dir", h.work.toString(),
        "--mountinfo", h.mountinfo.toString()));
    cmd.addAll(List.of(extra));
    Process p = new ProcessBuilder(cmd)
        .redirectOutput(root.resolve("ready.out").toFile())
        .redirectError(root.resolve("ready.err").toFile())
        .start();
    return finish(p, "ready.err");
  }
}
