package dev.fluidsdk.threefs.mount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Valid forms of the mount point grammar and what they mean. Errors: {@link MountPointErrorsTest}. */
class ThreeFsMountPointTest {
  static final String T = TokenTest.OFFICIAL;

  static MgmtdAddress addr(AddressType type, String host, int port) {
    return MgmtdAddress.of(type, host, port);
  }

  @Test
  void theSeedsFormWithTokenAndRdma() {
    ThreeFsMountPoint mp = ThreeFsMountPoint.parse(T + "@RDMA://10.0.0.1:8000");
    assertThat(mp.token()).hasValueSatisfying(t -> {
      assertThat(t.uid()).isZero();
      assertThat(t.reveal()).isEqualTo(T);
    });
    assertThat(mp.addresses()).containsExactly(addr(AddressType.RDMA, "10.0.0.1", 8000));
    assertThat(mp.subdirectory()).isEqualTo("/");
    assertThat(mp.format()).isEqualTo("RDMA://10.0.0.1:8000");
    assertThat(mp.formatWithToken()).isEqualTo(T + "@RDMA://10.0.0.1:8000");
    assertThat(mp).hasToString("<redacted uid=0>@RDMA://10.0.0.1:8000");
  }

  @ParameterizedTest
  @CsvSource({
    "rdma://10.0.0.1:8000, RDMA://10.0.0.1:8000",
    "Rdma://10.0.0.1:8000, RDMA://10.0.0.1:8000",
    "ipoib://10.0.0.1:8000, IPoIB://10.0.0.1:8000",
    "IPOIB://10.0.0.1:8000, IPoIB://10.0.0.1:8000",
    "tcp://10.0.0.1:8000, TCP://10.0.0.1:8000",
    "10.0.0.1:8000, TCP://10.0.0.1:8000",
    "255.255.255.255:65535, TCP://255.255.255.255:65535",
    "0.0.0.1:1, TCP://0.0.0.1:1",
    "10.0.0.1:8000/, TCP://10.0.0.1:8000",
    "10.0.0.1:8000/data/, TCP://10.0.0.1:8000/data",
    "10.0.0.1:8000/a.b/_c-d/.hidden/..., TCP://10.0.0.1:8000/a.b/_c-d/.hidden/...",
  })
  void schemesInAnyCaseAndCanonicalOutput(String text, String canonical) {
    ThreeFsMountPoint mp = ThreeFsMountPoint.parse(text);
    assertThat(mp.format()).isEqualTo(canonical);
    assertThat(mp.token()).isEmpty();
    assertThat(mp.formatWithToken()).isEqualTo(canonical);
    assertThat(mp).hasToString(canonical);
  }

  @Test
  void noSchemeMeansTcpAsIn3fs() {
    assertThat(ThreeFsMountPoint.parse("10.1.2.3:9000").addresses())
        .containsExactly(addr(AddressType.TCP, "10.1.2.3", 9000));
  }

  @Test
  void severalAddressesWithMixedSchemesAndASubdirectory() {
    ThreeFsMountPoint mp = ThreeFsMountPoint.parse(
        T + "@rdma://10.0.0.1:8000,IPoIB://10.0.0.2:8000,10.0.0.3:9000/data/train");
    assertThat(mp.addresses()).containsExactly(
        addr(AddressType.RDMA, "10.0.0.1", 8000),
        addr(AddressType.IPOIB, "10.0.0.2", 8000),
        addr(AddressType.TCP, "10.0.0.3", 9000));
    assertThat(mp.subdirectory()).isEqualTo("/data/train");
    assertThat(mp.format())
        .isEqualTo("RDMA://10.0.0.1:8000,IPoIB://10.0.0.2:8000,TCP://10.0.0.3:9000/data/train");
    assertThat(mp.toString()).isEqualTo("<redacted uid=0>@" + mp.format());
  }

  @Test
  void withoutTokenIsValidAndWithoutTokenDropsIt() {
    ThreeFsMountPoint withToken = ThreeFsMountPoint.parse(T + "@RDMA://10.0.0.1:8000/x");
    ThreeFsMountPoint plain = ThreeFsMountPoint.parse("RDMA://10.0.0.1:8000/x");
    assertThat(plain.token()).isEmpty();
    assertThat(withToken.withoutToken()).isEqualTo(plain).hasSameHashCodeAs(plain);
    assertThat(withToken).isNotEqualTo(plain);
    assertThat(plain.withoutToken()).isSameAs(plain);
  }

