package dev.fluidsdk.threefs.mount;

import java.util.Locale;
import java.util.Optional;

/**
 * The transport of a 3FS address, as 3FS's {@code net::Address::Type} names it. 3FS matches the
 * scheme case-insensitively on input and prints the canonical spelling given here.
 */
public enum AddressType {
  TCP("TCP"),
  RDMA("RDMA"),
  IPOIB("IPoIB"),
  LOCAL("LOCAL"),
  UNIX("UNIX");

  private final String canonical;

  AddressType(String canonical) {
    this.canonical = canonical;
  }

  /** The spelling 3FS prints and expects in config files, e.g. {@code IPoIB}. */
  public String canonical() {
    return canonical;
  }

  /** Finds the type for a scheme written in any case, e.g. {@code rdma} or {@code ipoib}. */
  public static Optional<AddressType> fromScheme(String scheme) {
    String upper = scheme.toUpperCase(Locale.ROOT);
    for (AddressType t : values()) {
      if (t.canonical.toUpperCase(Locale.ROOT).equals(upper)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return canonical;
  }
}
