package dev.fluidsdk.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.bench.startup.ProcessStartCost.Probe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The process-start probes run their command to the end and fail loudly (nothing timed). */
class ProcessStartCostTest {
  @Test
  void aProbeRunsItsCommandToTheEnd() throws Exception {
    // 'sleep 0.2' exits only after 200 ms: a probe that stopped the clock at start would miss it
    double ms = ProcessStartCost.timeOnce(new Probe("sleep", List.of("sleep", "0.2")));
    assertThat(ms).isGreaterThanOrEqualTo(200.0);
  }

  @Test
  void aFailingOrMissingCommandIsAnErrorNamingTheProbe() {
    assertThatThrownBy(() -> ProcessStartCost.timeOnce(new Probe("p", List.of("false"))))
        .isInstanceOf(IllegalStateException.class).hasMessage("p: exited with 1");
    assertThatThrownBy(() -> ProcessStartCost.timeOnce(new Probe("q", List.of("/no/such/program"))))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("q: cannot start /no/such/program");
  }

  @Test
  void theProbesAreTrueAndTheGivenPython() {
    assertThat(ProcessStartCost.probes("/usr/bin/python3"))
        .extracting(Probe::command)
        .containsExactly(List.of("true"), List.of("/usr/bin/python3", "-c", "pass"));
  }

  @Test
  void theProbeTableShowsMedianAndP90() {
    Map<String, List<Double>> ms = new LinkedHashMap<>();
    ms.put("process start: true", List.of(3.0, 1.0, 2.0, 10.0));
    assertThat(StartupBenchmark.probeTable(ms))
        .contains("| process start: true |    4 |       2.5 |   10.0 |");
  }
}
