package dev.fluidsdk.bench.startup;

import dev.fluidsdk.bench.Stats;
import dev.fluidsdk.bench.TextTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Times the FUSE start-up path: from {@code ProcessBuilder.start()} to the moment the stub {@code
 * hf3fs_fuse_main} runs (it writes {@code date +%s%N}), for the seed's scripts and for {@code
 * fuse-entrypoint.jar} under several JVM settings. Runs are interleaved (one of each variant per
 * round) so that load on the machine hits all variants alike; the table shows medians.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.fluidsdk.bench.startup.StartupBenchmark
 *     [--runs 21] [--jar fluid-3fs-plugin/target/fuse-entrypoint.jar] [--seed bench/seed-baseline]
 *     [--only NAME,NAME...]
 * </pre>
 *
 * <p>"JVM floor" is {@link FloorMain}: a JVM that only starts the stub, the least any Java
 * entrypoint costs. "all" is AppCDS (dynamic archive) with {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
 * -Xss512k -XX:-UsePerfData}.
 */
public final class StartupBenchmark {
  private static final long TIMEOUT_S = 60;

  private final FakeNode node;
  private final Path jar;
  private final Path seedDir;
  private final Path work;
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  private StartupBenchmark(FakeNode node, Path jar, Path seedDir, Path work) {
    this.node = node;
    this.jar = jar;
    this.seedDir = seedDir;
    this.work = work;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int runs = Integer.parseInt(opts.getOrDefault("--runs", "21"));
    Path jar = Path.of(opts.getOrDefault("--jar", "fluid-3fs-plugin/target/fuse-entrypoint.jar")).toAbsolutePath();
    Path seedDir = Path.of(opts.getOrDefault("--seed", "bench/seed-baseline")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      System.err.println("no entrypoint jar at " + jar + "; build it: mvn -B -ntp -q package -DskipTests -pl bench -am");
      System.exit(2);
    }
    if (!Files.isRegularFile(seedDir.resolve("entrypoint.sh"))) {
      System.err.println("no seed baseline at " + seedDir + " (run from the repository root or pass --seed)");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("fluid-startup-bench");
    StartupBenchmark b = new StartupBenchmark(FakeNode.create(work.resolve("node"), seedDir), jar, seedDir, work);
    List<Variant> variants =
        b.variants(opts.containsKey("--only") ? List.of(opts.get("--only").split(",")) : List.of());
    System.out.println("work dir " + work + "; " + runs + " runs of " + variants.size() + " variants");
    Map<String, List<Double>> ms = b.measure(variants, runs);
    System.out.println();
    System.out.print(table(ms));
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      m.put(args[i], args[i + 1]);
    }
    if (args.length % 2 != 0) {
      throw new IllegalArgumentException("options come in pairs: --name value");
    }
    return m;
  }

  /** A variant whose preparation (training runs, archives) happens only if it is selected. */
  private interface Prepared {
    Variant prepare() throws Exception;
  }

