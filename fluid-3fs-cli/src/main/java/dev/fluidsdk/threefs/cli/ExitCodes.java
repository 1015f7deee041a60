package dev.fluidsdk.threefs.cli;

/** The command line's exit codes. */
final class ExitCodes {
  /** Success. */
  static final int OK = 0;
  /** lint found problems; or a command failed for a reason not listed below. */
  static final int PROBLEMS = 1;
  /** Bad flags or bad input (a malformed mount point, file or option). */
  static final int USAGE = 2;
  /** The cluster refused or failed a request, or a wait timed out. */
  static final int CLUSTER = 3;

  private ExitCodes() {}
}
