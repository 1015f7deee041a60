package dev.fluidsdk.bench.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A temporary stand-in for the FUSE container's file system: Fluid's config JSON, the token
 * Secret file, a stub {@code hf3fs_fuse_main} that writes {@code date +%s%N} (epoch nanoseconds)
 * to {@code rec/started} and exits, a stub {@code fusermount3} and an empty mountinfo.
 *
 * <p>Two layouts below one root: {@code ours/} for the entrypoint (mount point {@code
 * RDMA://...}, token through the {@code token} option as Fluid passes an encryptOption), {@code
 * seed/} for the seed's scripts (mount point {@code TOKEN@RDMA://...}, a launcher TOML template
 * that its {@code sed} edits, restored before each run).
 */
final class FakeNode {
  /** A well-formed 3FS token (the one the entrypoint's own tests use). */
  static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL";
  static final String MGMTD = "RDMA://10.0.0.1:8000";

  final Path root;
  final Path started;
  final Path ours;
  final Path seed;
  private final Path seedTemplate;

  private FakeNode(Path root, Path seedBaseline) {
    this.root = root;
    this.started = root.resolve("rec/started");
    this.ours = root.resolve("ours");
    this.seed = root.resolve("seed");
    this.seedTemplate = seedBaseline.resolve("hf3fs_fuse_main_launcher.toml");
  }

  static FakeNode create(Path root, Path seedBaseline) throws IOException {
    FakeNode n = new FakeNode(root, seedBaseline);
    Files.createDirectories(n.started.getParent());
    String stub = "#!/bin/sh\ndate +%s%N > '" + n.started + "'\nexit 0\n";
    for (Path layout : new Path[] {n.ours, n.seed}) {
      script(layout.resolve("opt/3fs/bin/hf3fs_fuse_main"), stub);
      script(layout.resolve("usr/bin/fusermount3"), "#!/bin/sh\nexit 0\n");
      Files.createDirectories(layout.resolve("opt/3fs/etc"));
      write(layout.resolve("proc/mountinfo"), "22 1 0:21 / /proc rw,nosuid shared:5 - proc proc rw\n");
    }
    Path tokenFile = n.ours.resolve("etc/fluid/secrets/threefs-token/token");
    write(tokenFile, TOKEN);
    write(n.oursConfig(), config(MGMTD, n.ours, "\"cluster-id\":\"stage\",\"token\":\"" + tokenFile + "\""));
    write(n.seed.resolve("etc/fluid/config/config.json"), config(TOKEN + "@" + MGMTD, n.seed, ""));
    return n;
  }

  private static String config(String mountPoint, Path layout, String options) {
    Path target = layout.resolve("runtime-mnt/thin/default/demo/thin-fuse");
    return "{\"mounts\":[{\"mountPoint\":\"" + mountPoint + "\",\"name\":\"demo\",\"options\":{"
        + options + "}}],\"targetPath\":\"" + target + "\",\"runtimeOptions\":{},"
        + "\"accessModes\":[\"ReadWriteMany\"],\"persistentVolumeAttrs\":{}}\n";
  }

  Path oursConfig() {
    return ours.resolve("etc/fluid/config/config.json");
  }

  /** The entrypoint's arguments, every path pointing into {@code ours/}. */
  String[] oursArgs() {
    return new String[] {
      "--config", oursConfig().toString(),
      "--fuse-binary", ours.resolve("opt/3fs/bin/hf3fs_fuse_main").toString(),
      "--work-dir", ours.resolve("opt/3fs/etc").toString(),
      "--fusermount", ours.resolve("usr/bin/fusermount3").toString(),
      "--mountinfo", ours.resolve("proc/mountinfo").toString(),
      "--stop-grace", "1"
    };
  }

  /** Clears the previous run's marker and gives the seed a fresh, unedited template. */
  void reset() throws IOException {
    Files.deleteIfExists(started);
    Files.deleteIfExists(seed.resolve("mount-3fs.sh"));
    Files.copy(seedTemplate, seed.resolve("opt/3fs/etc/hf3fs_fuse_main_launcher.toml"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The stub's timestamp in epoch nanoseconds, or -1 if it did not run. */
  long startedAtNanos() throws IOException {
    if (!Files.exists(started)) {
      return -1;
    }
    String s = Files.readString(started, StandardCharsets.US_ASCII).strip();
    return s.isEmpty() ? -1 : Long.parseLong(s);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void script(Path file, String text) throws IOException {
    write(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