  /**
   * The variants by name, in table order, preparing what some need (CDS archives, the trimmed
   * jar) with training runs when selected; the seed is always included.
   */
  List<Variant> variants(List<String> only) throws Exception {
    List<String> quick = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss512k", "-XX:-UsePerfData");
    Map<String, Prepared> all = new LinkedHashMap<>();
    all.put("seed", this::seed);
    all.put("JVM floor", this::floor);
    all.put("java -jar", () -> jvm("java -jar", List.of()));
    all.put("Xshare:off", () -> jvm("Xshare:off", List.of("-Xshare:off")));
    all.put("TieredStopAtLevel=1", () -> jvm("TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=1")));
    all.put("SerialGC+Xss512k", () -> jvm("SerialGC+Xss512k", List.of("-XX:+UseSerialGC", "-Xss512k")));
    all.put("-UsePerfData", () -> jvm("-UsePerfData", List.of("-XX:-UsePerfData")));
    all.put("AppCDS dynamic", () -> jvm("AppCDS dynamic", dynamicArchive("dynamic", List.of())));
    all.put("AppCDS static", () -> jvm("AppCDS static", staticArchive()));
    all.put("trimmed jar", () -> trimmed("trimmed jar", List.of()));
    all.put("all", () -> {
      List<String> flags = new ArrayList<>(dynamicArchive("all", quick));
      flags.addAll(quick);
      return jvm("all", flags);
    });
    List<Variant> v = new ArrayList<>();
    for (Map.Entry<String, Prepared> e : all.entrySet()) {
      if (only.isEmpty() || only.contains(e.getKey()) || e.getKey().equals("seed")) {
        v.add(e.getValue().prepare());
      }
    }
    return v;
  }

  private Variant seed() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SEED_ROOT", node.seed.toString());
    env.put("SEED_INIT_SCRIPT", seedDir.resolve("fluid_config_init.py").toString());
    // The seed image's python3 is the distribution's; put a real interpreter (not a version
    // manager's shim script) first on PATH.
    env.put("PATH", pythonDir() + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    return new Variant("seed", List.of("bash", seedDir.resolve("entrypoint.sh").toString()), env);
  }

  private static String pythonDir() throws IOException {
    if (Files.isExecutable(Path.of("/usr/bin/python3"))) {
      return "/usr/bin";
    }
    Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
    String exe = new String(p.getInputStream().readAllBytes()).strip();
    return Path.of(exe).getParent().toString();
  }

  private Variant jvm(String name, List<String> flags) {
    List<String> c = new ArrayList<>();
    c.add(java);
    c.addAll(flags);
    c.add("-jar");
    c.add(jar.toString());
    c.addAll(List.of(node.oursArgs()));
    return new Variant(name, c, Map.of());
  }

  /** {@link FloorMain} alone in a jar of its own. */
  private Variant floor() throws IOException {
    Path small = work.resolve("floor.jar");
    String entry = FloorMain.class.getName().replace('.', '/') + ".class";
    try (InputStream in = FloorMain.class.getClassLoader().getResourceAsStream(entry);
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(small))) {
      if (in == null) {
        throw new IOException("cannot find " + entry + " on the class path");
      }
      out.putNextEntry(new JarEntry(entry));
      in.transferTo(out);
      out.closeEntry();
    }
    List<String> c = new ArrayList<>(List.of(java, "-cp", small.toString(), FloorMain.class.getName()));
    c.addAll(List.of(node.oursArgs()));
    return new Variant("JVM floor", c, Map.of());
  }

  private Variant trimmed(String name, List<String> flags) throws Exception {
    Path log = work.resolve("class-load.log");
    train(List.of("-Xlog:class+load=info:file=" + log));
    Path small = work.resolve("fuse-entrypoint-trimmed.jar");
    int kept = TrimmedJar.write(jar, TrimmedJar.loadedFrom(Files.readAllLines(log), jar), small);
    System.out.printf(Locale.ROOT, "trimmed jar: %d classes, %d KiB (from %d KiB)%n",
        kept, Files.size(small) / 1024, Files.size(jar) / 1024);
    List<String> c = new ArrayList<>();
    c.add(java);
    c.addAll(flags);
    c.addAll(List.of("-cp", small.toString(), TrimmedJar.mainClass(jar)));
    c.addAll(List.of(node.oursArgs()));
    return new Variant(name, c, Map.of());
  }

  /** A dynamic AppCDS archive from one training run with {@code flags}; returns the run flags. */
  private List<String> dynamicArchive(String id, List<String> flags) throws Exception {
    Path jsa = work.resolve("app-" + id + ".jsa");
    List<String> t = new ArrayList<>(flags);
    t.add("-XX:ArchiveClassesAtExit=" + jsa);
    train(t);
    return checkedArchive(jsa, flags);
  }

  /** A static AppCDS archive: class list from a training run, then {@code -Xshare:dump}. */
  private List<String> staticArchive() throws Exception {
    Path list = work.resolve("classes.lst");
    Path jsa = work.resolve("app-static.jsa");
    train(List.of("-XX:DumpLoadedClassList=" + list));
    int code = run(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + list,
        "-XX:SharedArchiveFile=" + jsa, "-cp", jar.toString()), Map.of(), "dump");
    if (code != 0) {
      throw new IllegalStateException("-Xshare:dump failed (" + code + "), see " + work.resolve("dump.err"));
    }
    return checkedArchive(jsa, List.of());
  }

  /** Checks with {@code -Xshare:on} (which fails if the archive cannot be mapped). */
  private List<String> checkedArchive(Path jsa, List<String> flags) throws Exception {
    List<String> c = new ArrayList<>(List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + jsa));
    c.addAll(flags);
    c.addAll(List.of("-jar", jar.toString()));
    c.addAll(List.of(node.oursArgs()));
    node.reset();
    int code = run(c, Map.of(), "cds-check");
    if (code != 0 || node.startedAtNanos() < 0) {
      throw new IllegalStateException("archive " + jsa + " is not usable (exit " + code + "), see "
          + work.resolve("cds-check.err"));
    }
    return List.of("-XX:SharedArchiveFile=" + jsa);
  }

  private void train(List<String> flags) throws Exception {
    List<String> c = new ArrayList<>();
    c.add(java);
    c.addAll(flags);
    c.addAll(List.of("-jar", jar.toString()));
    c.addAll(List.of(node.oursArgs()));
    node.reset();
    int code = run(c, Map.of(), "train");
    if (code != 0 || node.startedAtNanos() < 0) {
      throw new IllegalStateException("training run failed (exit " + code + "), see " + work.resolve("train.err"));
    }
  }

  private int run(List<String> command, Map<String, String> env, String logName) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(work.resolve(logName + ".out").toFile())
        .redirectError(work.resolve(logName + ".err").toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(logName + ": still running after " + TIMEOUT_S + "s");
    }
    return p.exitValue();
  }

  /** Milliseconds from process start to the stub's start, per variant; rounds interleave them. */
  Map<String, List<Double>> measure(List<Variant> variants, int runs) throws Exception {
    Map<String, List<Double>> ms = new LinkedHashMap<>();
    for (Variant v : variants) {
      ms.put(v.name(), new ArrayList<>());
    }
    for (int round = 0; round < runs; round++) {
      for (Variant v : variants) {
        node.reset();
        ProcessBuilder pb = new ProcessBuilder(v.command())
            .redirectOutput(work.resolve("last.out").toFile())
            .redirectError(work.resolve("last.err").toFile());
        pb.environment().putAll(v.env());
        Instant t0 = Instant.now();
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException(v.name() + ": still running after " + TIMEOUT_S + "s");
        }
        long t1 = node.startedAtNanos();
        if (t1 < 0) {
          throw new IllegalStateException(v.name() + ": the stub never ran (exit " + p.exitValue()
              + "): " + Files.readString(work.resolve("last.err")));
        }
        long t0n = t0.getEpochSecond() * 1_000_000_000L + t0.getNano();
        ms.get(v.name()).add((t1 - t0n) / 1e6);
      }
      System.out.print(".");
      System.out.flush();
    }
    return ms;
  }

  /** Median, p90, min and max per variant, and each median against the seed's. */
  static String table(Map<String, List<Double>> ms) {
    double seed = new Stats(ms.get("seed")).median();
    TextTable t = new TextTable("variant", "runs", "median ms", "p90 ms", "min ms", "max ms", "vs seed");
    for (Map.Entry<String, List<Double>> e : ms.entrySet()) {
      Stats s = new Stats(e.getValue());
      t.row(e.getKey(), s.count(), f(s.median()), f(s.percentile(90)), f(s.min()), f(s.max()),
          TextTable.ratio(s.median() / seed));
    }
    return t.render();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
