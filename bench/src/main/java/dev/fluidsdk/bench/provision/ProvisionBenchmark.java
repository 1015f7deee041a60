package dev.fluidsdk.bench.provision;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fluidsdk.bench.TextTable;
import dev.fluidsdk.testing.FakeFluid;
import dev.fluidsdk.testing.FluidTestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Provisions N 3FS volumes against a fresh in-process API server with the fake Fluid binder and
 * prints wall time, requests per Dataset, watch connections and peak heap, then the ratios against
 * this SDK.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.fluidsdk.bench.provision.ProvisionBenchmark
 *     [--n 10,100,500] [--ways ours,kubectl,poll] [--bind-delay-ms 50] [--timeout-s 900]
 *     [--kubectl kubectl] [--warmup 3] [--repeat 3]
 * </pre>
 *
 * <p>{@code --warmup} is the N of the unmeasured first run of each way (3 by default). Three
 * volumes load the classes but leave most of the JIT compilation to the first measured N; a larger
 * warm-up shows the warm cost per Dataset.
 *
 * <p>{@code --repeat} is the number of rounds per N (3 by default). The client, the server and the
 * fake binder share this JVM, so whichever way runs later finds more of their code compiled: run
 * once in a fixed order, the second in-process way came out up to 1.5x faster than the first
 * whichever it was. Each round therefore starts with a different way ({@link #roundOrder}), and the
 * tables show each way's median run; kubectl runs in the first round only ({@link
 * ProvisionWay#repeats()}).
 */
public final class ProvisionBenchmark {
  private ProvisionBenchmark() {}

  public static void main(String[] args) throws Exception {
    // The JDK HTTP server under the test server leaves Nagle's algorithm on; with the client's
    // delayed ACKs every request on a kept-alive connection then waits ~40 ms. Must be set before
    // the server's configuration class loads.
    System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
    Map<String, String> o = new LinkedHashMap<>();
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("options come in pairs: --name value");
    }
    for (int i = 0; i < args.length; i += 2) {
      o.put(args[i], args[i + 1]);
    }
    List<Integer> ns = new ArrayList<>();
    for (String n : o.getOrDefault("--n", "10,100,500").split(",")) {
      ns.add(Integer.parseInt(n.strip()));
    }
    Duration delay = Duration.ofMillis(Long.parseLong(o.getOrDefault("--bind-delay-ms", "50")));
    Duration timeout = Duration.ofSeconds(Long.parseLong(o.getOrDefault("--timeout-s", "900")));
    int warmup = warmup(o);
    int repeat = repeat(o);
    Map<String, ProvisionWay> known = new LinkedHashMap<>();
    known.put("ours", new OursWay());
    known.put("kubectl", new KubectlWay(o.getOrDefault("--kubectl", "kubectl")));
    known.put("poll", new PollingWay());
    List<ProvisionWay> ways = new ArrayList<>();
    for (String w : o.getOrDefault("--ways", "ours,kubectl,poll").split(",")) {
      ProvisionWay way = known.get(w.strip());
      if (way == null) {
        throw new IllegalArgumentException("unknown way " + w + "; known: " + known.keySet());
      }
      ways.add(way);
    }
    Path work = Files.createTempDirectory("fluid-provision-bench");
    System.out.println("work dir " + work + "; fake Fluid bind delay " + delay.toMillis() + " ms; warm-up N="
        + warmup + "; " + repeat + " rounds per N");
    // A small warm-up of each way, so that class loading and JIT do not land on the first N only.
    for (ProvisionWay way : ways) {
      measure(way, new Workload("warmup", warmup), work.resolve("warmup-" + ways.indexOf(way)), delay, timeout);
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<List<Outcome>> runs = new ArrayList<>();
    for (int n : ns) {
      Map<ProvisionWay, List<Outcome>> byWay = new LinkedHashMap<>();
      for (ProvisionWay way : ways) {
        byWay.put(way, new ArrayList<>());
      }
      for (int round = 0; round < repeat; round++) {
        for (ProvisionWay way : roundOrder(ways, round)) {
          Outcome r = measure(way, new Workload("bench", n),
              work.resolve(n + "-" + ways.indexOf(way) + "-" + round), delay, timeout);
          byWay.get(way).add(r);
          System.out.printf(Locale.ROOT, "N=%d round %d %s: %.0f ms, %d requests, %d watches%n",
              n, round + 1, way.name(), r.wallMillis(), r.requests(), r.watches());
        }
      }
      for (List<Outcome> wayRuns : byWay.values()) {
        outcomes.add(medianRun(wayRuns));
        runs.add(wayRuns);
      }
    }
    System.out.println();
    System.out.print(table(outcomes));
    System.out.println();
    System.out.print(ratios(outcomes, ways.get(0).name()));
    System.out.println();
    System.out.print(runsTable(runs));
    System.out.println();
    for (Outcome r : outcomes) {
      System.out.println("N=" + r.count() + " " + r.way() + " requests by kind: " + r.perKind());
    }
  }

  /** The N of each way's unmeasured warm-up run: {@code --warmup}, 3 when absent. */
  static int warmup(Map<String, String> options) {
    return atLeastOne(options, "--warmup", 3);
  }

  /** Rounds per N: {@code --repeat}, 3 when absent. */
  static int repeat(Map<String, String> options) {
    return atLeastOne(options, "--repeat", 3);
  }

  private static int atLeastOne(Map<String, String> options, String name, int absent) {
    int n = Integer.parseInt(options.getOrDefault(name, Integer.toString(absent)).strip());
    if (n < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, got " + n);
    }
    return n;
  }

  /**
   * The ways of round {@code round} (0-based), in the order they run: those that repeat, rotated
   * left by {@code round} so each takes its turn first; the others only in round 0, in their
   * place.
   */
  static List<ProvisionWay> roundOrder(List<ProvisionWay> ways, int round) {
    if (round == 0) {
      return List.copyOf(ways);
    }
    List<ProvisionWay> repeating = new ArrayList<>();
    for (ProvisionWay w : ways) {
      if (w.repeats()) {
        repeating.add(w);
      }
    }
    Collections.rotate(repeating, -round);
    return repeating;
  }

  /** The run with the median wall time (the lower one of the middle two for an even count). */
  static Outcome medianRun(List<Outcome> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    List<Outcome> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(Outcome::wallNanos));
    return sorted.get((sorted.size() - 1) / 2);
  }

  /** Every measured run's wall time, in the order the runs happened, per N and way. */
  static String runsTable(List<List<Outcome>> runs) {
    TextTable t = new TextTable("N", "way", "runs", "wall ms of each run, in order");
    for (List<Outcome> wayRuns : runs) {
      StringBuilder each = new StringBuilder();
      for (Outcome r : wayRuns) {
        each.append(each.length() == 0 ? "" : ", ").append(f0(r.wallMillis()));
      }
      Outcome first = wayRuns.get(0);
      t.row(first.count(), first.way(), wayRuns.size(), each);
    }
    return t.render();
  }

  static Outcome measure(ProvisionWay way, Workload w, Path work, Duration delay, Duration timeout)
      throws Exception {
    Files.createDirectories(work);
    FluidTestServer server = FluidTestServer.start();
    FakeFluid fluid = FakeFluid.attach(server, delay, true);
    try {
      server.stats().reset();
      HeapSampler heap = new HeapSampler();
      heap.start();
      long t0 = System.nanoTime();
      long processes = way.provision(server, w, work, timeout);
      long wall = System.nanoTime() - t0;
      heap.stop();
      int bound = countBound(server, w.namespace());
      if (bound != w.count()) {
        throw new IllegalStateException(way.name() + ": the server has " + bound + " Bound datasets of " + w.count());
      }
      return new Outcome(way.name(), w.count(), wall, server.stats().totalRequests(),
          server.stats().watchConnections(), processes, heap.peakBytes(), heap.collections(),
          server.stats().snapshot());
    } finally {
      fluid.close();
      server.close();
    }
  }

  /** Counted on the server side, uncounted, as a check that the client's "all Bound" is true. */
  private static int countBound(FluidTestServer server, String namespace) {
    JsonObject list = server.inProcess()
        .get("/apis/data.fluid.io/v1alpha1/namespaces/" + namespace + "/datasets")
        .orElseGet(JsonObject::new);
    int n = 0;
    if (list.has("items")) {
      for (JsonElement item : list.getAsJsonArray("items")) {
        JsonElement status = item.getAsJsonObject().get("status");
        if (status != null && status.isJsonObject() && status.getAsJsonObject().has("phase")
            && "Bound".equals(status.getAsJsonObject().get("phase").getAsString())) {
          n++;
        }
      }
    }
    return n;
  }

  static String table(List<Outcome> outcomes) {
    TextTable t = new TextTable("N", "way", "wall ms", "ms/dataset", "requests", "req/dataset",
        "watches", "processes", "peak heap MiB", "GCs");
    for (Outcome r : outcomes) {
      t.row(r.count(), r.way(), f0(r.wallMillis()), f1(r.wallMillis() / r.count()), r.requests(),
          f1(r.requestsPerDataset()), r.watches(), r.processes(), f0(r.peakHeapBytes() / 1048576.0),
          r.collections());
    }
    return t.render();
  }

  /** Each way's wall time and requests against the reference way's, per N. */
  static String ratios(List<Outcome> outcomes, String reference) {
    TextTable t = new TextTable("N", "way", "wall time vs " + reference, "requests vs " + reference);
    for (Outcome r : outcomes) {
      if (r.way().equals(reference)) {
        continue;
      }
      for (Outcome ref : outcomes) {
        if (ref.way().equals(reference) && ref.count() == r.count()) {
          t.row(r.count(), r.way(), TextTable.ratio((double) r.wallNanos() / ref.wallNanos()),
              TextTable.ratio((double) r.requests() / ref.requests()));
        }
      }
    }
    return t.render();
  }

  private static String f0(double v) {
    return String.format(Locale.ROOT, "%.0f", v);
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
