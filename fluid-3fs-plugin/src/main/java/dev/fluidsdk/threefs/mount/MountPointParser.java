package dev.fluidsdk.threefs.mount;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The grammar of a 3FS mount point, {@code [TOKEN@]ADDR[,ADDR...][/sub/dir]}, with {@code ADDR =
 * [SCHEME://]A.B.C.D:PORT}. One instance parses one text; errors carry the 1-based column.
 *
 * <p>The token is everything before the <em>last</em> {@code '@'}: no other part may contain an
 * {@code '@'}, and splitting at the last one guarantees that no character of a malformed token
 * (which might itself contain an {@code '@'}) is ever quoted in a message.
 */
final class MountPointParser {
  /** Longest text accepted, far above any real mount point, so that nothing is unbounded. */
  static final int MAX_LENGTH = 4096;

  static final String GRAMMAR = "[TOKEN@]ADDRESS[,ADDRESS...][/SUB/DIR]";
  private static final String SCHEMES = "RDMA, TCP or IPoIB";
  private static final String IPV4_ONLY = "3FS accepts only IPv4 literals (a.b.c.d)";
  private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

  private final String text;
  private final int end;
  private int pos;

  private MountPointParser(String text, int start) {
    this.text = text;
    this.end = text.length();
    this.pos = start;
  }

  static ThreeFsMountPoint parse(String text) {
    checkLength(text);
    if (text.isEmpty()) {
      throw error(0, "empty mount point; expected " + GRAMMAR + " at column 1");
    }
    int at = text.lastIndexOf('@');
    Token token = null;
    if (at >= 0) {
      token = token(text, at);
      if (at + 1 == text.length()) {
        throw error(at + 1, "expected an address after '@' at column " + Snippets.column(at + 1));
      }
    }
    MountPointParser p = new MountPointParser(text, at + 1);
    List<MgmtdAddress> addresses = new ArrayList<>();
    String subdirectory = SubdirectoryRules.ROOT;
    while (true) {
      int addressStart = p.pos;
      MgmtdAddress address = p.address();
      if (addresses.contains(address)) {
        throw error(addressStart,
            "duplicate address " + address + " at column " + Snippets.column(addressStart));
      }
      addresses.add(address);
      if (p.pos == p.end) {
        break;
      }
      char c = text.charAt(p.pos);
      if (c == ',') {
        p.pos++;
        if (p.pos == p.end) {
          throw error(p.pos, "expected another address after ',' at column " + Snippets.column(p.pos));
        }
      } else if (c == '/') {
        subdirectory = SubdirectoryRules.normalise(text, p.pos);
        break;
      } else {
        throw error(p.pos,
            "expected ',' and another address, '/' and a sub-directory, or the end after '"
                + address + "' at column " + Snippets.column(p.pos) + ", found "
                + Snippets.charAt(text, p.pos));
      }
    }
    int canonical = ThreeFsMountPoint.canonicalLength(token != null, addresses, subdirectory);
    if (canonical > MAX_LENGTH) {
      // addresses without a scheme: the canonical text writes "TCP://" before each of them
      throw error(text.length(), "the canonical form of this mount point writes out the scheme of"
          + " every address and would be " + canonical + " characters long, at most " + MAX_LENGTH
          + " are allowed; shorten the text that ends at column " + Snippets.column(text.length()));
    }
    return ThreeFsMountPoint.builder()
        .token(token)
        .addresses(addresses)
        .subdirectory(subdirectory)
        .build();
  }

  /** Parses exactly one address, e.g. {@code RDMA://10.0.0.1:8000}; columns are of {@code text}. */
  static MgmtdAddress parseAddress(String text) {
    checkLength(text);
    MountPointParser p = new MountPointParser(text, 0);
    if (text.isEmpty()) {
      throw error(0, "empty address; expected [SCHEME://]A.B.C.D:PORT at column 1");
    }
    MgmtdAddress address = p.address();
    if (p.pos != p.end) {
      throw error(p.pos, "expected the end after '" + address + "' at column "
          + Snippets.column(p.pos) + ", found " + Snippets.charAt(text, p.pos));
    }
    return address;
  }

  private static void checkLength(String text) {
    if (text.length() > MAX_LENGTH) {
      throw error(MAX_LENGTH, "text is " + text.length() + " characters long, at most " + MAX_LENGTH
          + " are allowed; expected the end at column " + Snippets.column(MAX_LENGTH));
    }
  }

  private static Token token(String text, int at) {
    if (at == 0) {
      throw error(0, "empty token before '@' at column 1; write TOKEN@ADDRESS or leave out the '@'");
    }
    try {
      return Token.parse(text.substring(0, at));
    } catch (InvalidTokenException e) {
      int index = e.index() >= 0 ? e.index() : 0;
      throw new InvalidMountPointException(
          "invalid token before '@' at column " + Snippets.column(index) + ": " + e.getMessage(),
          Snippets.column(index), e);
    }
  }

  private MgmtdAddress address() {
    AddressType type = scheme();
    int hostStart = pos;
    if (looksLikeIpv6(hostStart)) {
      throw error(hostStart, "expected an IPv4 address at column " + Snippets.column(hostStart)
          + ", found an IPv6 address; " + IPV4_ONLY);
    }
    int[] octets = new int[4];
    for (int k = 0; k < 4; k++) {
      if (k > 0) {
        if (pos < end && text.charAt(pos) == '.') {
          pos++;
        } else {
          rejectHostname(hostStart);
          throw error(pos, "expected '.' and the " + ORDINALS[k] + " octet after '"
              + text.substring(hostStart, pos) + "' at column " + Snippets.column(pos) + ", found "
              + Snippets.charAt(text, pos));
        }
      }
      octets[k] = octet(hostStart, k);
    }
    if (octets[0] == 0 && octets[1] == 0 && octets[2] == 0 && octets[3] == 0) {
      throw error(hostStart, "expected an IPv4 address that is not all-zero at column "
          + Snippets.column(hostStart) + ", found '0.0.0.0'");
    }
    String host = text.substring(hostStart, pos);
    if (pos == end || text.charAt(pos) != ':') {
      throw error(pos, "expected ':' and a port after '" + host + "' at column "
          + Snippets.column(pos) + ", found " + Snippets.charAt(text, pos));
    }
    pos++;
    return new MgmtdAddress(type, octets, port());
  }

  /** Reads an optional {@code SCHEME://}; no scheme means TCP, as in 3FS. */
  private AddressType scheme() {
    int j = pos;
    while (j < end && isAsciiLetter(text.charAt(j))) {
      j++;
    }
    if (j == pos) {
      return AddressType.TCP;
    }
    String word = text.substring(pos, j);
    Optional<AddressType> type = AddressType.fromScheme(word);
    if (text.startsWith("://", j)) {
      if (type.isEmpty()) {
        // A real scheme is at most 5 letters; a longer word may be a pasted secret: do not quote it.
        String quoted = word.length() <= 8 ? "'" + word + "' " : "";
        throw error(pos, "unknown scheme " + quoted + "at column " + Snippets.column(pos)
            + "; expected " + SCHEMES);
      }
      if (type.get() == AddressType.LOCAL || type.get() == AddressType.UNIX) {
        throw error(pos, "scheme '" + word + "' at column " + Snippets.column(pos)
            + " is not a network address a pod can reach; expected " + SCHEMES);
      }
      pos = j + 3;
      return type.get();
    }
    if (type.isPresent() && j < end && text.charAt(j) == ':') {
      throw error(j, "expected '://' after scheme '" + word + "' at column " + Snippets.column(j));
    }
    return AddressType.TCP;
  }

  private int octet(int hostStart, int k) {
    int start = pos;
    while (pos < end && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      rejectHostname(hostStart);
      boolean afterScheme = hostStart >= 3 && text.startsWith("://", hostStart - 3);
      String what = k == 0 && afterScheme
          ? "expected an IPv4 address (a.b.c.d) after '://'"
          : k == 0
          ? "expected an IPv4 address (a.b.c.d) or a scheme (" + SCHEMES + " followed by ://)"
          : "expected the " + ORDINALS[k] + " octet (0-255) after '"
              + text.substring(hostStart, start) + "'";
      throw error(start, what + " at column " + Snippets.column(start) + ", found "
          + Snippets.charAt(text, start));
    }
    int n = pos - start;
    if (n > 1 && text.charAt(start) == '0') {
      throw error(start, "octet " + Snippets.digits(text, start, pos) + " at column "
          + Snippets.column(start) + " has a leading zero, which 3FS reads as decimal and other"
          + " tools as octal; write it without leading zeros");
    }
    int value = n > 3 ? Integer.MAX_VALUE : Integer.parseInt(text, start, pos, 10);
    if (value > 255) {
      throw error(start, "octet " + Snippets.digits(text, start, pos) + " at column "
          + Snippets.column(start) + " is out of range 0-255");
    }
    return value;
  }

  private int port() {
    int start = pos;
    while (pos < end && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error(start, "expected a port (1-65535) after ':' at column " + Snippets.column(start)
          + ", found " + Snippets.charAt(text, start));
    }
    int n = pos - start;
    if (n > 1 && text.charAt(start) == '0') {
      throw error(start, "port " + Snippets.digits(text, start, pos) + " at column "
          + Snippets.column(start) + " has a leading zero; write it without leading zeros");
    }
    int value = n > 5 ? Integer.MAX_VALUE : Integer.parseInt(text, start, pos, 10);
    if (value < 1 || value > 65535) {
      throw error(start, "port " + Snippets.digits(text, start, pos) + " at column "
          + Snippets.column(start) + " is out of range 1-65535");
    }
    return value;
  }

  /** IPv6 literals: a '[' or at least two ':' among hex digits before anything else. */
  private boolean looksLikeIpv6(int i) {
    if (i < end && text.charAt(i) == '[') {
      return true;
    }
    int colons = 0;
    for (int j = i; j < end; j++) {
      char c = text.charAt(j);
      if (c == ':') {
        colons++;
      } else if (!isDigit(c) && !((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
        break;
      }
    }
    return colons >= 2;
  }

  /** Fails with a message about hostnames if the host part is a DNS-like name. */
  private void rejectHostname(int hostStart) {
    int j = hostStart;
    boolean letter = false;
    while (j < end && isHostnameChar(text.charAt(j))) {
      letter |= isAsciiLetter(text.charAt(j));
      j++;
    }
    if (!letter) {
      return;
    }
    String name = text.substring(hostStart, j);
    boolean cleanEnd = j == end || text.charAt(j) == ':' || text.charAt(j) == ',';
    throw error(hostStart, "expected an IPv4 address at column " + Snippets.column(hostStart)
        + ", found a hostname" + (cleanEnd && isQuotable(name) ? " '" + name + "'" : "") + "; "
        + IPV4_ONLY + ", not hostnames");
  }

  /**
   * Quote a hostname only if it is clearly one: dotted or dashed, with short labels, and (checked
   * by the caller) followed by ':', ',' or the end. A token pasted without its '@' never passes:
   * tokens have no '.', '-' or '_', so a whole token is one label of 24 characters, and a piece of
   * one ends at a '+' or '/'.
   */
  private static boolean isQuotable(String name) {
    if (name.length() > 63 || name.chars().noneMatch(c -> c == '.' || c == '-' || c == '_')) {
      return false;
    }
    for (String label : name.split("[._-]", -1)) {
      if (label.length() > 15) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHostnameChar(char c) {
    return isAsciiLetter(c) || isDigit(c) || c == '.' || c == '-' || c == '_';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static InvalidMountPointException error(int index, String message) {
    return new InvalidMountPointException(message, Snippets.column(index));
  }
}
