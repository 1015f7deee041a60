package dev.fluidsdk.threefs.fuse;

import dev.fluidsdk.threefs.ThreeFsException;
import dev.fluidsdk.threefs.launcher.LauncherConfig;
import dev.fluidsdk.threefs.launcher.LauncherToml;
import dev.fluidsdk.threefs.launcher.MainConfigOverrides;
import dev.fluidsdk.threefs.mount.InvalidMountPointException;
import dev.fluidsdk.threefs.mount.InvalidTokenException;
import dev.fluidsdk.threefs.mount.ThreeFsMountPoint;
import dev.fluidsdk.threefs.mount.Token;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates everything in Fluid's config through the 3FS core and turns it into a {@link
 * LaunchPlan}; nothing is written here, so a bad input leaves no file behind. The only place in
 * this package that touches the core's mount point and launcher types.
 */
final class LaunchPlanner {
  static final String TOKEN_FILE = "token.txt";
  static final String LAUNCHER_FILE = "hf3fs_fuse_main_launcher.toml";
  /** With a sub-directory, 3FS mounts its whole file system here, below the work dir. */
  static final String PRIVATE_MOUNT = "mnt";

  private LaunchPlanner() {}

  static LaunchPlan plan(FluidFuseConfig config, EntrypointArgs args, Map<String, String> env) {
    ThreeFsMountPoint mountPoint = parseMountPoint(config.mountPoint());
    MountOptions options = MountOptions.from(config.runtimeOptions(), config.mountOptions());
    String subdirectory = subdirectory(mountPoint, options.subdir());
    Token token = resolveToken(options.token(), mountPoint.token(), env.get(LaunchPlan.TOKEN_ENV));

    Path workDir = args.workDir().toAbsolutePath();
    Path tokenFile = workDir.resolve(TOKEN_FILE);
    Path launcherFile = workDir.resolve(LAUNCHER_FILE);
    Path target = Path.of(config.targetPath());
    Path fuseMount = subdirectory == null ? target : workDir.resolve(PRIVATE_MOUNT);
    String toml = launcherToml(mountPoint, options, fuseMount, tokenFile);
    List<String> mainOverrides = MainConfigOverrides.commandLineArgs(mountPoint.addresses());
    List<String> command = new ArrayList<>();
    command.add(args.fuseBinary().toString());
    command.add("--launcher_cfg");
    command.add(launcherFile.toString());
    command.addAll(mainOverrides);
    return new LaunchPlan(command, fuseMount, launcherFile, toml, tokenFile, token.reveal(),
        subdirectory, subdirectory == null ? null : target);
  }

  /**
   * The launcher TOML for a config, without resolving the token (only its file's path is in the
   * TOML): what {@link #plan} writes, for tools that show it ahead of time.
   */
  static String launcherToml(FluidFuseConfig config, Path workDir) {
    ThreeFsMountPoint mountPoint = parseMountPoint(config.mountPoint());
    MountOptions options = MountOptions.from(config.runtimeOptions(), config.mountOptions());
    String subdirectory = subdirectory(mountPoint, options.subdir());
    Path dir = workDir.toAbsolutePath();
    return launcherToml(
        mountPoint,
        options,
        subdirectory == null ? Path.of(config.targetPath()) : dir.resolve(PRIVATE_MOUNT),
        dir.resolve(TOKEN_FILE));
  }

  /**
   * The sub-directory a config asks for, without resolving the token: for {@code ready}, which
   * must know whether the target is a bind mount.
   *
   * @return the normalised sub-directory, or null for the file system root
   */
  static String subdirectory(FluidFuseConfig config) {
    ThreeFsMountPoint mountPoint = parseMountPoint(config.mountPoint());
    MountOptions options = MountOptions.from(config.runtimeOptions(), config.mountOptions());
    return subdirectory(mountPoint, options.subdir());
  }

