package dev.fluidsdk.bench.startup;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What starting a process costs on this machine: start-to-exit wall time of {@code true} and of
 * {@code python3 -c pass}. The seed starts about ten programs, one of them Python, before the FUSE
 * binary runs, the entrypoint one JVM (and {@code jspawnhelper}), so the seed's time follows this
 * figure and the entrypoint's mostly does not: printing it beside the table tells a reader how far
 * the "vs seed" ratio of one machine carries to another.
 */
final class ProcessStartCost {
  private static final long TIMEOUT_S = 30;

  /**
   * One trivial command.
   *
   * @param name the row label
   * @param command the argument array, program first
   */
  record Probe(String name, List<String> command) {
    Probe {
      command = List.copyOf(command);
    }
  }

  private ProcessStartCost() {}

  /** {@code /bin/true} (or {@code true} from PATH) and {@code <python> -c pass}. */
  static List<Probe> probes(String python) {
    return List.of(
        new Probe("process start: true", List.of("true")),
        new Probe("process start: python3 -c pass", List.of(python, "-c", "pass")));
  }

  /**
   * Runs {@code probe} once and returns the milliseconds from {@code ProcessBuilder.start()} until
   * it has exited.
   *
   * @throws IllegalStateException if it cannot start, runs longer than 30 s or exits non-zero
   */
  static double timeOnce(Probe probe) throws InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(probe.command())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    long t0 = System.nanoTime();
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new IllegalStateException(probe.name() + ": cannot start " + probe.command().get(0) + ": "
          + e.getMessage(), e);
    }
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(probe.name() + ": still running after " + TIMEOUT_S + " s");
    }
    long t1 = System.nanoTime();
    if (p.exitValue() != 0) {
      throw new IllegalStateException(probe.name() + ": exited with " + p.exitValue());
    }
    return (t1 - t0) / 1e6;
  }
}
