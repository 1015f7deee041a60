package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@code hf3fs_fuse_main} for a {@link LaunchPlan} and owns its shutdown.
 *
 * <p>Java has no public signal API, so a shutdown hook (run by the JVM on SIGTERM, SIGINT and
 * SIGHUP) forwards the stop as <b>SIGINT</b> via {@code kill -INT <pid>}: 3FS/libfuse exit their
 * loop and unmount cleanly on SIGINT, while SIGTERM hits folly's fatal-signal handler and dies
 * without unmounting. After the grace period the child is killed. Either way the mount point is
 * unmounted if mountinfo still shows it, and the process exits with the child's exit code.
 *
 * <p>With a sub-directory ({@link LaunchPlan#hasSubdirectory()}), 3FS mounts at the plan's
 * private mount point; once mountinfo shows {@code fuse.hf3fs} there (polled while the child lives,
 * for at most the mount timeout) and the sub-directory exists, it is bind-mounted onto the target.
 * A stop then withdraws the bind first, so consumers never see the daemon's shutdown through it.
 */
public final class Supervisor {
  private final LaunchPlan plan;
  private final Unmounter unmounter;
  private final BindMount bind;
  private final Duration mountTimeout;
  private final String kill;
  private final Duration grace;
  private final Consumer<String> log;

  private static final long POLL_MILLIS = 50;

  private final Object lock = new Object();
  private final CountDownLatch done = new CountDownLatch(1);
  private Process child; // guarded by lock
  private boolean stopping; // guarded by lock: a signal arrived, the hook owns the exit
  private boolean finished; // guarded by lock: the main thread owns the exit
  private volatile int result = ExitCode.INTERNAL.code();

  public Supervisor(LaunchPlan plan, Unmounter unmounter, String kill, Duration grace, Consumer<String> log) {
    this(plan, unmounter, new BindMount("mount", "umount", unmounter, log), Duration.ofSeconds(60), kill,
        grace, log);
  }

  /** With the bind mount's commands and the bounded wait for a sub-directory mount. */
  public Supervisor(LaunchPlan plan, Unmounter unmounter, BindMount bind, Duration mountTimeout, String kill,
      Duration grace, Consumer<String> log) {
    this.plan = plan;
    this.unmounter = unmounter;
    this.bind = bind;
    this.mountTimeout = mountTimeout;
    this.kill = kill;
    this.grace = grace;
    this.log = log;
  }

  /**
   * Cleans a stale mount, creates the mount point, writes the work files, starts the FUSE
   * process and waits for it.
   *
   * @return the child's exit code (128+N if it died of signal N)
   * @throws EntrypointException {@link ExitCode#PREPARE_FAILED} or {@link
   *     ExitCode#FUSE_START_FAILED}; with a sub-directory also {@link ExitCode#MOUNT_TIMEOUT},
   *     {@link ExitCode#SUBDIR_MISSING} or {@link ExitCode#BIND_FAILED} (the child is stopped)
   */
  public int run() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::onShutdown, "fuse-entrypoint-stop"));
    if (plan.hasSubdirectory()) {
      bind.cleanStale(plan.bindTarget());
    }
    unmounter.cleanStale(plan.mountPoint());
    createDirectory(plan.mountPoint());
    if (plan.hasSubdirectory()) {
      createDirectory(plan.bindTarget());
    }
    try {
      PrivateFiles.write(plan.tokenFile(), plan.token(), PrivateFiles.OWNER_ONLY);
      PrivateFiles.write(plan.launcherFile(), plan.launcherToml(), PrivateFiles.WORLD_READABLE);
    } catch (IOException e) {
      throw new EntrypointException(ExitCode.PREPARE_FAILED,
          "cannot write " + plan.tokenFile().getParent() + ": " + e.getMessage());
    }
    List<String> ignored = InheritedSignals.ignored(Path.of("/proc/self/status"));
    if (!ignored.isEmpty()) {
      log.accept("SIG" + String.join("/SIG", ignored) + " ignored by this process's parent: resetting"
          + " them to the default for " + plan.command().get(0));
    }
    ProcessBuilder pb =
        new ProcessBuilder(InheritedSignals.withDefaults(plan.command(), ignored, "env")).inheritIO();
    // 3FS prefers this variable over token_file; the validated file is the one source of truth
    pb.environment().remove(LaunchPlan.TOKEN_ENV);
    if (System.getenv("NODE_NAME") == null) {
      log.accept("NODE_NAME is not set: 3FS will identify this client by its host name");
    }
    Process p;
    synchronized (lock) {
      if (stopping) {
        return 128 + 15;
      }
      try {
        p = pb.start();
      } catch (IOException e) {
        throw new EntrypointException(ExitCode.FUSE_START_FAILED,
            "cannot start " + plan.command().get(0) + ": " + e.getMessage());
      }
      child = p;
    }
    log.accept("started " + plan.command().get(0) + " (pid " + p.pid() + "), mounting at " + plan.mountPoint());
    if (plan.hasSubdirectory()) {
      exposeSubdirectory(p);
    }
    int code = waitUninterruptibly(p);
    synchronized (lock) {
      if (stopping) {
        parkForever(); // the shutdown hook unmounts and halts with the child's code
      }
      finished = true;
    }
    log.accept(plan.command().get(0) + " exited with " + code);
    if (plan.hasSubdirectory()) {
      bind.unbind(plan.bindTarget());
    }
    unmounter.unmountIfMounted(plan.mountPoint());
    result = code;
    done.countDown();
    return code;
  }

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new EntrypointException(ExitCode.PREPARE_FAILED,
          "cannot create mount point " + dir + ": " + e.getMessage());
    }
  }

  /**
   * Waits for 3FS at the private mount point, checks the sub-directory and binds it onto the
   * target. Returns early if the child exits first (the caller then passes its code through).
   */
  private void exposeSubdirectory(Process p) {
    long deadline = System.nanoTime() + mountTimeout.toNanos();
    while (true) {
      synchronized (lock) {
        if (stopping) {
          parkForever();
        }
      }
      if (!p.isAlive()) {
        return;
      }
      if (unmounter.mountAt(plan.mountPoint()).filter(m -> m.fsType().equals(ReadyCheck.FSTYPE)).isPresent()) {
        break;
      }
      if (System.nanoTime() - deadline > 0) {
        throw fail(p, ExitCode.MOUNT_TIMEOUT, "3FS did not appear as " + ReadyCheck.FSTYPE + " at "
            + plan.mountPoint() + " within " + mountTimeout.toSeconds() + "s");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw fail(p, ExitCode.MOUNT_TIMEOUT, "interrupted while waiting for 3FS at " + plan.mountPoint());
      }
    }
    Path source = plan.bindSource();
    if (!Files.isDirectory(source)) {
      throw fail(p, ExitCode.SUBDIR_MISSING, "sub-directory " + plan.subdirectory()
          + " does not exist in the 3FS file system (no directory " + source + ")");
    }
    boolean bound;
    synchronized (lock) {
      if (stopping) {
        parkForever(); // under the lock, so a stop never races the bind it must withdraw
      }
      bound = bind.bind(source, plan.bindTarget());
    }
    if (!bound) {
      throw fail(p, ExitCode.BIND_FAILED, "cannot bind-mount " + source + " onto " + plan.bindTarget());
    }
    log.accept("bind-mounted " + plan.subdirectory() + " (" + source + ") at " + plan.bindTarget());
  }

  /** The main thread takes over the exit: stops the child, cleans the private mount. */
  private EntrypointException fail(Process p, ExitCode code, String message) {
    synchronized (lock) {
      if (stopping) {
        parkForever();
      }
      finished = true;
    }
    log.accept("stopping " + plan.command().get(0) + " (pid " + p.pid() + "): " + message);
    int rc = stopChild(p);
    log.accept(plan.command().get(0) + " exited with " + rc);
    unmounter.unmountIfMounted(plan.mountPoint());
    result = code.code();
    done.countDown();
    return new EntrypointException(code, message);
  }

  private void onShutdown() {
    Process p;
    boolean mainOwnsExit;
    synchronized (lock) {
      mainOwnsExit = finished;
      stopping = !finished;
      p = child;
    }
    if (mainOwnsExit) {
      awaitDone(); // the child has exited and the main thread is unmounting
      Runtime.getRuntime().halt(result);
      return;
    }
    if (p == null) {
      return; // not started yet: nothing to stop, the JVM exits with its signal status
    }
    if (plan.hasSubdirectory()) {
      bind.unbind(plan.bindTarget()); // before the daemon goes: consumers see an empty directory
    }
    log.accept("stop requested: sending SIGINT to " + plan.command().get(0) + " (pid " + p.pid() + ")");
    int code = stopChild(p);
    log.accept(plan.command().get(0) + " exited with " + code);
    unmounter.unmountIfMounted(plan.mountPoint());
    Runtime.getRuntime().halt(code);
  }

  /** SIGINT, the grace period, then SIGKILL; the child's exit code (128+9 if it survived). */
  private int stopChild(Process p) {
    sendSigint(p);
    try {
      if (!p.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        log.accept("still running after " + grace.toSeconds() + "s: killing it");
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return p.isAlive() ? 128 + 9 : p.exitValue();
  }

  private void sendSigint(Process p) {
    try {
      Process k = new ProcessBuilder(List.of(kill, "-INT", Long.toString(p.pid()))).inheritIO().start();
      if (k.waitFor(10, TimeUnit.SECONDS) && k.exitValue() == 0) {
        return;
      }
      log.accept(kill + " -INT failed");
    } catch (IOException e) {
      log.accept("cannot run " + kill + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (p.isAlive()) {
      log.accept("falling back to SIGTERM");
      p.destroy();
    }
  }

  private static int waitUninterruptibly(Process p) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return p.waitFor();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void awaitDone() {
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Called holding {@code lock}; waiting releases it, so the hook can proceed. */
  private void parkForever() {
    while (true) {
      try {
        lock.wait();
      } catch (InterruptedException e) {
        // keep waiting: the hook halts the JVM
      }
    }
  }
}
