package dev.fluidsdk.threefs.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

// The JSON files were recorded with fio 3.33 on a development machine, running the seed's
// parameters scaled down (4 jobs, 32M, 3 s); "host" and "pod" are two runs on the same disk.
class FioReportTest {

  static String recorded(String name) throws IOException {
    try (InputStream in = FioReportTest.class.getResourceAsStream("/fio/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsARecordedReadRun() throws IOException {
    FioReport r = FioReport.parse(recorded("host-read"));

    assertThat(r.fioVersion()).isEqualTo("fio-3.33");
    assertThat(r.jobName()).isEqualTo("seed-read");
    assertThat(r.read().bandwidthBytesPerSecond()).isEqualTo(386353148L);
    assertThat(r.read().iops()).isCloseTo(92.113769, within(1e-6));
    assertThat(r.read().meanLatencyNanos()).isCloseTo(84882842.512281, within(1e-3));
    assertThat(r.read().p99LatencyNanos()).isPositive();
    assertThat(r.write().active()).isFalse();
    assertThat(r.main()).isSameAs(r.read());
    assertThat(r.summary()).startsWith("read: 0.36 GiB/s, 92 IOPS, mean latency 84.9 ms");
  }

  @Test
  void writeRunReportsTheWriteDirection() throws IOException {
    FioReport r = FioReport.parse(recorded("pod-write"));

    assertThat(r.main()).isSameAs(r.write());
    assertThat(r.write().bandwidthBytesPerSecond()).isEqualTo(469369087L);
    assertThat(r.summary()).startsWith("write: ");
  }

  @Test
  void comparesPodWithHostAsRatios() throws IOException {
    FioComparison c =
        new FioComparison(FioReport.parse(recorded("host-read")), FioReport.parse(recorded("pod-read")));

    assertThat(c.bandwidthRatio()).isCloseTo(522919101.0 / 386353148.0, within(1e-9));
    assertThat(c.iopsRatio()).isCloseTo(124.673629 / 92.113769, within(1e-9));
    assertThat(c.latencyRatio()).isCloseTo(62937683.479058 / 84882842.512281, within(1e-9));
    assertThat(c.atParity(0.95)).isTrue();
    assertThat(c.summary()).startsWith("read: host 0.36 GiB/s, pod 0.49 GiB/s, pod/host bandwidth 1.35");

    FioComparison w =
        new FioComparison(FioReport.parse(recorded("host-write")), FioReport.parse(recorded("pod-write")));
    assertThat(w.atParity(0.99)).isFalse();
  }

  @Test
  void refusesToCompareAReadWithAWrite() throws IOException {
    FioReport read = FioReport.parse(recorded("host-read"));
    FioReport write = FioReport.parse(recorded("pod-write"));
    assertThatThrownBy(() -> new FioComparison(read, write))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void skipsNoticesBeforeTheJson() throws IOException {
    FioReport r = FioReport.parse("note: both iodepth >= 1 and synchronous I/O engine\n" + recorded("host-read"));
    assertThat(r.read().totalIos()).isPositive();
  }

  @Test
  void malformedOutputNamesThePath() {
    assertThatThrownBy(() -> FioReport.parse("fio: no such file"))
        .isInstanceOf(FioReportException.class)
        .hasMessage("no JSON object in fio output");
    assertThatThrownBy(() -> FioReport.parse("{\"fio version\":\"x\",\"jobs\":[]}"))
        .hasMessage("jobs: empty, fio ran no job");
    assertThatThrownBy(
            () -> FioReport.parse("{\"fio version\":\"x\",\"jobs\":[{\"jobname\":\"j\",\"error\":0,\"read\":{}}]}"))
        .hasMessage("jobs[0].read.clat_ns: expected an object");
    assertThatThrownBy(
            () -> FioReport.parse("{\"fio version\":\"x\",\"jobs\":[{\"jobname\":\"j\",\"error\":5}]}"))
        .hasMessage("jobs[0].error: fio reported error 5");
  }
}
