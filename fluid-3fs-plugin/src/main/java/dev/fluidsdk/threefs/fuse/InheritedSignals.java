package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Ignored signal dispositions survive {@code exec}: a process started with SIGINT ignored (a
 * background job of a non-interactive shell, some init systems) passes that on to {@code
 * hf3fs_fuse_main}, and libfuse installs its clean-exit handler only where the disposition is the
 * default, so SIGINT would then do nothing. When this process ignores INT, HUP or TERM, the child is
 * started through {@code env --default-signal=...} (coreutils ≥ 8.31, an argument array, no shell),
 * which resets them before exec'ing the binary with the same arguments.
 */
final class InheritedSignals {
  private static final int SIGHUP = 1;
  private static final int SIGINT = 2;
  private static final int SIGTERM = 15;

  private InheritedSignals() {}

  /** The signal names among HUP, INT, TERM that {@code /proc/self/status} lists as ignored. */
  static List<String> ignored(Path procStatus) {
    List<String> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(procStatus)) {
        if (line.startsWith("SigIgn:")) {
          BigInteger mask = new BigInteger(line.substring("SigIgn:".length()).trim(), 16);
          if (mask.testBit(SIGHUP - 1)) {
            out.add("HUP");
          }
          if (mask.testBit(SIGINT - 1)) {
            out.add("INT");
          }
          if (mask.testBit(SIGTERM - 1)) {
            out.add("TERM");
          }
        }
      }
    } catch (IOException | NumberFormatException e) {
      // no procfs: nothing known to be ignored
    }
    return out;
  }

  /** {@code command}, prefixed with {@code env --default-signal=...} when something is ignored. */
  static List<String> withDefaults(List<String> command, List<String> ignored, String env) {
    if (ignored.isEmpty()) {
      return command;
    }
    List<String> out = new ArrayList<>();
    out.add(env);
    out.add("--default-signal=" + String.join(",", ignored));
    out.add("--");
    out.addAll(command);
    return out;
  }
}
