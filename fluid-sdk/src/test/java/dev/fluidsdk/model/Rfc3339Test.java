package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Rfc3339Test {

  @Test
  void readsTheServersFormAndAnyOtherOffsetForm() {
    assertThat(Rfc3339.parse("2024-05-01T10:00:07Z"))
        .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 7, 0, ZoneOffset.UTC));
    assertThat(Rfc3339.parse("2024-05-01T12:00:07.5+02:00").toInstant())
        .isEqualTo(OffsetDateTime.of(2024, 5, 1, 10, 0, 7, 500_000_000, ZoneOffset.UTC).toInstant());
  }

  @Test
  void rejectsWhatIsNotATime() {
    assertThatThrownBy(() -> Rfc3339.parse("2024-13-01T10:00:00Z")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Rfc3339.parse("2024-05-01T10:0x:00Z")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> Rfc3339.parse("2024-05-01 10:00:00")).isInstanceOf(DateTimeParseException.class);
  }

  @Test
  void writesWholeSecondsInUtcAndMicrosOnlyWhenPresent() {
    assertThat(Rfc3339.format(OffsetDateTime.of(2024, 5, 1, 12, 0, 7, 0, ZoneOffset.ofHours(2))))
        .isEqualTo("2024-05-01T10:00:07Z");
    assertThat(Rfc3339.format(OffsetDateTime.of(2024, 5, 1, 10, 0, 7, 123_456_789, ZoneOffset.UTC)))
        .isEqualTo("2024-05-01T10:00:07.123456Z");
  }

  /** The hand-written reader agrees with java.time's RFC 3339 parser on every input. */
  @Property(tries = 5000)
  void agreesWithTheGeneralParser(@ForAll("times") String text) {
    OffsetDateTime expected;
    try {
      expected = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> Rfc3339.parse(text)).isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(Rfc3339.parse(text)).isEqualTo(expected);
  }

  /** The hand-written writer agrees with the formatter pattern it replaced. */
  @Property(tries = 2000)
  void writesWhatThePatternWrites(
      @ForAll("instants") long epochSecond, @ForAll("nanos") int nanos, @ForAll("offsets") int offset) {
    OffsetDateTime time =
        OffsetDateTime.ofInstant(
            java.time.Instant.ofEpochSecond(epochSecond, nanos), ZoneOffset.ofTotalSeconds(offset));
    OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    String pattern = utc.getNano() == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'";
    assertThat(Rfc3339.format(time)).isEqualTo(DateTimeFormatter.ofPattern(pattern).format(utc));
    assertThat(Rfc3339.parse(Rfc3339.format(time))).isEqualTo(utc);
  }

  @Provide
  Arbitrary<Long> instants() {
    // Years 0001 to 9999, the range Kubernetes' times use.
    return Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L);
  }

  @Provide
  Arbitrary<Integer> nanos() {
    return Arbitraries.oneOf(
        Arbitraries.just(0), Arbitraries.just(1000), Arbitraries.integers().between(0, 999_999_999));
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(-64_800, 64_800));
  }

  @Provide
  Arbitrary<String> times() {
    Arbitrary<String> date =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, 32))
            .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> time =
        Combinators.combine(
                Arbitraries.integers().between(0, 25),
                Arbitraries.integers().between(0, 61),
                Arbitraries.integers().between(0, 61))
            .as((h, m, sec) -> String.format("%02d:%02d:%02d", h, m, sec));
    Arbitrary<String> fraction =
        Arbitraries.oneOf(
            Arbitraries.just(""),
            Arbitraries.just("."),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(11).map(f -> "." + f));
    Arbitrary<String> offset =
        Arbitraries.oneOf(
            Arbitraries.of("Z", "z", "", "+00:00", "-00:00", "+18:00", "+18:01", "-19:00", "+1:00",
                "+01:00:30", "+0100", "+05:3x"),
            Combinators.combine(
                    Arbitraries.of("+", "-"),
                    Arbitraries.integers().between(0, 19),
                    Arbitraries.integers().between(0, 60))
                .as((sign, h, m) -> String.format("%s%02d:%02d", sign, h, m)));
    Arbitrary<String> separator = Arbitraries.of("T", "T", "T", "t", " ");
    return Combinators.combine(date, separator, time, fraction, offset)
        .as((d, sep, t, f, o) -> d + sep + t + f + o);
  }
}
