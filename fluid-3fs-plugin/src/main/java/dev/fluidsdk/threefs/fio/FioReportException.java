package dev.fluidsdk.threefs.fio;

import dev.fluidsdk.threefs.ThreeFsException;

/** fio output that is not the JSON {@code --output-format=json} writes; names the JSON path. */
public final class FioReportException extends ThreeFsException {
  private static final long serialVersionUID = 1L;

  public FioReportException(String message) {
    super(message);
  }

  public FioReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
