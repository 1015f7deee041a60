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
 * named in it (content and mode), creates {@code 3fs-virt} below the TOML's mountpoint, appends a
 * {@code fuse.hf3fs} line for that mountpoint to the mountinfo, then waits, recording INT/TERM. It exits at once with
 * the code in {@code rec/exit_code} if that file exists. The fusermount stub records its
 * arguments and removes the target's lines from the mountinfo, unless {@code rec/fail_u} exists
 * and it was called with {@code -u}.
 *
 * <p>For sub-directory mounts: the FUSE stub creates each directory listed in {@code rec/subdirs}
 * below its mountpoint, and does not mount at all if {@code rec/no_mount} exists. The {@code
 * mount} stub records its arguments and adds a {@code fuse.hf3fs} line for its last argument (a
 * bind mount of a FUSE mount shows the FUSE fstype), unless {@code rec/fail_mount} exists; the
 * {@code umount} stub records its arguments and removes its last argument's lines, unless {@code
 * rec/fail_umount} exists and it was called without {@code -l}. Signals, mount and umount calls
 * are also appended, in order, to {@code rec/events}.
 */
final class FakeHost {
  final Path root;
  final Path rec;
  final Path mountinfo;
  final Path work;
  final Path target;
  final Path fuseBinary;
  final Path fusermount;
  final Path mount;
  final Path umount;

  private FakeHost(Path root) {
    this.root = root;
    this.rec = root.resolve("rec");
    this.mountinfo = root.resolve("proc/mountinfo");
    this.work = root.resolve("opt/3fs/etc");
    this.target = root.resolve("runtime-mnt/thin/default/demo/thin-fuse");
    this.fuseBinary = root.resolve("opt/3fs/bin/hf3fs_fuse_main");
    this.fusermount = root.resolve("usr/bin/fusermount3");
    this.mount = root.resolve("usr/bin/mount");
    this.umount = root.resolve("usr/bin/umount");
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
        if [ ! -f "$REC/no_mount" ]; then
          # the file system's content first: once mountinfo shows a real mount, its files are there
          mkdir -p -- "$mp/3fs-virt"
          if [ -f "$REC/subdirs" ]; then while read -r d; do mkdir -p -- "$mp/$d"; done < "$REC/subdirs"; fi
          echo "99 1 0:99 / $mp rw,relatime - fuse.hf3fs hf3fs.stage rw" >> "$MOUNTINFO"
        fi
        sleep 60 </dev/null >/dev/null 2>&1 &
        sp=$!
        trap 'echo INT >> "$REC/signals"; echo INT >> "$REC/events"; kill $sp 2>/dev/null; exit 0' INT
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
    script(h.mount, """
        #!/bin/bash
        REC='%1$s'; MOUNTINFO='%2$s'
        printf '%%s\\n' "$*" >> "$REC/mount.calls"
        printf 'mount %%s\\n' "$*" >> "$REC/events"
        if [ -f "$REC/fail_mount" ]; then exit 32; fi
        echo "98 1 0:99 /sub ${@: -1} rw,relatime - fuse.hf3fs hf3fs.stage rw" >> "$MOUNTINFO"
        """.formatted(h.rec, h.mountinfo));
    script(h.umount, """
        #!/bin/bash
        REC='%1$s'; MOUNTINFO='%2$s'
        printf '%%s\\n' "$*" >> "$REC/umount.calls"
        printf 'umount %%s\\n' "$*" >> "$REC/events"
        t="${@: -1}"
        if [ "$1" != -l ] && [ -f "$REC/fail_umount" ]; then exit 32; fi
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
