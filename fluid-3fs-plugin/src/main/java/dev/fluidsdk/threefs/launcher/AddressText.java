package dev.fluidsdk.threefs.launcher;

import dev.fluidsdk.threefs.mount.AddressType;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 3FS address string the way {@code net::Address::from} does, but strictly: optional
 * case-insensitive scheme, an IPv4 literal, a port 1-65535, nothing after it. No scheme means TCP
 * (3FS's rule), which is exactly why the renderer always writes the scheme.
 */
final class AddressText {
  private AddressText() {}

  static final String FORMAT =
      "an address <TYPE>://a.b.c.d:port with TYPE one of TCP, RDMA, IPoIB, LOCAL, UNIX,"
          + " an IPv4 literal and a port 1-65535, e.g. RDMA://10.0.0.1:8000";

  private static final Pattern ADDRESS =
      Pattern.compile("(?:([A-Za-z]{1,10})://)?([0-9]{1,3}(?:\\.[0-9]{1,3}){3}):([0-9]{1,5})");

  static MgmtdAddress parse(String key, String text) {
    Matcher m = ADDRESS.matcher(text);
    if (!m.matches()) {
      throw invalid(key, text);
    }
    AddressType type = AddressType.TCP;
    if (m.group(1) != null) {
      Optional<AddressType> scheme = AddressType.fromScheme(m.group(1));
      if (scheme.isEmpty()) {
        throw invalid(key, text);
      }
      type = scheme.get();
    }
    try {
      return MgmtdAddress.of(type, m.group(2), Integer.parseInt(m.group(3)));
    } catch (IllegalArgumentException e) {
      throw invalid(key, text);
    }
  }

  private static InvalidConfigException invalid(String key, String text) {
    return new InvalidConfigException(key, Problems.show(text) + " is not " + FORMAT);
  }
}
