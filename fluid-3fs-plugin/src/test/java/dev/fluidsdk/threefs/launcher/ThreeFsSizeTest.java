package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThreeFsSizeTest {

  @ParameterizedTest
  @CsvSource({
    "128KB,131072,128KB",
    "1M,1000000,1000000",
    "1K,1000,1000",
    "1G,1000000000,1000000000",
    "1T,1000000000000,976562500KB",
    "1B,1,1",
    "0,0,0",
    "0KB,0,0",
    "1048576,1048576,1MB",
    "1024KB,1048576,1MB",
    "1TB,1099511627776,1TB",
    "3GB,3221225472,3GB",
    "1536KB,1572864,1536KB",
    "18446744073709551615,-1,18446744073709551615",
  })
  void acceptsThreeFsSizes(String text, long bytes, String canonical) {
    ThreeFsSize s = ThreeFsSize.parse(text);
    assertThat(s.bytes()).isEqualTo(bytes);
    assertThat(s).hasToString(canonical);
    assertThat(ThreeFsSize.parse(canonical)).isEqualTo(s);
  }

  @Test
  void infinityIsItsOwnValue() {
    assertThat(ThreeFsSize.parse("infinity")).isEqualTo(ThreeFsSize.INFINITY).hasToString("infinity");
    assertThat(ThreeFsSize.INFINITY.isInfinite()).isTrue();
    assertThat(ThreeFsSize.parse("18446744073709551615")).isNotEqualTo(ThreeFsSize.INFINITY);
    assertThatThrownBy(ThreeFsSize.INFINITY::bytes).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.5MB", "1 MB", "1kb", "1mb", "-1", "", "KB", "1KiB", "infinite", "Infinity",
        "18446744073709551616", "17179869184GB", "1MBB", " 1KB", "1KB ", "+1", "0x10", "1e3"
      })
  void refusesEverythingElse(String text) {
    assertThatThrownBy(() -> ThreeFsSize.parse(text))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("3FS Size");
  }

  @Test
  void decimalAndBinaryUnitsDiffer() {
    assertThat(ThreeFsSize.parse("1M")).isNotEqualTo(ThreeFsSize.parse("1MB"));
    assertThat(ThreeFsSize.parse("1000K")).isEqualTo(ThreeFsSize.parse("1M"));
    assertThat(ThreeFsSize.parse("1KB")).isEqualTo(ThreeFsSize.ofBytes(1024));
  }

  @Property(tries = 2000)
  void canonicalFormRoundTrips(@ForAll long unsignedBytes) {
    ThreeFsSize s = ThreeFsSize.parse(Long.toUnsignedString(unsignedBytes));
    assertThat(ThreeFsSize.parse(s.toString())).isEqualTo(s);
    assertThat(s.bytes()).isEqualTo(unsignedBytes);
  }

  @Property(tries = 2000)
  void unitsMultiply(
      @ForAll @LongRange(min = 0, max = 1_000_000) long amount, @ForAll @IntRange(min = 0, max = 8) int unit) {
    String[] units = {"B", "KB", "MB", "GB", "TB", "K", "M", "G", "T"};
    long[] factors = {1, 1L << 10, 1L << 20, 1L << 30, 1L << 40, 1_000, 1_000_000, 1_000_000_000,
        1_000_000_000_000L};
    assertThat(ThreeFsSize.parse(amount + units[unit]).bytes()).isEqualTo(amount * factors[unit]);
  }

  @Property(tries = 3000)
  void randomTextOnlyEverThrowsInvalidConfig(@ForAll("nearlySizes") String text) {
    try {
      ThreeFsSize s = ThreeFsSize.parse(text);
      assertThat(ThreeFsSize.parse(s.toString())).isEqualTo(s);
    } catch (InvalidConfigException expected) {
      assertThat(expected.getMessage()).contains("3FS Size");
    }
  }

  @Provide
  Arbitrary<String> nearlySizes() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withChars("0123456789 .-+KMGTBinfty").ofMaxLength(24));
  }
}