  @Test
  void addressesAreUnmodifiable() {
    ThreeFsMountPoint mp = ThreeFsMountPoint.parse("10.0.0.1:1");
    assertThatThrownBy(() -> mp.addresses().add(addr(AddressType.TCP, "10.0.0.2", 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderMakesTheSameValueAsParse() {
    ThreeFsMountPoint built = ThreeFsMountPoint.builder()
        .token(Token.parse(T))
        .address(addr(AddressType.RDMA, "10.0.0.1", 8000))
        .address(addr(AddressType.TCP, "10.0.0.2", 8001))
        .subdirectory("/data/")
        .build();
    ThreeFsMountPoint parsed = ThreeFsMountPoint.parse(T + "@RDMA://10.0.0.1:8000,10.0.0.2:8001/data");
    assertThat(built).isEqualTo(parsed).hasSameHashCodeAs(parsed);
    assertThat(built.toBuilder().build()).isEqualTo(built);
    ThreeFsMountPoint changed = built.toBuilder()
        .addresses(List.of(addr(AddressType.IPOIB, "10.9.9.9", 1)))
        .subdirectory(null)
        .token(null)
        .build();
    assertThat(changed.format()).isEqualTo("IPoIB://10.9.9.9:1");
    assertThat(built.format()).isEqualTo("RDMA://10.0.0.1:8000,TCP://10.0.0.2:8001/data");
  }

  @Test
  void builderRejectsWhatParseRejects() {
    assertThatThrownBy(() -> ThreeFsMountPoint.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one mgmtd address");
    assertThatThrownBy(() -> ThreeFsMountPoint.builder().address(addr(AddressType.UNIX, "0.0.0.1", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a network address a pod can reach");
    assertThatThrownBy(() -> ThreeFsMountPoint.builder().address(addr(AddressType.RDMA, "0.0.0.0", 8000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all-zero");
    MgmtdAddress a = addr(AddressType.TCP, "10.0.0.1", 1);
    assertThatThrownBy(() -> ThreeFsMountPoint.builder().address(a).address(a).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("duplicate");
    assertThatThrownBy(() -> ThreeFsMountPoint.builder().subdirectory("data"))
        .isInstanceOf(InvalidMountPointException.class)
        .hasMessage("expected a sub-directory starting with '/' at column 1, found 'd'");
    assertThatThrownBy(() -> ThreeFsMountPoint.builder().subdirectory("/a/../b"))
        .isInstanceOf(InvalidMountPointException.class)
        .hasMessageStartingWith("segment '..' at column 4");
  }

  @Test
  void tryParseReturnsEmptyInsteadOfThrowing() {
    assertThat(ThreeFsMountPoint.tryParse(null)).isEmpty();
    assertThat(ThreeFsMountPoint.tryParse("nope")).isEmpty();
    assertThat(ThreeFsMountPoint.tryParse("10.0.0.1:1")).contains(ThreeFsMountPoint.parse("10.0.0.1:1"));
  }

  @Test
  void mgmtdAddressParseTakesExactlyOneAddress() {
    assertThat(MgmtdAddress.parse("ipoib://10.1.2.3:8000"))
        .isEqualTo(addr(AddressType.IPOIB, "10.1.2.3", 8000));
    assertThat(MgmtdAddress.parse("10.1.2.3:8000").type()).isEqualTo(AddressType.TCP);
    assertThatThrownBy(() -> MgmtdAddress.parse("10.0.0.1:80,"))
        .isInstanceOf(InvalidMountPointException.class)
        .hasMessage("expected the end after 'TCP://10.0.0.1:80' at column 12, found ','");
    assertThatThrownBy(() -> MgmtdAddress.parse("unix://0.0.0.1:80"))
        .hasMessage("scheme 'unix' at column 1 is not a network address a pod can reach;"
            + " expected RDMA, TCP or IPoIB");
    assertThatThrownBy(() -> MgmtdAddress.parse(""))
        .hasMessage("empty address; expected [SCHEME://]A.B.C.D:PORT at column 1");
  }
}
