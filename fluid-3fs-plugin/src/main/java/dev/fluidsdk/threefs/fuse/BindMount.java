package dev.fluidsdk.threefs.fuse;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bind mount that exposes a sub-directory of the private 3FS mount at Fluid's target: {@code
 * mount --bind SRC TARGET} to expose it, {@code umount TARGET} (then lazy {@code umount -l}) to
 * withdraw it. Like {@link Unmounter}, every decision comes from mountinfo and every command runs
 * as an argument array, never through a shell; the commands are options so tests can stub them.
 */
public final class BindMount {
  private final String mount;
  private final String umount;
  private final Unmounter unmounter;
  private final Consumer<String> log;

  public BindMount(String mount, String umount, Unmounter unmounter, Consumer<String> log) {
    this.mount = mount;
    this.umount = umount;
    this.unmounter = unmounter;
    this.log = log;
  }

  /**
   * Before mounting: a bind left at {@code target} by a crashed predecessor (its FUSE daemon gone,
   * so it cannot be stat'ed) is detached with {@code umount -l}.
   *
   * @throws EntrypointException {@link ExitCode#PREPARE_FAILED} if it stays mounted
   */
  public void cleanStale(Path target) {
    unmounter.cleanStale(target, List.of(umount, "-l", target.toString()));
  }

  /** Bind-mounts {@code source} onto {@code target}; true when mountinfo then shows it there. */
  public boolean bind(Path source, Path target) {
    int rc = unmounter.run(List.of(mount, "--bind", source.toString(), target.toString()));
    if (rc != 0) {
      log.accept(mount + " --bind " + source + " " + target + " failed (exit " + rc + ")");
      return false;
    }
    if (unmounter.mountAt(target).isEmpty()) {
      log.accept(mount + " --bind exited 0 but mountinfo shows nothing at " + target);
      return false;
    }
    return true;
  }

  /** Withdraws the bind at {@code target} if mountinfo shows one: {@code umount}, then {@code -l}. */
  public void unbind(Path target) {
    if (unmounter.mountAt(target).isEmpty()) {
      return;
    }
    log.accept("unmounting the bind mount at " + target);
    int rc = unmounter.run(List.of(umount, target.toString()));
    if (rc == 0 && unmounter.mountAt(target).isEmpty()) {
      return;
    }
    log.accept(umount + " " + target + " did not unmount it (exit " + rc + "); trying -l");
    unmounter.run(List.of(umount, "-l", target.toString()));
    if (unmounter.mountAt(target).isPresent()) {
      log.accept(target + " is still mounted");
    }
  }
}
