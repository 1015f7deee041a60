package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.FluidException;
import dev.fluidsdk.codec.FluidCodecException;
import dev.fluidsdk.threefs.ThreeFsException;
import dev.fluidsdk.validation.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns any failure into one line for stderr and an exit code. */
final class Errors {
  private Errors() {}

  static String message(Throwable e) {
    if (e instanceof UncheckedIOException u) {
      e = u.getCause();
    }
    if (e instanceof IOException io) {
      return oneLine(io.getClass().getSimpleName().replace("Exception", "") + ": " + io.getMessage());
    }
    String m = e.getMessage();
    return oneLine(m == null ? e.getClass().getSimpleName() : m);
  }

  static int exitCode(Throwable e) {
    if (e instanceof CliException c) {
      return c.exitCode();
    }
    if (e instanceof ThreeFsException
        || e instanceof ValidationException
        || e instanceof FluidCodecException
        || e instanceof IllegalArgumentException
        || e instanceof IOException
        || e instanceof UncheckedIOException) {
      return ExitCodes.USAGE;
    }
    if (e instanceof FluidException) {
      return ExitCodes.CLUSTER;
    }
    return ExitCodes.PROBLEMS;
  }

  /** Keeps a message on one line, whatever the cause put in it. */
  static String oneLine(String message) {
    return OneLine.message(message);
  }
}
