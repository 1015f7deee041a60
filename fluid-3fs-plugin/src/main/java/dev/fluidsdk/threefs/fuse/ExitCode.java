package dev.fluidsdk.threefs.fuse;

/**
 * The entrypoint's own exit codes, one per failure class. They are produced before {@code
 * hf3fs_fuse_main} starts (or by {@code ready}), except 73-75, which only a sub-directory mount
 * produces while it sets up the bind mount (the FUSE process is then stopped and its private mount
 * cleaned up). Otherwise, once the FUSE process has run, the entrypoint exits with that process's
 * code (128+N when it died of signal N).
 */
public enum ExitCode {
  /** Success; or the FUSE process exited 0 (clean unmount). */
  OK(0),
  /** {@code ready}: the target is not (yet) a live 3FS mount. */
  NOT_READY(1),
  /** Bad command line. */
  USAGE(64),
  /** Fluid's config JSON is missing or unreadable. */
  CONFIG_MISSING(65),
  /** Fluid's config JSON is not valid JSON, or lacks a mount / targetPath, or has several mounts. */
  CONFIG_MALFORMED(66),
  /** The Dataset mount point is not a valid 3FS mount point. */
  BAD_MOUNT_POINT(67),
  /** No token, an unreadable token file, conflicting token sources, or an invalid token. */
  BAD_TOKEN(68),
  /** An unknown option key, or an option or launcher override value the core rejects. */
  BAD_OPTION(69),
  /** The work files or the target directory could not be prepared (I/O, stale mount). */
  PREPARE_FAILED(70),
  /** {@code hf3fs_fuse_main} could not be started. */
  FUSE_START_FAILED(71),
  /** A bug: an unexpected exception. */
  INTERNAL(72),
  /** Sub-directory mount: the sub-directory does not exist (or is no directory) in the 3FS file system. */
  SUBDIR_MISSING(73),
  /** Sub-directory mount: 3FS did not appear at the private mount point within {@code --mount-timeout}. */
  MOUNT_TIMEOUT(74),
  /** Sub-directory mount: {@code mount --bind} of the sub-directory onto the target failed. */
  BIND_FAILED(75);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }
}
