package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A snapshot of {@code /proc/self/mountinfo} (proc(5)): one {@link Entry} per line, with the
 * octal escapes the kernel writes for space, tab, newline and backslash ({@code \040},
 * {@code \011}, {@code \012}, {@code \134}) decoded.
 */
public final class MountTable {
  /**
   * One mount.
   *
   * @param mountPoint where it is mounted (field 5), decoded
   * @param fsType the file system type after the {@code -} separator, e.g. {@code fuse.hf3fs}
   * @param source the mount source, e.g. {@code hf3fs.stage}, decoded
   */
  public record Entry(String mountPoint, String fsType, String source) {}

  private final List<Entry> entries;

  private MountTable(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Reads a mountinfo file; a missing file reads as an empty table. */
  public static MountTable read(Path mountinfo) throws IOException {
    if (!Files.exists(mountinfo)) {
      return new MountTable(List.of());
    }
    return parse(Files.readString(mountinfo, StandardCharsets.UTF_8));
  }

  /** Parses mountinfo text; malformed lines are skipped. */
  public static MountTable parse(String text) {
    List<Entry> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      parseLine(line).ifPresent(out::add);
    }
    return new MountTable(out);
  }

  static Optional<Entry> parseLine(String line) {
    String[] f = fields(line);
    // id parent major:minor root mountpoint options [optional...] - fstype source superoptions
    if (f.length < 7) {
      return Optional.empty();
    }
    int sep = -1;
    for (int i = 6; i < f.length; i++) {
      if (f[i].equals("-")) {
        sep = i;
        break;
      }
    }
    if (sep < 0 || sep + 1 >= f.length) {
      return Optional.empty();
    }
    String source = sep + 2 < f.length ? unescape(f[sep + 2]) : "";
    return Optional.of(new Entry(unescape(f[4]), unescape(f[sep + 1]), source));
  }

  /**
   * {@code line.trim().split(" +")} without a regular expression: {@code split} compiles one for
   * every line, which on a node with thousands of mounts was most of the time to read the table.
   */
  static String[] fields(String line) {
    String t = line.trim();
    if (t.isEmpty()) {
      return new String[] {""};
    }
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < t.length()) {
      int end = t.indexOf(' ', start);
      if (end < 0) {
        end = t.length();
      }
      out.add(t.substring(start, end));
      start = end;
      while (start < t.length() && t.charAt(start) == ' ') {
        start++;
      }
    }
    return out.toArray(new String[0]);
  }

  /** Decodes the kernel's {@code \ooo} octal escapes. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && isOctal(s, i + 1) && isOctal(s, i + 2)
          && isOctal(s, i + 3)) {
        b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isOctal(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7';
  }

  /** All entries in file order (later entries are mounted on top of earlier ones). */
  public List<Entry> entries() {
    return entries;
  }

  /** The topmost mount at exactly {@code path} (compared after normalising), if any. */
  public Optional<Entry> at(Path path) {
    String want = normal(path);
    Entry found = null;
    for (Entry e : entries) {
      if (normal(Path.of(e.mountPoint())).equals(want)) {
        found = e;
      }
    }
    return Optional.ofNullable(found);
  }

  private static String normal(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }
}
