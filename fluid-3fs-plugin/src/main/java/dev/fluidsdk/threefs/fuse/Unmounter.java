package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Unmounts the target with {@code fusermount3}: before mounting, a stale mount left by a crashed
 * predecessor; after the FUSE process ends, whatever it left mounted. Decisions come from
 * mountinfo, never from guessing; commands run as argument arrays, never through a shell.
 */
public final class Unmounter {
  private static final long COMMAND_TIMEOUT_SECONDS = 30;

  private final String fusermount;
  private final Path mountinfo;
  private final Consumer<String> log;

  public Unmounter(String fusermount, Path mountinfo, Consumer<String> log) {
    this.fusermount = fusermount;
    this.mountinfo = mountinfo;
    this.log = log;
  }

  /** The topmost mount at {@code target} according to mountinfo. */
  public Optional<MountTable.Entry> mountAt(Path target) {
    try {
      return MountTable.read(mountinfo).at(target);
    } catch (IOException e) {
      log.accept("cannot read " + mountinfo + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Before mounting: if mountinfo shows a mount at {@code target} that cannot be stat'ed (the
   * "Transport endpoint is not connected" of a FUSE daemon that died), detach it lazily.
   *
   * @throws EntrypointException {@link ExitCode#PREPARE_FAILED} if it stays mounted
   */
  public void cleanStale(Path target) {
    cleanStale(target, List.of(fusermount, "-uz", target.toString()));
  }

  /** {@link #cleanStale(Path)} with another detaching command (its last argument is the target). */
  void cleanStale(Path target, List<String> detach) {
    Optional<MountTable.Entry> m = mountAt(target);
    if (m.isEmpty()) {
      return;
    }
    try {
      Files.readAttributes(target, BasicFileAttributes.class);
      log.accept("a live " + m.get().fsType() + " mount is already at " + target + "; mounting over it");
      return;
    } catch (IOException e) {
      log.accept("stale " + m.get().fsType() + " mount at " + target + " (" + reason(e)
          + "); detaching it with " + String.join(" ", detach.subList(0, detach.size() - 1)));
    }
    run(detach);
    if (mountAt(target).isPresent()) {
      throw new EntrypointException(
          ExitCode.PREPARE_FAILED, "stale mount at " + target + " could not be detached");
    }
  }

  /** After the FUSE process ended: {@code fusermount3 -u}, then lazy {@code -uz} if still there. */
  public void unmountIfMounted(Path target) {
    if (mountAt(target).isEmpty()) {
      return;
    }
    log.accept("unmounting " + target);
    int rc = run(List.of(fusermount, "-u", target.toString()));
    if (rc == 0 && mountAt(target).isEmpty()) {
      return;
    }
    log.accept(fusermount + " -u " + target + " did not unmount it (exit " + rc + "); trying -uz");
    run(List.of(fusermount, "-uz", target.toString()));
    if (mountAt(target).isPresent()) {
      log.accept(target + " is still mounted");
    }
  }

  private static String reason(IOException e) {
    String r = e instanceof java.nio.file.FileSystemException fse ? fse.getReason() : null;
    return r != null ? r : e.getClass().getSimpleName();
  }

  /** Runs a command (no shell) with a timeout; -1 if it could not run or timed out. */
  int run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).inheritIO().start();
      if (!p.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        log.accept(command.get(0) + " timed out");
        return -1;
      }
      return p.exitValue();
    } catch (IOException e) {
      log.accept("cannot run " + command.get(0) + ": " + e.getMessage());
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
