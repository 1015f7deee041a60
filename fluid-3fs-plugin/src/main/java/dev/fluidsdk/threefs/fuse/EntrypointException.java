package dev.fluidsdk.threefs.fuse;

import dev.fluidsdk.threefs.ThreeFsException;
import java.util.Objects;

/**
 * A failure of the entrypoint that ends the process with {@link #exitCode()}. The message is the
 * one line printed on stderr: it names the config field or option and never contains a token.
 */
public final class EntrypointException extends ThreeFsException {
  private static final long serialVersionUID = 1L;

  private final ExitCode exitCode;

  public EntrypointException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
  }

  public EntrypointException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
  }

  /** How the process ends because of this failure. */
  public ExitCode exitCode() {
    return exitCode;
  }
}
