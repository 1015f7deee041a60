package dev.fluidsdk.bench.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvisionBenchmarkTest {
  @TempDir Path dir;

  @Test
  void theWarmUpIsThreeVolumesAndTheRepeatThreeRoundsUnlessAsked() {
    assertThat(ProvisionBenchmark.warmup(Map.of())).isEqualTo(3);
    assertThat(ProvisionBenchmark.warmup(Map.of("--warmup", "200", "--repeat", "5"))).isEqualTo(200);
    assertThat(ProvisionBenchmark.repeat(Map.of())).isEqualTo(3);
    assertThat(ProvisionBenchmark.repeat(Map.of("--warmup", "200", "--repeat", "5"))).isEqualTo(5);
    assertThatThrownBy(() -> ProvisionBenchmark.warmup(Map.of("--warmup", "0")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--warmup must be at least 1, got 0");
    assertThatThrownBy(() -> ProvisionBenchmark.repeat(Map.of("--repeat", "-1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("--repeat must be at least 1, got -1");
  }

  @Test
  void aPollingRunEndsWithEveryDatasetBoundAndCountsItsRequests() throws Exception {
    Outcome r = ProvisionBenchmark.measure(new PollingWay(), new Workload("t", 2), dir, Duration.ZERO,
        Duration.ofSeconds(30));
    assertThat(r.count()).isEqualTo(2);
    // profile + 3 creates per dataset, then at least one GET per dataset
    assertThat(r.perKind()).containsEntry("create thinruntimeprofiles", 1L)
        .containsEntry("create secrets", 2L).containsEntry("create datasets", 2L)
        .containsEntry("create thinruntimes", 2L);
    assertThat(r.perKind().get("get datasets")).isGreaterThanOrEqualTo(2L);
    assertThat(r.requests()).isEqualTo(r.perKind().values().stream().mapToLong(Long::longValue).sum());
    assertThat(r.watches()).isZero();
  }

  @Test
  void ourRunAppliesThreeObjectsPerDatasetAndWaitsWithOneListAndAtMostOneWatch() throws Exception {
    Outcome r = ProvisionBenchmark.measure(new OursWay(), new Workload("t", 2), dir, Duration.ofMillis(20),
        Duration.ofSeconds(30));
    assertThat(r.perKind()).containsEntry("patch thinruntimeprofiles", 1L)
        .containsEntry("patch secrets", 2L).containsEntry("patch datasets", 2L)
        .containsEntry("patch thinruntimes", 2L).containsEntry("list datasets", 1L);
    assertThat(r.watches()).isLessThanOrEqualTo(1);
    assertThat(r.requests()).isLessThanOrEqualTo(1 + 3 * 2 + 2);
  }

  @Test
  void ratiosAreAgainstTheReferenceWayAtTheSameN() {
    List<Outcome> o = List.of(
        new Outcome("ours", 10, 1_000_000_000L, 31, 1, 0, 0, 0, Map.of()),
        new Outcome("kubectl", 10, 25_000_000_000L, 190, 10, 41, 0, 0, Map.of()),
        new Outcome("ours", 100, 4_000_000_000L, 301, 1, 0, 0, 0, Map.of()),
        new Outcome("kubectl", 100, 200_000_000_000L, 1810, 100, 401, 0, 0, Map.of()));
    String t = ProvisionBenchmark.ratios(o, "ours");
    assertThat(t).contains("| 10  | kubectl |            25.00x |            6.13x |")
        .contains("| 100 | kubectl |            50.00x |            6.01x |");
    assertThat(ProvisionBenchmark.table(o)).contains("| 100 | kubectl |  200000 |     2000.0 |     1810 |        18.1 |");
  }

  @Test
  void eachRoundStartsWithAnotherRepeatingWayAndKubectlRunsInTheFirstOnly() {
    ProvisionWay ours = new OursWay();
    ProvisionWay kubectl = new KubectlWay("kubectl");
    ProvisionWay poll = new PollingWay();
    List<ProvisionWay> ways = List.of(ours, kubectl, poll);
    assertThat(ProvisionBenchmark.roundOrder(ways, 0)).containsExactly(ours, kubectl, poll);
    assertThat(ProvisionBenchmark.roundOrder(ways, 1)).containsExactly(poll, ours);
    assertThat(ProvisionBenchmark.roundOrder(ways, 2)).containsExactly(ours, poll);
    assertThat(ProvisionBenchmark.roundOrder(List.of(kubectl), 1)).isEmpty();
    List<ProvisionWay> three = List.of(ours, poll, kubectl, new PollingWay());
    assertThat(ProvisionBenchmark.roundOrder(three, 2)).containsExactly(three.get(3), ours, poll);
  }

  @Test
  void theMedianRunIsTheWholeRunWithTheMiddleWallTime() {
    Outcome fast = new Outcome("ours", 10, 100_000_000L, 31, 1, 0, 0, 0, Map.of());
    Outcome middle = new Outcome("ours", 10, 200_000_000L, 33, 1, 0, 7, 0, Map.of());
    Outcome slow = new Outcome("ours", 10, 900_000_000L, 35, 1, 0, 0, 0, Map.of());
    assertThat(ProvisionBenchmark.medianRun(List.of(slow, fast, middle))).isSameAs(middle);
    assertThat(ProvisionBenchmark.medianRun(List.of(slow, fast))).isSameAs(fast);
    assertThat(ProvisionBenchmark.medianRun(List.of(slow))).isSameAs(slow);
    assertThatThrownBy(() -> ProvisionBenchmark.medianRun(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ProvisionBenchmark.runsTable(List.of(List.of(slow, fast, middle))))
        .contains("| 10 | ours |    3 |                 900, 100, 200 |");
  }
}
