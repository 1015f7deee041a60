package dev.fluidsdk.threefs.mount;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A 3FS mount point as written in a Fluid {@code Dataset}'s {@code spec.mounts[].mountPoint}:
 * {@code [TOKEN@]ADDR[,ADDR...][/sub/dir]} with {@code ADDR = [SCHEME://]A.B.C.D:PORT}, e.g.
 * {@code TOKEN@RDMA://10.0.0.1:8000,RDMA://10.0.0.2:8000/data}.
 *
 * <p>The rules follow 3FS's {@code net::Address} parser where it is strict and are stricter where it
 * is lax:
 *
 * <ul>
 *   <li><b>Token</b> (optional): everything before the last {@code '@'}, checked by {@link
 *       Token#parse}. Without it the token comes from elsewhere (a Kubernetes Secret).
 *   <li><b>Scheme</b>: {@code RDMA}, {@code TCP} or {@code IPoIB} in any case (ASCII letters only),
 *       printed canonically; none means TCP, as in 3FS. {@code LOCAL} and {@code UNIX} are rejected:
 *       they are not network addresses a pod can reach.
 *   <li><b>Host</b>: an IPv4 literal of four decimal octets 0-255, not {@code 0.0.0.0}. Hostnames
 *       and IPv6 are rejected with a message saying that 3FS accepts only IPv4 literals. Leading
 *       zeros ({@code 010}) are rejected: 3FS would read decimal 10, {@code inet_aton} and {@code
 *       ping} octal 8, so the text is ambiguous to a reader.
 *   <li><b>Port</b>: required, 1-65535, no leading zeros.
 *   <li><b>Addresses</b>: one or more, separated by {@code ','} with no spaces; duplicates are
 *       rejected; schemes may differ.
 *   <li><b>Sub-directory</b> (optional, after the last port): segments of {@code A-Z a-z 0-9 . _ -};
 *       no {@code .}, {@code ..} or empty segment; one trailing {@code '/'} is dropped. It is {@code
 *       "/"} when absent.
 *   <li>Nothing else: no whitespace anywhere, no trailing characters, at most 4096 characters.
 * </ul>
 *
 * <p>{@link #format()} leaves the token out; {@link #formatWithToken()} is the explicit way to get
 * it; {@link #toString()} shows {@code <redacted uid=N>} in its place.
 */
public final class ThreeFsMountPoint {
  private final Token token;
  private final List<MgmtdAddress> addresses;
  private final String subdirectory;

  private ThreeFsMountPoint(Builder b) {
    this.token = b.token;
    this.addresses = List.copyOf(b.addresses);
    this.subdirectory = b.subdirectory;
  }

  /**
   * Parses a mount point.
   *
   * @throws InvalidMountPointException with the column and what was expected there; the message
   *     never holds the token nor any text before the {@code '@'}
   * @throws NullPointerException if {@code text} is null
   */
  public static ThreeFsMountPoint parse(String text) {
    Objects.requireNonNull(text, "text");
    return MountPointParser.parse(text);
  }

  /** Like {@link #parse} but returns empty instead of throwing (also for {@code null}). */
  public static Optional<ThreeFsMountPoint> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(MountPointParser.parse(text));
    } catch (InvalidMountPointException e) {
      return Optional.empty();
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    Builder b = new Builder();
    b.token = token;
    b.addresses.addAll(addresses);
    b.subdirectory = subdirectory;
    return b;
  }

  /** The token, if the mount point carries one. */
  public Optional<Token> token() {
    return Optional.ofNullable(token);
  }

  /** The mgmtd addresses in the order given: non-empty and unmodifiable. */
  public List<MgmtdAddress> addresses() {
    return addresses;
  }

  /** The sub-directory inside 3FS: {@code "/"} when absent, else the normal form {@code "/a/b"}. */
  public String subdirectory() {
    return subdirectory;
  }

  /** The same mount point without its token (the form to keep in a Dataset spec). */
  public ThreeFsMountPoint withoutToken() {
    return token == null ? this : toBuilder().token(null).build();
  }

  /** Canonical text without the token, e.g. {@code RDMA://10.0.0.1:8000,RDMA://10.0.0.2:8000/data}. */
  public String format() {
    String joined = addresses.stream().map(MgmtdAddress::toString).collect(Collectors.joining(","));
    return SubdirectoryRules.ROOT.equals(subdirectory) ? joined : joined + subdirectory;
  }

  /**
   * The length of {@link #formatWithToken()} for these parts, without building the text. Every
   * mount point must fit {@link MountPointParser#MAX_LENGTH}, so that its canonical text, which
   * writes out the scheme of every address, parses back.
   */
  static int canonicalLength(boolean hasToken, List<MgmtdAddress> addresses, String subdirectory) {
    int n = hasToken ? Token.LENGTH + 1 : 0;
    for (MgmtdAddress a : addresses) {
      n += a.toString().length() + 1;
    }
    n--; // one comma fewer than addresses
    return SubdirectoryRules.ROOT.equals(subdirectory) ? n : n + subdirectory.length();
  }

  /** Canonical text with the token if there is one. Only for writing Secrets; never log it. */
  public String formatWithToken() {
    return token == null ? format() : token.reveal() + "@" + format();
  }

  /** Canonical text with {@code <redacted uid=N>} in place of the token. */
  @Override
  public String toString() {
    return token == null ? format() : token.redacted() + "@" + format();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThreeFsMountPoint m
        && Objects.equals(token, m.token)
        && addresses.equals(m.addresses)
        && subdirectory.equals(m.subdirectory);
  }

  @Override
  public int hashCode() {
    return Objects.hash(token, addresses, subdirectory);
  }

  /** Builds a mount point; {@link #build()} checks the same rules as {@link #parse}. */
  public static final class Builder {
    private Token token;
    private final List<MgmtdAddress> addresses = new ArrayList<>();
    private String subdirectory = SubdirectoryRules.ROOT;

    private Builder() {}

    /** Sets the token; {@code null} removes it. */
    public Builder token(Token token) {
      this.token = token;
      return this;
    }

    /**
     * Adds one mgmtd address.
     *
     * @throws IllegalArgumentException for a LOCAL or UNIX address or 0.0.0.0
     */
    public Builder address(MgmtdAddress address) {
      addresses.add(checkUsable(address));
      return this;
    }

    /**
     * Replaces all mgmtd addresses.
     *
     * @throws IllegalArgumentException for a LOCAL or UNIX address or 0.0.0.0
     */
    public Builder addresses(List<MgmtdAddress> newAddresses) {
      Objects.requireNonNull(newAddresses, "addresses");
      List<MgmtdAddress> checked = new ArrayList<>();
      for (MgmtdAddress a : newAddresses) {
        checked.add(checkUsable(a));
      }
      addresses.clear();
      addresses.addAll(checked);
      return this;
    }

    /**
     * Sets the sub-directory, e.g. {@code /data/train}; {@code null} or {@code "/"} means the root.
     *
     * @throws InvalidMountPointException if it breaks the rules; columns are of {@code path}
     */
    public Builder subdirectory(String path) {
      this.subdirectory = path == null ? SubdirectoryRules.ROOT : SubdirectoryRules.normalise(path, 0);
      return this;
    }

    /**
     * @throws IllegalStateException if there is no address, an address appears twice, or the
     *     canonical text would be longer than {@link #parse} accepts
     */
    public ThreeFsMountPoint build() {
      if (addresses.isEmpty()) {
        throw new IllegalStateException("a 3FS mount point needs at least one mgmtd address");
      }
      if (new HashSet<>(addresses).size() != addresses.size()) {
        throw new IllegalStateException("duplicate mgmtd address in " + addresses);
      }
      int length = canonicalLength(token != null, addresses, subdirectory);
      if (length > MountPointParser.MAX_LENGTH) {
        throw new IllegalStateException("the mount point's canonical text would be " + length
            + " characters long; at most " + MountPointParser.MAX_LENGTH + " are allowed");
      }
      return new ThreeFsMountPoint(this);
    }

    private static MgmtdAddress checkUsable(MgmtdAddress a) {
      Objects.requireNonNull(a, "address");
      if (a.type() == AddressType.LOCAL || a.type() == AddressType.UNIX) {
        throw new IllegalArgumentException(
            a.type() + " is not a network address a pod can reach; use RDMA, TCP or IPoIB: " + a);
      }
      if (a.host().equals("0.0.0.0")) {
        throw new IllegalArgumentException("the mgmtd address must not be all-zero: " + a);
      }
      return a;
    }
  }
}