  private static String launcherToml(
      ThreeFsMountPoint mountPoint, MountOptions options, Path target, Path tokenFile) {
    try {
      LauncherConfig.Builder b =
          LauncherConfig.builder()
              .clusterId(options.clusterId())
              .mountpoint(target.toString())
              .tokenFile(tokenFile.toString())
              .mgmtdServerAddresses(mountPoint.addresses())
              .deviceFilter(options.deviceFilter());
      if (options.forceUseTcp() != null) {
        b.forceUseTcp(options.forceUseTcp());
      }
      for (Map.Entry<String, String> o : options.launcherOverrides().entrySet()) {
        b.override(o.getKey(), o.getValue());
      }
      return LauncherToml.render(b.build().checkLaunchable());
    } catch (ThreeFsException e) {
      // launcher values are never secrets (the token is only referenced by its file's path)
      throw new EntrypointException(ExitCode.BAD_OPTION, "launcher config: " + e.getMessage());
    }
  }

  private static ThreeFsMountPoint parseMountPoint(String text) {
    try {
      return ThreeFsMountPoint.parse(text);
    } catch (InvalidMountPointException e) {
      // also an invalid inline TOKEN@: the core reports it as a mount point error, without the token
      throw new EntrypointException(ExitCode.BAD_MOUNT_POINT, "mounts[0].mountPoint: " + e.getMessage());
    }
  }

  /**
   * The one sub-directory to expose, from the mount point's {@code /path} or the {@code subdir}
   * option (checked by the core's rules, so it can never leave the root); both may be given only
   * if they agree.
   *
   * @return {@code /a/b}, or null for the root
   */
  private static String subdirectory(ThreeFsMountPoint mountPoint, String fromOption) {
    String fromMountPoint = mountPoint.subdirectory();
    String inMountPoint = fromMountPoint == null || fromMountPoint.equals("/") ? null : fromMountPoint;
    String inOption = null;
    if (fromOption != null && !fromOption.isBlank()) {
      String text = fromOption.strip();
      try {
        String normal = mountPoint.toBuilder()
            .subdirectory(text.startsWith("/") ? text : "/" + text)
            .build()
            .subdirectory();
        inOption = normal.equals("/") ? null : normal;
      } catch (InvalidMountPointException | IllegalStateException e) {
        // IllegalStateException: the mount point with this sub-directory would be too long
        throw new EntrypointException(ExitCode.BAD_OPTION,
            "option '" + MountOptions.SUBDIR + "': " + e.getMessage());
      }
    }
    if (inMountPoint != null && inOption != null && !inMountPoint.equals(inOption)) {
      throw new EntrypointException(ExitCode.BAD_OPTION,
          "option '" + MountOptions.SUBDIR + "' (" + inOption + ") and the sub-directory of"
              + " mounts[0].mountPoint (" + inMountPoint + ") differ; give the sub-directory once");
    }
    return inMountPoint != null ? inMountPoint : inOption;
  }

  private static Token resolveToken(String option, Optional<Token> inline, String env) {
    if (option != null && inline.isPresent()) {
      throw new EntrypointException(ExitCode.BAD_TOKEN,
          "the token is given twice: in option '" + MountOptions.TOKEN
              + "' and in mounts[0].mountPoint; keep only the encryptOption");
    }
    if (option != null) {
      return parseToken("option '" + MountOptions.TOKEN + "'", TokenText.fromOption(option, LaunchPlanner::isToken));
    }
    if (inline.isPresent()) {
      return inline.get();
    }
    if (env != null && !env.isBlank()) {
      return parseToken(LaunchPlan.TOKEN_ENV, env.strip());
    }
    throw new EntrypointException(ExitCode.BAD_TOKEN,
        "no 3FS token: set the Dataset encryptOption '" + MountOptions.TOKEN
            + "' (a Secret key), or " + LaunchPlan.TOKEN_ENV);
  }

  private static boolean isToken(String text) {
    try {
      Token.parse(text);
      return true;
    } catch (ThreeFsException e) {
      return false;
    }
  }

  private static Token parseToken(String where, String text) {
    try {
      return Token.parse(text);
    } catch (InvalidTokenException e) {
      throw new EntrypointException(ExitCode.BAD_TOKEN, where + ": not a valid 3FS token: " + e.getMessage());
    }
  }
}
