package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The {@code ready} sub-command, for a readiness probe: the target is ready when mountinfo's
 * topmost mount there has fstype {@code fuse.hf3fs} and {@code <target>/3fs-virt} exists. The
 * daemon answers {@code 3fs-virt} itself, so a successful stat proves it is serving (this is
 * also how 3FS's USRBIO library recognises a 3FS mount).
 *
 * <p>With a sub-directory the target is a bind mount of part of the private 3FS mount: it shows the
 * same fstype in mountinfo, but {@code 3fs-virt} exists only at the file system root, so it is
 * looked for under the private mount instead.
 */
public final class ReadyCheck {
  /** The fstype 3FS's FUSE daemon mounts with. */
  public static final String FSTYPE = "fuse.hf3fs";

  private ReadyCheck() {}

  /**
   * Checks {@code target}.
   *
   * @return empty when ready, else the one-line reason
   */
  public static Optional<String> whyNotReady(Path target, Path mountinfo) {
    return whyNotReady(target, target, mountinfo);
  }

  /**
   * Checks a sub-directory bind: {@code fuse.hf3fs} at {@code target} and {@code
   * <privateMount>/3fs-virt} reachable.
   *
   * @return empty when ready, else the one-line reason
   */
  public static Optional<String> whyNotReady(Path target, Path privateMount, Path mountinfo) {
    MountTable table;
    try {
      table = MountTable.read(mountinfo);
    } catch (IOException e) {
      return Optional.of("cannot read " + mountinfo + ": " + e.getMessage());
    }
    Optional<MountTable.Entry> m = table.at(target);
    if (m.isEmpty()) {
      return Optional.of(target + " is not a mount point");
    }
    if (!m.get().fsType().equals(FSTYPE)) {
      return Optional.of(target + " is mounted as " + m.get().fsType() + ", not " + FSTYPE);
    }
    Path virt = privateMount.resolve("3fs-virt");
    try {
      Files.readAttributes(virt, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return Optional.of(virt + " is not reachable (" + e.getClass().getSimpleName()
          + (e instanceof java.nio.file.FileSystemException f && f.getReason() != null
              ? ": " + f.getReason() : "") + ")");
    }
    return Optional.empty();
  }
}
