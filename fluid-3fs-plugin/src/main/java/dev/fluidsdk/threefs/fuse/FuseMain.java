package dev.fluidsdk.threefs.fuse;

import dev.fluidsdk.threefs.ThreeFsException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code java -jar fuse-entrypoint.jar}: the FUSE container's entrypoint.
 *
 * <p>Reads Fluid's config ({@code --config}, default {@code /etc/fluid/config/config.json}, then
 * {@code /etc/fluid/config.json}), validates the single mount, its options and the token, writes
 * {@code <work-dir>/token.txt} (0600) and {@code <work-dir>/hf3fs_fuse_main_launcher.toml} (0644),
 * and runs {@code hf3fs_fuse_main --launcher_cfg <file> --config.mgmtd.mgmtd_server_addresses=[...]}
 * until it exits or the container is stopped. {@code ready [--target PATH]} is the readiness probe
 * (without {@code --target} it checks the config's {@code targetPath}). With a sub-directory (the
 * mount point's {@code /path} or option {@code subdir}), 3FS mounts at {@code <work-dir>/mnt} and
 * the sub-directory is bind-mounted onto the target ({@link Supervisor}).
 *
 * <p>Exit codes are those of {@link ExitCode}: 0 ok; 1 not ready; 64 usage; 65 config missing;
 * 66 config malformed; 67 bad mount point; 68 bad token; 69 bad option; 70 prepare failed; 71 FUSE
 * binary failed to start; 72 internal error; 73 sub-directory missing, 74 3FS mount did not appear in
 * time, 75 bind mount failed (sub-directory mounts only, the FUSE process is stopped); after the FUSE process ran, its own exit code.
 * Every failure before the start is one line on stderr, without a stack trace and without a token.
 */
public final class FuseMain {
  static final String PREFIX = "fuse-entrypoint: ";

  private FuseMain() {}

  public static void main(String[] argv) {
    System.exit(run(List.of(argv), System.getenv(), System.out, System.err));
  }

  static int run(List<String> argv, Map<String, String> env, PrintStream out, PrintStream err) {
    try {
      EntrypointArgs args = EntrypointArgs.parse(argv);
      if (args.isReady()) {
        return ready(args, out, err);
      }
      FluidFuseConfig config = FluidFuseConfig.load(args.configCandidates());
      LaunchPlan plan = LaunchPlanner.plan(config, args, env);
      err.println(PREFIX + "config " + config.source() + ": mounting 3FS at " + plan.mountPoint());
      if (plan.hasSubdirectory()) {
        err.println(PREFIX + "exposing sub-directory " + plan.subdirectory() + " at " + plan.bindTarget()
            + " through a bind mount");
      }
      Consumer<String> log = m -> err.println(PREFIX + m);
      Unmounter unmounter = new Unmounter(args.fusermount(), args.mountinfo(), log);
      BindMount bind = new BindMount(args.mountCmd(), args.umountCmd(), unmounter, log);
      return new Supervisor(plan, unmounter, bind, args.mountTimeout(), args.kill(), args.stopGrace(), log).run();
    } catch (EntrypointException e) {
      err.println(PREFIX + e.getMessage());
      return e.exitCode().code();
    } catch (ThreeFsException e) {
      // the core's messages never carry a token
      err.println(PREFIX + "internal error: " + e.getMessage());
      return ExitCode.INTERNAL.code();
    } catch (RuntimeException e) {
      // other messages might quote input: only the type is shown
      err.println(PREFIX + "internal error: " + e.getClass().getName());
      return ExitCode.INTERNAL.code();
    }
  }

  /**
   * Without {@code --target} the config names the target and says whether it is a sub-directory
   * bind; with {@code --target}, a usable config is consulted for a sub-directory (else the root
   * check, as before).
   */
  private static int ready(EntrypointArgs args, PrintStream out, PrintStream err) {
    Path target = args.readyTarget();
    String subdirectory;
    if (target == null) {
      FluidFuseConfig config = FluidFuseConfig.load(args.configCandidates());
      target = Path.of(config.targetPath());
      subdirectory = LaunchPlanner.subdirectory(config);
    } else {
      try {
        subdirectory = LaunchPlanner.subdirectory(FluidFuseConfig.load(args.configCandidates()));
      } catch (EntrypointException e) {
        subdirectory = null; // no usable config: the probe names the target, check it as a root mount
      }
    }
    Optional<String> why;
    if (subdirectory == null) {
      why = ReadyCheck.whyNotReady(target, args.mountinfo());
    } else {
      Path privateMount = args.workDir().toAbsolutePath().resolve(LaunchPlanner.PRIVATE_MOUNT);
      why = ReadyCheck.whyNotReady(target, privateMount, args.mountinfo());
    }
    if (why.isEmpty()) {
      out.println("ready: " + target + " is a live 3FS mount"
          + (subdirectory == null ? "" : " of " + subdirectory));
      return ExitCode.OK.code();
    }
    err.println("not ready: " + why.get());
    return ExitCode.NOT_READY.code();
  }
}
