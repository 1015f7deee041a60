package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
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
 *
 * <p>The temporary name is made here ({@code .<name>.<pid>.<n>.tmp}) rather than by {@link
 * Files#createTempFile}, whose random names come from a {@code SecureRandom}: initialising that
 * (security providers, entropy) cost 30-40 ms of the entrypoint's start, a fifth of it. The name
 * need not be unguessable: the file is created with {@code CREATE_NEW} (O_EXCL: it fails on any
 * existing path, a symbolic link included, and is then retried under the next name).
 */
final class PrivateFiles {
  /** Names tried before giving up (only stale temporary files of a crashed run could collide). */
  private static final int ATTEMPTS = 100;
  static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

  private PrivateFiles() {}

  static void write(Path file, String content, Set<PosixFilePermission> mode) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
    String prefix = "." + file.getFileName() + "." + ProcessHandle.current().pid() + ".";
    for (int n = 0; ; n++) {
      Path tmp = dir.resolve(prefix + n + ".tmp");
      try {
        write(tmp, bytes.duplicate(), mode);
      } catch (FileAlreadyExistsException e) {
        if (n + 1 >= ATTEMPTS) {
          throw e;
        }
        continue;
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return;
    }
  }

  /** Creates {@code tmp} (it must not exist) with {@code mode} and fills it. */
  private static void write(Path tmp, ByteBuffer bytes, Set<PosixFilePermission> mode) throws IOException {
    try (SeekableByteChannel ch = Files.newByteChannel(tmp,
        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        PosixFilePermissions.asFileAttribute(mode))) {
      while (bytes.hasRemaining()) {
        ch.write(bytes);
      }
    } catch (IOException | RuntimeException e) {
      if (!(e instanceof FileAlreadyExistsException)) {
        Files.deleteIfExists(tmp);
      }
      throw e;
    }
    try {
      // the umask may have removed bits from the mode asked for at creation
      Files.setPosixFilePermissions(tmp, mode);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }
}
