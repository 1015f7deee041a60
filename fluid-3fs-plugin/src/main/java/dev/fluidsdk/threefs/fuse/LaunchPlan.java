package dev.fluidsdk.threefs.fuse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the supervisor needs, fully validated before anything is written: the exact
 * {@code hf3fs_fuse_main} argument array, the files to write and the mount point to watch.
 *
 * @param command the argument array, binary first; never passed to a shell
 * @param mountPoint where {@code hf3fs_fuse_main} mounts (the launcher's {@code mountpoint})
 * @param launcherFile where the launcher TOML goes
 * @param launcherToml the rendered launcher TOML (holds the token file's path, not the token)
 * @param tokenFile where the token goes (mode 0600)
 * @param token the token text; {@link #toString()} never shows it
 */
public record LaunchPlan(
    List<String> command,
    Path mountPoint,
    Path launcherFile,
    String launcherToml,
    Path tokenFile,
    String token) {

  /** Name of the variable 3FS prefers over {@code token_file}; removed from the child's env. */
  public static final String TOKEN_ENV = "HF3FS_FUSE_TOKEN";

  public LaunchPlan {
    command = List.copyOf(command);
    Objects.requireNonNull(mountPoint, "mountPoint");
    Objects.requireNonNull(launcherFile, "launcherFile");
    Objects.requireNonNull(launcherToml, "launcherToml");
    Objects.requireNonNull(tokenFile, "tokenFile");
    Objects.requireNonNull(token, "token");
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
        + launcherFile + ", tokenFile=" + tokenFile + ", token=<redacted>}";
  }
}
