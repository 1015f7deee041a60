package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A temporary "node" for running the entrypoint as a real process: a stub {@code hf3fs_fuse_main}
 * and a stub {@code fusermount3} (bash scripts that record what they are given) and a fake
 * mountinfo that the stubs edit as a real mount and unmount would.
 *
 * <p>The FUSE stub records its argv, copies the launcher TOML it was given, reads the token file
 * named in it (content and mode), appends a {@code fuse.hf3fs} line for the TOML's mountpoint to
 * the mountinfo, creates {@code 3fs-virt}, then waits, recording INT/TERM. It exits at once with
 * the code in {@code rec/exit_code} if that file exists. The fusermount stub records its
 * arguments and removes the target's lines from the mountinfo, unless {@code rec/fail_u} exists
 * and it was called with {@code -u}.
 */
final class FakeHost {
  final Path root;
  final Path rec;
  final Path mountinfo;
  final Path work;
  final Path target;
  final Path fuseBinary;
  final Path fusermount;

  private FakeHost(Path root) {
    this.root = root;
    this.rec = root.resolve("rec");
    this.mountinfo = root.resolve("proc/mountinfo");
    this.work = root.resolve("opt/3fs/etc");
    this.target = root.resolve("runtime-mnt/thin/default/demo/thin-fuse");
    this.fuseBinary = root.resolve("opt/3fs/bin/hf3fs_fuse_main");
    this.fusermount = root.resolve("usr/bin/fusermount3");
  }

  static FakeHost create(Path root) throws IOException {
    FakeHost h = new FakeHost(root);
    Files.createDirectories(h.rec);
    Files.createDirectories(h.mountinfo.getParent());
    Files.writeString(h.mountinfo, "22 1 0:21 / /proc rw,nosuid shared:5 - proc proc rw\n");
    script(h.fuseBinary, """
        #!/bin/bash
        REC='%1$s'; MOUNTINFO='%2$s'
        date +%%s%%N > "$REC/started"
        printf '%%s\\n' "$@" > "$REC/argv"
        cfg=''; prev=''
        for a in "$@"; do if [ "$prev" = --launcher_cfg ]; then cfg="$a"; fi; prev="$a"; done
        cp -- "$cfg" "$REC/launcher.toml"
        val() { sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*[\\"']\\(.*\\)[\\"'][[:space:]]*\\$/\\1/p" "$cfg" | head -n 1; }
        tok="$(val token_file)"; mp="$(val mountpoint)"
        cat -- "$tok" > "$REC/token"
        stat -c %%A -- "$tok" > "$REC/token.mode"
        printf '%%s\\n' "${NODE_NAME-<unset>}" > "$REC/node_name"
        printf '%%s\\n' "${HF3FS_FUSE_TOKEN-<unset>}" > "$REC/token_env"
        echo "99 1 0:99 / $mp rw,relatime - fuse.hf3fs hf3fs.stage rw" >> "$MOUNTINFO"
        mkdir -p -- "$mp/3fs-virt"
        sleep 60 </dev/null >/dev/null 2>&1 &
        sp=$!
        trap 'echo INT >> "$REC/signals"; kill $sp 2>/dev/null; exit 0' INT
        trap 'echo TERM >> "$REC/signals"; kill $sp 2>/dev/null; exit 143' TERM
        if [ -f "$REC/exit_code" ]; then kill $sp; exit "$(cat "$REC/exit_code")"; fi
        touch "$REC/running"
        wait $sp
        echo sleep-ended >> "$REC/signals"
        """.formatted(h.rec, h.mountinfo));
    script(h.fusermount, """
        #!/bin/bash
        REC='%1$s'; MOUNTINFO='%2$s'
        printf '%%s\\n' "$*" >> "$REC/fusermount.calls"
        t="${@: -1}"
        if [ "$1" = -u ] && [ -f "$REC/fail_u" ]; then exit 1; fi
        awk -v t="$t" '$5 != t' "$MOUNTINFO" > "$MOUNTINFO.tmp" && mv -f "$MOUNTINFO.tmp" "$MOUNTINFO"
        """.formatted(h.rec, h.mountinfo));
    return h;
  }

  private static void script(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** Adds a mount line, as a mount left by a crashed predecessor would appear. */
  void addMount(Path mountPoint, String fsType) throws IOException {
    Files.writeString(mountinfo, "77 1 0:77 / " + mountPoint + " rw - " + fsType + " hf3fs.stage rw\n",
        java.nio.file.StandardOpenOption.APPEND);
  }

  List<String> recorded(String name) throws IOException {
    Path f = rec.resolve(name);
    return Files.exists(f) ? Files.readAllLines(f) : List.of();
  }

  boolean mounted(Path mountPoint) throws IOException {
    return MountTable.read(mountinfo).at(mountPoint).isPresent();
  }

  /** Waits for {@code rec/<name>} to appear (the stub's progress markers). */
  boolean await(String name, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (Files.exists(rec.resolve(name))) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }

  /** Every regular file below the root whose name is {@code name}. */
  List<Path> find(String name) throws IOException {
    List<Path> out = new ArrayList<>();
    try (var s = Files.walk(root)) {
      s.filter(p -> p.getFileName().toString().equals(name)).forEach(out::add);
    }
    return out;
  }

  static Path javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }
}
