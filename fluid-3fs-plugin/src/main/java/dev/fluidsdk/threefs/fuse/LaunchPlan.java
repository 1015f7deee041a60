package dev.fluidsdk.threefs.fuse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the supervisor needs, fully validated before anything is written: the exact
 * {@code hf3fs_fuse_main} argument array, the files to write and the mount point to watch.
 *
 * <p>With a sub-directory, 3FS mounts the whole file system at a private {@code mountPoint}
 * ({@code <work-dir>/mnt}) and the sub-directory is bind-mounted onto {@code bindTarget}
 * (Fluid's {@code targetPath}); without one both are null and 3FS mounts at the target itself.
 *
 * @param command the argument array, binary first; never passed to a shell
 * @param mountPoint where {@code hf3fs_fuse_main} mounts (the launcher's {@code mountpoint})
 * @param launcherFile where the launcher TOML goes
 * @param launcherToml the rendered launcher TOML (holds the token file's path, not the token)
 * @param tokenFile where the token goes (mode 0600)
 * @param token the token text; {@link #toString()} never shows it
 * @param subdirectory the normalised sub-directory ({@code /a/b}) to expose; null for the root
 * @param bindTarget where the sub-directory is bind-mounted; null exactly when subdirectory is
 */
public record LaunchPlan(
    List<String> command,
    Path mountPoint,
    Path launcherFile,
    String launcherToml,
    Path tokenFile,
    String token,
    String subdirectory,
    Path bindTarget) {

  /** Name of the variable 3FS prefers over {@code token_file}; removed from the child's env. */
  public static final String TOKEN_ENV = "HF3FS_FUSE_TOKEN";

  public LaunchPlan {
    command = List.copyOf(command);
    Objects.requireNonNull(mountPoint, "mountPoint");
    Objects.requireNonNull(launcherFile, "launcherFile");
    Objects.requireNonNull(launcherToml, "launcherToml");
    Objects.requireNonNull(tokenFile, "tokenFile");
    Objects.requireNonNull(token, "token");
    if ((subdirectory == null) != (bindTarget == null)) {
      throw new IllegalArgumentException("subdirectory and bindTarget go together");
    }
  }

  /** A plan without a sub-directory: 3FS mounts at {@code mountPoint} itself. */
  public LaunchPlan(
      List<String> command, Path mountPoint, Path launcherFile, String launcherToml, Path tokenFile,
      String token) {
    this(command, mountPoint, launcherFile, launcherToml, tokenFile, token, null, null);
  }

  /** Whether a sub-directory is bind-mounted onto {@link #bindTarget()}. */
  public boolean hasSubdirectory() {
    return subdirectory != null;
  }

  /** Where the consumer sees the files: the bind target, or the 3FS mount point itself. */
  public Path target() {
    return hasSubdirectory() ? bindTarget : mountPoint;
  }

  /** The directory under the private 3FS mount that is bind-mounted (only with a sub-directory). */
  public Path bindSource() {
    if (!hasSubdirectory()) {
      throw new IllegalStateException("no sub-directory");
    }
    return mountPoint.resolve(subdirectory.substring(1));
  }

  /**
   * Validates Fluid's config through the 3FS core and plans the launch; writes nothing.
   *
   * @throws EntrypointException with the exit code of the first problem found
   */
  public static LaunchPlan of(FluidFuseConfig config, EntrypointArgs args, Map<String, String> env) {
    return LaunchPlanner.plan(config, args, env);
  }

  /**
   * The launcher TOML the entrypoint would write for {@code config} into {@code workDir}, without
   * needing the token: for tools that show what the FUSE container will run.
   */
  public static String launcherToml(FluidFuseConfig config, Path workDir) {
    return LaunchPlanner.launcherToml(config, workDir);
  }

  @Override
  public String toString() {
    return "LaunchPlan{command=" + command + ", mountPoint=" + mountPoint + ", launcherFile="
        + launcherFile + ", tokenFile=" + tokenFile
        + (hasSubdirectory() ? ", subdirectory=" + subdirectory + ", bindTarget=" + bindTarget : "")
        + ", token=<redacted>}";
  }
}
