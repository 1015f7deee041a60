package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file atomically with its permissions set from the first instant: a temporary file is
 * created in the same directory with the final mode (the umask can only remove bits), filled, and
 * renamed over the target. Readers see the old file or the new one, and a token is never in a
 * file anyone else may read.
 */
final class PrivateFiles {
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

  private PrivateFiles() {}

  static void write(Path file, String content, Set<PosixFilePermission> mode) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp =
        Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp",
            PosixFilePermissions.asFileAttribute(mode));
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      Files.setPosixFilePermissions(tmp, mode);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
