package dev.fluidsdk.bench.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InterleavedCpuReportTest {

  @Test
  void measuresEveryWayOnEveryDocument() {
    for (String document : Documents.NAMES) {
      Map<String, Double> median = InterleavedCpuReport.measure(document, 5, 3);

      assertThat(median).containsOnlyKeys("parse ours", "parse tree", "write ours", "write tree");
      assertThat(median.values()).allSatisfy(us -> assertThat(us).isGreaterThanOrEqualTo(0.0));
    }
  }
}
