package dev.fluidsdk.threefs.fuse;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The parsed command line. {@code --name value} and {@code --name=value} are both accepted.
 *
 * <pre>
 * java -jar fuse-entrypoint.jar [--config FILE] [--fuse-binary PATH] [--work-dir DIR]
 *                               [--fusermount PATH] [--mountinfo PATH] [--kill PATH]
 *                               [--stop-grace SECONDS] [--mount-cmd PATH] [--umount-cmd PATH]
 *                               [--mount-timeout SECONDS]
 * java -jar fuse-entrypoint.jar ready [--target PATH] [--mountinfo PATH] [--config FILE]
 *                                     [--work-dir DIR]
 * </pre>
 */
public final class EntrypointArgs {
  /** Fluid >= 1.1 mounts its config here. */
  public static final Path DEFAULT_CONFIG = Path.of("/etc/fluid/config/config.json");
  /** Older Fluid releases put it here. */
  public static final Path LEGACY_CONFIG = Path.of("/etc/fluid/config.json");

  public static final String USAGE =
      "usage: fuse-entrypoint [--config FILE] [--fuse-binary PATH] [--work-dir DIR]"
          + " [--fusermount PATH] [--mountinfo PATH] [--kill PATH] [--stop-grace SECONDS]"
          + " [--mount-cmd PATH] [--umount-cmd PATH] [--mount-timeout SECONDS]"
          + " | ready [--target PATH] [--mountinfo PATH] [--config FILE] [--work-dir DIR]";

  private boolean ready;
  private Path readyTarget;
  private Path config; // null: the two default locations under root
  private Path root = Path.of("/");
  private Path fuseBinary = Path.of("/opt/3fs/bin/hf3fs_fuse_main");
  private Path workDir = Path.of("/opt/3fs/etc");
  private String fusermount = "fusermount3";
  private String kill = "kill";
  private Path mountinfo = Path.of("/proc/self/mountinfo");
  private Duration stopGrace = Duration.ofSeconds(20);
  private String mountCmd = "mount";
  private String umountCmd = "umount";
  private Duration mountTimeout = Duration.ofSeconds(60);

  private EntrypointArgs() {}

  /**
   * Parses the arguments.
   *
   * @throws EntrypointException with {@link ExitCode#USAGE} on anything not understood
   */
  public static EntrypointArgs parse(List<String> args) {
    EntrypointArgs a = new EntrypointArgs();
    int i = 0;
    if (!args.isEmpty() && args.get(0).equals("ready")) {
      a.ready = true;
      i = 1;
    }
    while (i < args.size()) {
      String arg = args.get(i);
      if (arg.equals("-h") || arg.equals("--help")) {
        throw usage("help requested");
      }
      if (!arg.startsWith("--")) {
        throw usage("unexpected argument " + Shown.quoted(arg));
      }
      String name = arg;
      String value;
      int eq = arg.indexOf('=');
      if (eq >= 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
        i++;
      } else {
        if (i + 1 >= args.size()) {
          throw usage(Shown.quoted(name) + " needs a value");
        }
        value = args.get(i + 1);
        i += 2;
      }
      a.set(name, value);
    }
    return a;
  }

  private void set(String name, String value) {
    if (value.isEmpty()) {
      throw usage(Shown.quoted(name) + " needs a non-empty value");
    }
    if (ready) {
      switch (name) {
        case "--target" -> readyTarget = path(name, value);
        case "--mountinfo" -> mountinfo = path(name, value);
        case "--config" -> config = path(name, value);
        case "--root" -> root = path(name, value);
        case "--work-dir" -> workDir = path(name, value);
        default -> throw usage("unknown option for ready: " + Shown.quoted(name));
      }
      return;
    }
    switch (name) {
      case "--config" -> config = path(name, value);
      case "--root" -> root = path(name, value);
      case "--fuse-binary" -> fuseBinary = path(name, value);
      case "--work-dir" -> workDir = path(name, value);
      case "--fusermount" -> fusermount = value;
      case "--kill" -> kill = value;
      case "--mountinfo" -> mountinfo = path(name, value);
      case "--stop-grace" -> stopGrace = parseSeconds(name, value);
      case "--mount-cmd" -> mountCmd = value;
      case "--umount-cmd" -> umountCmd = value;
      case "--mount-timeout" -> mountTimeout = parseSeconds(name, value);
      default -> throw usage("unknown option " + Shown.quoted(name));
    }
  }

  private static Path path(String name, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw usage(name + " is not a usable path: " + Shown.quoted(value));
    }
  }

  private static Duration parseSeconds(String name, String value) {
    try {
      long s = Long.parseLong(value);
      if (s >= 0 && s <= 3600) {
        return Duration.ofSeconds(s);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw usage(name + " must be a number of seconds 0-3600, got " + Shown.quoted(value));
  }

  private static EntrypointException usage(String why) {
    return new EntrypointException(ExitCode.USAGE, why + "; " + USAGE);
  }

  /** True for the {@code ready} sub-command. */
  public boolean isReady() {
    return ready;
  }

  /** The {@code ready --target}; null when absent (then the config's {@code targetPath}). */
  public Path readyTarget() {
    return readyTarget;
  }

  /** The explicit {@code --config}, or null to look in the two default locations. */
  public Path config() {
    return config;
  }

  /**
   * The config files to try, in order: the explicit {@code --config}, or Fluid's two locations
   * below {@code --root} (default {@code /}; a seam for tests).
   */
  public List<Path> configCandidates() {
    if (config != null) {
      return List.of(config);
    }
    return List.of(
        root.resolve(DEFAULT_CONFIG.toString().substring(1)),
        root.resolve(LEGACY_CONFIG.toString().substring(1)));
  }

  public Path fuseBinary() {
    return fuseBinary;
  }

  public Path workDir() {
    return workDir;
  }

  public String fusermount() {
    return fusermount;
  }

  public String kill() {
    return kill;
  }

  public Path mountinfo() {
    return mountinfo;
  }

  /** How long the FUSE process gets after SIGINT before it is killed. */
  public Duration stopGrace() {
    return stopGrace;
  }

  /** The {@code mount} command, run as {@code mount --bind SRC TARGET} for a sub-directory. */
  public String mountCmd() {
    return mountCmd;
  }

  /** The {@code umount} command, run as {@code umount TARGET} (then {@code -l}) for a sub-directory. */
  public String umountCmd() {
    return umountCmd;
  }

  /** With a sub-directory: how long to wait for 3FS to appear at its private mount point. */
  public Duration mountTimeout() {
    return mountTimeout;
  }

  @Override
  public String toString() {
    return Objects.toString(ready ? "ready " + readyTarget : "run " + config);
  }
}
