package dev.fluidsdk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfAnOddSampleIsTheMiddleValue() {
    Stats s = new Stats(List.of(9.0, 1.0, 5.0));
    assertThat(s.median()).isEqualTo(5.0);
    assertThat(s.min()).isEqualTo(1.0);
    assertThat(s.max()).isEqualTo(9.0);
    assertThat(s.count()).isEqualTo(3);
  }

  @Test
  void medianOfAnEvenSampleAveragesTheMiddleTwo() {
    assertThat(new Stats(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
  }

  @Test
  void percentilesUseTheNearestRank() {
    Stats s = new Stats(List.of(10.0, 20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0, 100.0));
    assertThat(s.percentile(90)).isEqualTo(90.0);
    assertThat(s.percentile(91)).isEqualTo(100.0);
    assertThat(s.percentile(100)).isEqualTo(100.0);
    assertThat(s.percentile(1)).isEqualTo(10.0);
    assertThatThrownBy(() -> s.percentile(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptySampleIsRejected() {
    assertThatThrownBy(() -> new Stats(List.of())).hasMessage("no values");
  }
}
