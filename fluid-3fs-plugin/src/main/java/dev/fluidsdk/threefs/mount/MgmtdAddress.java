package dev.fluidsdk.threefs.mount;

import java.util.Objects;

/**
 * One 3FS mgmtd address: transport, IPv4 address and port, printed as 3FS prints it
 * ({@code RDMA://10.0.0.1:8000}). 3FS packs addresses as {uint32 ip, uint16 port, type}: no
 * hostnames, no IPv6.
 *
 * @param type the transport
 * @param octets the four IPv4 octets, each 0-255
 * @param port 1-65535
 */
public record MgmtdAddress(AddressType type, int[] octets, int port) {

  public MgmtdAddress {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(octets, "octets");
    if (octets.length != 4) {
      throw new IllegalArgumentException("an IPv4 address has 4 octets, got " + octets.length);
    }
    octets = octets.clone();
    for (int o : octets) {
      if (o < 0 || o > 255) {
        throw new IllegalArgumentException("octet out of range 0-255: " + o);
      }
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range 1-65535: " + port);
    }
  }

  /**
   * Parses one address as 3FS writes it, e.g. {@code RDMA://10.0.0.1:8000}, or {@code
   * 10.0.0.1:8000} for TCP, by the same rules as one address of a {@link ThreeFsMountPoint}
   * (schemes RDMA/TCP/IPoIB in any case, IPv4 literal not 0.0.0.0, port 1-65535, nothing after).
   *
   * @throws InvalidMountPointException with the 1-based column of the problem
   * @throws NullPointerException if {@code text} is null
   */
  public static MgmtdAddress parse(String text) {
    Objects.requireNonNull(text, "text");
    return MountPointParser.parseAddress(text);
  }

  /** Builds an address from a dotted IPv4 literal such as {@code 10.0.0.1}. */
  public static MgmtdAddress of(AddressType type, String ipv4, int port) {
    String[] parts = ipv4.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException("not an IPv4 literal: " + ipv4);
    }
    int[] octets = new int[4];
    for (int i = 0; i < 4; i++) {
      if (!parts[i].matches("[0-9]{1,3}")) {
        throw new IllegalArgumentException("not an IPv4 literal: " + ipv4);
      }
      octets[i] = Integer.parseInt(parts[i]);
    }
    return new MgmtdAddress(type, octets, port);
  }

  @Override
  public int[] octets() {
    return octets.clone();
  }

  /** The dotted IPv4 literal, e.g. {@code 10.0.0.1}. */
  public String host() {
    return octets[0] + "." + octets[1] + "." + octets[2] + "." + octets[3];
  }

  /** The same host and port with another transport (what 3FS's {@code force_use_tcp} does). */
  public MgmtdAddress withType(AddressType newType) {
    return new MgmtdAddress(newType, octets, port);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MgmtdAddress a
        && a.type == type
        && a.port == port
        && java.util.Arrays.equals(a.octets, octets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, port, java.util.Arrays.hashCode(octets));
  }

  /** The canonical form 3FS prints: {@code <TYPE>://a.b.c.d:port}. */
  @Override
  public String toString() {
    return type.canonical() + "://" + host() + ":" + port;
  }
}
