package dev.fluidsdk.threefs.mount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid mount points: the generator writes the text and, independently, the expected value
 * and canonical form, so parse and format are both checked against something they did not compute.
 */
class MountPointRoundTripTest {

  /** One generated address: how it is written and what it must mean. */
  record Addr(String written, String canonical, MgmtdAddress value) {}

  /** A generated mount point text with its expected value and canonical text. */
  record Case(String text, ThreeFsMountPoint expected, String canonical, String token) {}

  @Property(tries = 1000)
  void parseGivesTheExpectedValueAndFormatRoundTrips(@ForAll("cases") Case c) {
    ThreeFsMountPoint parsed = ThreeFsMountPoint.parse(c.text());
    assertThat(parsed).isEqualTo(c.expected()).hasSameHashCodeAs(c.expected());
    assertThat(parsed.format()).isEqualTo(c.canonical());
    assertThat(ThreeFsMountPoint.parse(parsed.format())).isEqualTo(parsed.withoutToken());
    assertThat(ThreeFsMountPoint.parse(parsed.formatWithToken())).isEqualTo(parsed);
    assertThat(parsed.toBuilder().build()).isEqualTo(parsed);
    if (c.token() != null) {
      assertThat(parsed.formatWithToken()).isEqualTo(c.token() + "@" + c.canonical());
      assertThat(parsed.toString()).doesNotContain(c.token())
          .startsWith("<redacted uid=" + parsed.token().orElseThrow().uid() + ">@");
    } else {
      assertThat(parsed.formatWithToken()).isEqualTo(c.canonical());
    }
    for (MgmtdAddress a : parsed.addresses()) {
      assertThat(MgmtdAddress.parse(a.toString())).isEqualTo(a);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> token = Combinators.combine(
            Arbitraries.longs().between(0, 0xFFFFFFFFL), Arbitraries.longs())
        .as(TestTokens::encode)
        .injectNull(0.3);
    Arbitrary<List<Addr>> addresses =
        address().list().ofMinSize(1).ofMaxSize(5).uniqueElements(Addr::value);
    Arbitrary<String> segment = Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9').withChars("._-")
        .ofMinLength(1).ofMaxLength(20)
        .filter(s -> !s.equals(".") && !s.equals(".."));
    Arbitrary<List<String>> segments = segment.list().ofMaxSize(4);
    Arbitrary<Boolean> trailingSlash = Arbitraries.of(true, false);
    return Combinators.combine(token, addresses, segments, trailingSlash)
        .as((tok, addrs, segs, slash) -> {
          String sub = segs.stream().map(s -> "/" + s).collect(Collectors.joining());
          String written = addrs.stream().map(Addr::written).collect(Collectors.joining(","))
              + sub + (slash ? "/" : "");
          String canonical = addrs.stream().map(Addr::canonical).collect(Collectors.joining(","))
              + sub;
          ThreeFsMountPoint.Builder b = ThreeFsMountPoint.builder()
              .addresses(addrs.stream().map(Addr::value).collect(Collectors.toList()))
              .subdirectory(sub.isEmpty() ? "/" : sub);
          if (tok != null) {
            b.token(Token.parse(tok));
          }
          return new Case(tok == null ? written : tok + "@" + written, b.build(), canonical, tok);
        });
  }

  private static final String[][] SCHEMES = {{"RDMA", "RDMA"}, {"TCP", "TCP"}, {"IPoIB", "IPoIB"}};

  Arbitrary<Addr> address() {
    Arbitrary<Integer> octet = Arbitraries.integers().between(0, 255);
    Arbitrary<int[]> ip = octet.list().ofSize(4)
        .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
        .filter(o -> o[0] + o[1] + o[2] + o[3] != 0);
    Arbitrary<Integer> port = Arbitraries.integers().between(1, 65535);
    Arbitrary<Integer> scheme = Arbitraries.integers().between(0, 3); // 3: none, meaning TCP
    Arbitrary<Long> caseBits = Arbitraries.longs();
    return Combinators.combine(ip, port, scheme, caseBits).as((o, p, s, bits) -> {
      String host = o[0] + "." + o[1] + "." + o[2] + "." + o[3];
      String canonicalScheme = s == 3 ? "TCP" : SCHEMES[s][1];
      String written = (s == 3 ? "" : randomCase(SCHEMES[s][0], bits) + "://") + host + ":" + p;
      AddressType type = switch (canonicalScheme) {
        case "RDMA" -> AddressType.RDMA;
        case "IPoIB" -> AddressType.IPOIB;
        default -> AddressType.TCP;
      };
      return new Addr(written, canonicalScheme + "://" + host + ":" + p, new MgmtdAddress(type, o, p));
    });
  }

  static String randomCase(String s, long bits) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.length(); i++) {
      String ch = s.substring(i, i + 1);
      out.add(((bits >>> i) & 1) == 0 ? ch.toLowerCase(Locale.ROOT) : ch.toUpperCase(Locale.ROOT));
    }
    return String.join("", out);
  }
}
