package dev.fluidsdk.bench.codec;

import dev.fluidsdk.bench.Stats;
import dev.fluidsdk.bench.TextTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link SerializationBenchmark} with short defaults ({@code -f 1 -wi 3 -i 5 -w 1s -r 1s};
 * any JMH option given on the command line wins) and prints the ratio table of the median
 * iteration of each benchmark.
 */
public final class SerializationReport {
  private static final String[] WAYS = {"FluidJson", "GsonTree", "GsonMap", "Dynamic"};

  private SerializationReport() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    CommandLineOptions cmd = new CommandLineOptions(args);
    OptionsBuilder b = new OptionsBuilder();
    b.parent(cmd);
    if (cmd.getIncludes().isEmpty()) {
      b.include(SerializationBenchmark.class.getName());
    }
    if (!cmd.getForkCount().hasValue()) {
      b.forks(1);
    }
    if (!cmd.getWarmupIterations().hasValue()) {
      b.warmupIterations(3);
    }
    if (!cmd.getMeasurementIterations().hasValue()) {
      b.measurementIterations(5);
    }
    if (!cmd.getWarmupTime().hasValue()) {
      b.warmupTime(TimeValue.seconds(1));
    }
    if (!cmd.getMeasurementTime().hasValue()) {
      b.measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(b.build()).run();
    System.out.println();
    System.out.print(table(scores(results)));
  }

  /** Median iteration score per "document/operation/way", in microseconds per operation. */
  static Map<String, Double> scores(Collection<RunResult> results) {
    Map<String, Double> s = new HashMap<>();
    for (RunResult r : results) {
      String method = r.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      String op = method.startsWith("parse") ? "parse" : "write";
      String way = method.substring(op.length());
      // The median of the measurement iterations: on a shared machine one iteration that another
      // process disturbed moves the mean far more than the median.
      List<Double> iterations = new ArrayList<>();
      for (BenchmarkResult b : r.getBenchmarkResults()) {
        for (IterationResult i : b.getIterationResults()) {
          iterations.add(i.getPrimaryResult().getScore());
        }
      }
      double score = iterations.isEmpty() ? r.getPrimaryResult().getScore() : new Stats(iterations).median();
      TimeUnit unit = r.getParams().getTimeUnit();
      double us = score * unit.toNanos(1) / 1000.0;
      s.put(r.getParams().getParam("document") + "/" + op + "/" + way, us);
    }
    return s;
  }

  /** The ratio table: microseconds per operation for each way, then ours against raw gson. */
  static String table(Map<String, Double> s) {
    TextTable t = new TextTable("document", "op", "FluidJson us", "gson tree us", "gson Map us",
        "Dynamic us", "ours/tree", "ours/Map", "Dynamic/tree");
    for (String doc : Documents.NAMES) {
      for (String op : new String[] {"parse", "write"}) {
        Double[] v = new Double[WAYS.length];
        boolean any = false;
        for (int i = 0; i < WAYS.length; i++) {
          v[i] = s.get(doc + "/" + op + "/" + WAYS[i]);
          any |= v[i] != null;
        }
        if (any) {
          t.row(doc, op, us(v[0]), us(v[1]), us(v[2]), us(v[3]),
              ratio(v[0], v[1]), ratio(v[0], v[2]), ratio(v[3], v[1]));
        }
      }
    }
    return t.render();
  }

  private static String us(Double v) {
    return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String ratio(Double a, Double b) {
    return a == null || b == null ? "-" : TextTable.ratio(a / b);
  }
}
