package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThreeFsDurationTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1s|1000000000|1s",
        "100ms|100000000|100ms",
        "0ns|0|0ns",
        "0s|0|0ns",
        "1min 30s|90000000000|1min 30s",
        "90s|90000000000|1min 30s",
        "60s|60000000000|1min",
        "1000ms|1000000000|1s",
        "'  5s  '|5000000000|5s",
        "1day 2h 3min 4s 5ms 6us 7ns|93784005006007|1day 2h 3min 4s 5ms 6us 7ns",
        "25h|90000000000000|1day 1h",
        "1us|1000|1us",
      })
  void acceptsThreeFsDurations(String text, long nanos, String canonical) {
    ThreeFsDuration d = ThreeFsDuration.parse(text);
    assertThat(d.nanos()).isEqualTo(nanos);
    assertThat(d).hasToString(canonical);
    assertThat(ThreeFsDuration.parse(canonical)).isEqualTo(d);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.5s", "0", "5", "1min30s", "", "   ", "-1s", "+1s", "1S", "1 s", "1s 1s", "1s 1min",
        "1sec", "1d", "s", "1s,2ms", "9223372036854775807s", "99999999999999999999ns", "1s\u00a0",
        "１s", "1ms 1ms", "1h 1day"
      })
  void refusesEverythingElse(String text) {
    assertThatThrownBy(() -> ThreeFsDuration.parse(text))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("3FS Duration");
  }

  @org.junit.jupiter.api.Test
  void tabsAndNewlinesSeparateParts() {
    assertThat(ThreeFsDuration.parse("1h\t30min\n5s")).isEqualTo(ThreeFsDuration.parse("1h 30min 5s"));
  }

  @org.junit.jupiter.api.Test
  void equalsByValue() {
    assertThat(ThreeFsDuration.parse("60s")).isEqualTo(ThreeFsDuration.parse("1min"));
    assertThat(ThreeFsDuration.parse("60s").hashCode()).isEqualTo(ThreeFsDuration.ofSeconds(60).hashCode());
    assertThat(ThreeFsDuration.parse("61s")).isNotEqualTo(ThreeFsDuration.parse("1min"));
  }

  @Property(tries = 2000)
  void canonicalFormRoundTrips(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long nanos) {
    ThreeFsDuration d = ThreeFsDuration.ofNanos(nanos);
    assertThat(ThreeFsDuration.parse(d.toString())).isEqualTo(d);
  }

  @Property(tries = 2000)
  void decreasingPartsAddUp(@ForAll("parts") List<long[]> parts) {
    String[] units = {"day", "h", "min", "s", "ms", "us", "ns"};
    long[] nanos = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L,
        1_000_000L, 1_000L, 1L};
    StringBuilder text = new StringBuilder();
    long expected = 0;
    for (long[] p : parts) {
      text.append(text.length() == 0 ? "" : " ").append(p[1]).append(units[(int) p[0]]);
      expected += p[1] * nanos[(int) p[0]];
    }
    assertThat(ThreeFsDuration.parse(text.toString()).nanos()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<long[]>> parts() {
    return Arbitraries.integers().between(0, 127).flatMap(mask -> {
      List<Integer> unitIdx = new ArrayList<>();
      for (int i = 0; i < 7; i++) {
        if ((mask & (1 << i)) != 0) {
          unitIdx.add(i);
        }
      }
      if (unitIdx.isEmpty()) {
        unitIdx.add(3);
      }
      List<Arbitrary<long[]>> each = new ArrayList<>();
      for (int u : unitIdx) {
        each.add(Arbitraries.longs().between(0, 1000).map(n -> new long[] {u, n}));
      }
      return Combinators.combine(each).as(list -> list);
    });
  }

  @Property(tries = 3000)
  void randomTextOnlyEverThrowsInvalidConfig(@ForAll("nearlyDurations") String text) {
    try {
      ThreeFsDuration d = ThreeFsDuration.parse(text);
      assertThat(ThreeFsDuration.parse(d.toString())).isEqualTo(d);
    } catch (InvalidConfigException expected) {
      assertThat(expected.getMessage()).contains("3FS Duration");
    }
  }

  @Provide
  Arbitrary<String> nearlyDurations() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(30),
        Arbitraries.strings().withChars("0123456789 \t.-+nsumhdayiS").ofMaxLength(20));
  }
}
