package dev.fluidsdk.bench.codec;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.fluidsdk.bench.Stats;
import dev.fluidsdk.bench.TextTable;
import dev.fluidsdk.codec.FluidJson;
import io.kubernetes.client.common.KubernetesType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A cross-check of {@link SerializationReport} that holds up on a shared machine: our models and
 * a gson tree take turns (rounds of a few thousand operations each, one after the other), and each
 * round is timed in this thread's CPU time, so time the thread spends waiting for a core another
 * process holds does not count. Prints the median round of each way and the ratios.
 *
 * <p>Options: {@code --rounds N} (default 25, the first fifth are warm-up), {@code --ops N} per
 * round (default 3000).
 */
public final class InterleavedCpuReport {
  private InterleavedCpuReport() {}

  public static void main(String[] args) {
    int rounds = 25;
    int ops = 3000;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--ops" -> ops = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    TextTable table =
        new TextTable("document", "op", "FluidJson us", "gson tree us", "ours/tree");
    for (String document : Documents.NAMES) {
      Map<String, Double> median = measure(document, rounds, ops);
      for (String op : List.of("parse", "write")) {
        double ours = median.get(op + " ours");
        double tree = median.get(op + " tree");
        table.row(document, op, us(ours), us(tree), String.format(Locale.ROOT, "%.2fx", ours / tree));
      }
    }
    System.out.print(table.render());
  }

  /** Median CPU microseconds per operation of each way on one document. */
  static Map<String, Double> measure(String document, int rounds, int ops) {
    String json = Documents.json(document);
    Class<? extends KubernetesType> type = Documents.modelClass(json);
    KubernetesType model = FluidJson.fromJson(json, type);
    JsonElement tree = JsonParser.parseString(json);
    Gson gson = new Gson();
    Map<String, Supplier<Object>> ways = new LinkedHashMap<>();
    ways.put("parse ours", () -> FluidJson.fromJson(json, type));
    ways.put("parse tree", () -> JsonParser.parseString(json));
    ways.put("write ours", () -> FluidJson.toJson(model));
    ways.put("write tree", () -> gson.toJson(tree));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> times = new LinkedHashMap<>();
    Object sink = null;
    for (int round = 0; round < rounds; round++) {
      for (Map.Entry<String, Supplier<Object>> way : ways.entrySet()) {
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < ops; i++) {
          sink = way.getValue().get();
        }
        double us = (threads.getCurrentThreadCpuTime() - start) / 1000.0 / ops;
        if (round >= rounds / 5) {
          times.computeIfAbsent(way.getKey(), k -> new ArrayList<>()).add(us);
        }
      }
    }
    if (sink == null) {
      throw new IllegalStateException("nothing was produced");
    }
    Map<String, Double> median = new LinkedHashMap<>();
    times.forEach((way, values) -> median.put(way, new Stats(values).median()));
    return median;
  }

  private static String us(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
