package dev.fluidsdk.threefs.mount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Every class of error: the exact column and message. */
class MountPointErrorsTest {
  static final String T = TokenTest.OFFICIAL; // 24 characters, so an address after "T@" is column 26
  static final String IPV4_ONLY = "3FS accepts only IPv4 literals (a.b.c.d)";

  static InvalidMountPointException rejects(String input, int column, String message) {
    InvalidMountPointException e =
        catchThrowableOfType(InvalidMountPointException.class, () -> ThreeFsMountPoint.parse(input));
    assertThat(e).as("parse(%s) must fail", input).isNotNull();
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.column()).isEqualTo(column);
    assertThat(ThreeFsMountPoint.tryParse(input)).isEmpty();
    return e;
  }

  @Test
  void hostnames() {
    rejects("RDMA://mgmtd-svc:8000", 8,
        "expected an IPv4 address at column 8, found a hostname 'mgmtd-svc'; " + IPV4_ONLY
            + ", not hostnames");
    rejects(T + "@mgmtd.fluid.svc:8000", 26,
        "expected an IPv4 address at column 26, found a hostname 'mgmtd.fluid.svc'; " + IPV4_ONLY
            + ", not hostnames");
    rejects("localhost:8000", 1,
        "expected an IPv4 address at column 1, found a hostname; " + IPV4_ONLY + ", not hostnames");
    rejects("10.0.0.x:8000", 1,
        "expected an IPv4 address at column 1, found a hostname '10.0.0.x'; " + IPV4_ONLY
            + ", not hostnames");
  }

  @Test
  void ipv6() {
    String msg8 = "expected an IPv4 address at column 8, found an IPv6 address; " + IPV4_ONLY;
    rejects("RDMA://[fe80::1]:8000", 8, msg8);
    rejects("RDMA://fe80::1:8000", 8, msg8);
    rejects("::ffff:10.0.0.1:8000", 1,
        "expected an IPv4 address at column 1, found an IPv6 address; " + IPV4_ONLY);
    rejects("2001:db8::1", 1,
        "expected an IPv4 address at column 1, found an IPv6 address; " + IPV4_ONLY);
  }

  @Test
  void ports() {
    rejects("10.0.0.1:0", 10, "port '0' at column 10 is out of range 1-65535");
    rejects("10.0.0.1:65536", 10, "port '65536' at column 10 is out of range 1-65535");
    rejects("10.0.0.1:99999999999999999999", 10,
        "port '999999999999...' at column 10 is out of range 1-65535");
    rejects("10.0.0.1:08000", 10,
        "port '08000' at column 10 has a leading zero; write it without leading zeros");
    rejects("10.0.0.1:", 10, "expected a port (1-65535) after ':' at column 10, found the end");
    rejects("10.0.0.1:-1", 10, "expected a port (1-65535) after ':' at column 10, found '-'");
  }

  @Test
  void missingPort() {
    rejects(T + "@RDMA://10.0.0.1", 41,
        "expected ':' and a port after '10.0.0.1' at column 41, found the end");
    rejects("10.0.0.1,10.0.0.2:80", 9,
        "expected ':' and a port after '10.0.0.1' at column 9, found ','");
    rejects("10.0.0.1.5:80", 9, "expected ':' and a port after '10.0.0.1' at column 9, found '.'");
  }

  @Test
  void octets() {
    rejects("10.0.0.256:80", 8, "octet '256' at column 8 is out of range 0-255");
    rejects("10.0.0.1000:80", 8, "octet '1000' at column 8 is out of range 0-255");
    rejects("10.0.0.010:80", 8, "octet '010' at column 8 has a leading zero, which 3FS reads as"
        + " decimal and other tools as octal; write it without leading zeros");
    rejects("10.0.0:80", 7, "expected '.' and the fourth octet after '10.0.0' at column 7, found ':'");
    rejects("10..0.1:80", 4, "expected the second octet (0-255) after '10.' at column 4, found '.'");
    rejects("RDMA://:80", 8, "expected an IPv4 address (a.b.c.d) after '://' at column 8, found ':'");
    rejects(T + "@RDMA://", 33, "expected an IPv4 address (a.b.c.d) after '://' at column 33, found the end");
    rejects(",10.0.0.1:80", 1, "expected an IPv4 address (a.b.c.d) or a scheme (RDMA, TCP or IPoIB"
        + " followed by ://) at column 1, found ','");
  }

  @Test
  void allZeroAddress() {
    rejects("RDMA://0.0.0.0:8000", 8,
        "expected an IPv4 address that is not all-zero at column 8, found '0.0.0.0'");
    rejects(T + "@10.0.0.1:8000,0.0.0.0:8000", 40,
        "expected an IPv4 address that is not all-zero at column 40, found '0.0.0.0'");
  }

  @Test
  void schemes() {
    rejects("HTTP://10.0.0.1:80", 1, "unknown scheme 'HTTP' at column 1; expected RDMA, TCP or IPoIB");
    rejects("averyveryverylongword://10.0.0.1:80", 1,
        "unknown scheme at column 1; expected RDMA, TCP or IPoIB");
    rejects("local://10.0.0.1:80", 1, "scheme 'local' at column 1 is not a network address a pod"
        + " can reach; expected RDMA, TCP or IPoIB");
    rejects("UNIX://0.0.0.1:80", 1, "scheme 'UNIX' at column 1 is not a network address a pod"
        + " can reach; expected RDMA, TCP or IPoIB");
    rejects("RDMA:10.0.0.1:80", 5, "expected '://' after scheme 'RDMA' at column 5");
    rejects("RDMA:/10.0.0.1:80", 5, "expected '://' after scheme 'RDMA' at column 5");
  }

  @Test
  void trailingGarbage() {
    String after = "expected ',' and another address, '/' and a sub-directory, or the end after ";
    rejects("RDMA://10.0.0.1:8000 ", 21, after + "'RDMA://10.0.0.1:8000' at column 21, found U+0020 (SPACE)");
    rejects("10.0.0.1:8000;rm -rf /", 14, after + "'TCP://10.0.0.1:8000' at column 14, found ';'");
    rejects("10.0.0.1:8000$(id)", 14, after + "'TCP://10.0.0.1:8000' at column 14, found '$'");
    rejects("10.0.0.1:8000\n", 14, after + "'TCP://10.0.0.1:8000' at column 14, found U+000A (LINE FEED (LF))");
    rejects("10.0.0.1:8000\u0000", 14, after + "'TCP://10.0.0.1:8000' at column 14, found U+0000 (NULL)");
    rejects("10.0.0.1:8000#x", 14, after + "'TCP://10.0.0.1:8000' at column 14, found '#'");
    rejects("10.0.0.1:80,", 13, "expected another address after ',' at column 13");
    rejects("10.0.0.1:80, 10.0.0.2:80", 13, "expected an IPv4 address (a.b.c.d) or a scheme (RDMA,"
        + " TCP or IPoIB followed by ://) at column 13, found U+0020 (SPACE)");
    rejects("10.0.0.1:80,TCP://10.0.0.1:80", 13, "duplicate address TCP://10.0.0.1:80 at column 13");
  }

  @Test
  void emptyAndTokenOnly() {
    rejects("", 1, "empty mount point; expected [TOKEN@]ADDRESS[,ADDRESS...][/SUB/DIR] at column 1");
    rejects(T + "@", 26, "expected an address after '@' at column 26");
    rejects("@10.0.0.1:80", 1,
        "empty token before '@' at column 1; write TOKEN@ADDRESS or leave out the '@'");
  }

  @Test
  void badTokens() {
    String flipped = "B" + T.substring(1);
    InvalidMountPointException e = rejects(flipped + "@RDMA://10.0.0.1:8000", 1,
        "invalid token before '@' at column 1: the token's checksum (CRC) does not match;"
            + " a character was probably changed or mistyped");
    assertThat(e.getCause()).isInstanceOf(InvalidTokenException.class);
    rejects("my3fsTOKEN@RDMA://10.0.0.1:8000", 1,
        "invalid token before '@' at column 1: a 3FS token has 24 characters, got 10");
    rejects(T.substring(0, 23) + "!@RDMA://10.0.0.1:8000", 24,
        "invalid token before '@' at column 24: character 24 of the token is not standard base64"
            + " (A-Z a-z 0-9 + /, and 3FS tokens have no '=' padding)");
    // Everything before the last '@' is the token: an '@' inside it is a token error, never quoted.
    rejects("ab@cd@10.0.0.1:80", 1,
        "invalid token before '@' at column 1: a 3FS token has 24 characters, got 5");
    rejects("10.0.0.1:80/a@b", 1,
        "invalid token before '@' at column 1: a 3FS token has 24 characters, got 13");
  }

  @Test
  void subdirectories() {
    String allowed = "allowed are A-Z a-z 0-9 '.' '_' '-' and '/' between segments";
    rejects("10.0.0.1:80/a/../b", 15,
        "segment '..' at column 15 is not allowed in the sub-directory: it would leave the mounted directory");
    rejects("10.0.0.1:80/..", 13,
        "segment '..' at column 13 is not allowed in the sub-directory: it would leave the mounted directory");
    rejects("10.0.0.1:80/./b", 13, "segment '.' at column 13 is not allowed in the sub-directory; remove it");
    rejects("10.0.0.1:80/a//b", 15,
        "empty segment ('//') at column 15 in the sub-directory; remove the extra '/'");
    rejects("10.0.0.1:80//", 13,
        "empty segment ('//') at column 13 in the sub-directory; remove the extra '/'");
    rejects("10.0.0.1:80/a b", 14,
        "character U+0020 (SPACE) at column 14 is not allowed in the sub-directory; " + allowed);
    rejects("10.0.0.1:80/data$(id)", 17,
        "character '$' at column 17 is not allowed in the sub-directory; " + allowed);
    rejects("10.0.0.1:80/data\u0000", 17,
        "character U+0000 (NULL) at column 17 is not allowed in the sub-directory; " + allowed);
    rejects("10.0.0.1:80/d,10.0.0.2:80", 14, "character ',' at column 14 is not allowed in the"
        + " sub-directory; " + allowed + "; all addresses must come before the sub-directory");
    rejects("10.0.0.1:80/" + "a".repeat(256), 13,
        "segment at column 13 of the sub-directory is 256 characters long; at most 255 are allowed");
  }

  @Test
  void lookAlikeCharacters() {
    rejects("10.0.0.1\uFF1A8000", 9,
        "expected ':' and a port after '10.0.0.1' at column 9, found U+FF1A (FULLWIDTH COLON)");
    rejects("\uFF11" + "0.0.0.1:80", 1, "expected an IPv4 address (a.b.c.d) or a scheme (RDMA, TCP or"
        + " IPoIB followed by ://) at column 1, found U+FF11 (FULLWIDTH DIGIT ONE)");
    // Cyrillic Er looks like a Latin P; dotless i upper-cases to I in Java: neither is a scheme.
    rejects("\u0420DMA://10.0.0.1:80", 1, "expected an IPv4 address (a.b.c.d) or a scheme (RDMA, TCP"
        + " or IPoIB followed by ://) at column 1, found U+0420 (CYRILLIC CAPITAL LETTER ER)");
    rejects("\u0131poib://10.0.0.1:80", 1, "expected an IPv4 address (a.b.c.d) or a scheme (RDMA, TCP"
        + " or IPoIB followed by ://) at column 1, found U+0131 (LATIN SMALL LETTER DOTLESS I)");
    rejects("10.0.0.1:8\u0660", 11, "expected ',' and another address, '/' and a sub-directory, or the"
        + " end after 'TCP://10.0.0.1:8' at column 11, found U+0660 (ARABIC-INDIC DIGIT ZERO)");
  }

  @Test
  void veryLongInputGivesAShortMessage() {
    String input = "10.0.0.1:80/" + "a/".repeat(3000);
    InvalidMountPointException e = rejects(input, 4097,
        "text is 6012 characters long, at most 4096 are allowed; expected the end at column 4097");
    assertThat(e.getMessage()).hasSizeLessThan(120);
    String digits = "1".repeat(4000);
    InvalidMountPointException e2 = rejects("10.0.0.1:" + digits, 10,
        "port '111111111111...' at column 10 is out of range 1-65535");
    assertThat(e2.getMessage()).hasSizeLessThan(120);
  }

  /**
   * Found by {@link HostileInputTest} (seed -8553570211045821922): a text under the limit whose
   * canonical form, with "TCP://" written out, is over it was accepted, and its canonical form
   * then failed to parse back.
   */
  @Test
  void aTextWhoseCanonicalFormIsTooLongIsRejectedAtItsEnd() {
    String under = "10.0.0.1:80/" + "ab/".repeat(1360); // 4092 characters, canonical 4097
    assertThat(under).hasSize(4092);
    InvalidMountPointException e = rejects(under, 4093, "the canonical form of this mount point writes"
        + " out the scheme of every address and would be 4097 characters long, at most 4096 are"
        + " allowed; shorten the text that ends at column 4093");
    assertThat(e.getMessage()).hasSizeLessThan(200);
    String fits = "10.0.0.1:80/" + "ab/".repeat(1359) + "a"; // canonical 4096
    ThreeFsMountPoint mp = ThreeFsMountPoint.parse(fits);
    assertThat(mp.formatWithToken()).hasSize(4096);
    assertThat(ThreeFsMountPoint.parse(mp.formatWithToken())).isEqualTo(mp);
  }

  @Test
  void theBuilderRefusesWhatParseCouldNotReadBack() {
    ThreeFsMountPoint.Builder b = ThreeFsMountPoint.builder()
        .address(MgmtdAddress.parse("10.0.0.1:80"))
        .subdirectory("/" + "ab/".repeat(1361));
    assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class)
        .hasMessage("the mount point's canonical text would be 4100 characters long; at most 4096"
            + " are allowed");
  }
}
