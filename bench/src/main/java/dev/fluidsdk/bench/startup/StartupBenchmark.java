package dev.fluidsdk.bench.startup;

import dev.fluidsdk.bench.Stats;
import dev.fluidsdk.bench.TextTable;
import dev.fluidsdk.bench.startup.JvmVariants.Program;
import dev.fluidsdk.threefs.fuse.FluidFuseConfig;
import dev.fluidsdk.threefs.fuse.LaunchPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
 *     [--java25 /usr/lib/jvm/temurin-25-jdk-amd64/bin/java] [--only NAME,NAME...]
 * </pre>
 *
 * <p>"JVM floor" is {@link FloorMain}: a JVM that only starts the stub, the least any Java
 * entrypoint costs; "25 floor+tomlj+AOT" ({@link TomlFloorMain}) adds the cold tomlj parse of the
 * launcher file that issue 4 requires before the file is used. "all" is AppCDS (dynamic archive) with {@code -XX:TieredStopAtLevel=1
 * -XX:+UseSerialGC -Xss512k -XX:-UsePerfData}. "image 17" is what {@code fuse-image/Dockerfile}
 * ran before JDK 25 (a dynamic archive with {@link #IMAGE_FLAGS}); "image 25" is what it runs
 * now (an AOT cache with the same flags). The variants named "25 ..." run on the {@code java} given
 * with {@code --java25} (JDK 25: AOT cache, JEP 483/514/515) and exist only with that option.
 */
public final class StartupBenchmark {
  /** The name prefix of the variants that run on {@code --java25}. */
  static final String JAVA25 = "25 ";
  static final String IMAGE_17 = "image 17";
  static final String IMAGE_25 = "image 25";
  /** The JDK 25 floor plus a cold tomlj parse of the launcher file, with the image's flags. */
  static final String FLOOR_TOML = JAVA25 + "floor+tomlj+AOT";
  /**
   * The flags {@code fuse-image/Dockerfile} starts the entrypoint with, besides the archive (JDK
   * 17) or the AOT cache (JDK 25).
   */
  static final List<String> IMAGE_FLAGS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m");

  private static final long TIMEOUT_S = 60;
  private static final String C1 = "-XX:TieredStopAtLevel=1";
  private static final String SERIAL = "-XX:+UseSerialGC";
  private static final List<String> QUICK = List.of(C1, SERIAL, "-Xss512k", "-XX:-UsePerfData");

  private final FakeNode node;
  private final Path jar;
  private final Path seedDir;
  private final Path work;
  private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  private final String java25;
  /** The directory of the python3 the seed runs with (and the probe times). */
  private final String pythonDir;

  private StartupBenchmark(FakeNode node, Path jar, Path seedDir, Path work, String java25, String pythonDir) {
    this.node = node;
    this.jar = jar;
    this.seedDir = seedDir;
    this.work = work;
    this.java25 = java25;
    this.pythonDir = pythonDir;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int runs = Integer.parseInt(opts.getOrDefault("--runs", "21"));
    Path jar = Path.of(opts.getOrDefault("--jar", "fluid-3fs-plugin/target/fuse-entrypoint.jar")).toAbsolutePath();
    Path seedDir = Path.of(opts.getOrDefault("--seed", "bench/seed-baseline")).toAbsolutePath();
    String java25 = opts.get("--java25");
    if (!Files.isRegularFile(jar)) {
      System.err.println("no entrypoint jar at " + jar + "; build it: mvn -B -ntp -q package -DskipTests -pl bench -am");
      System.exit(2);
    }
    if (!Files.isRegularFile(seedDir.resolve("entrypoint.sh"))) {
      System.err.println("no seed baseline at " + seedDir + " (run from the repository root or pass --seed)");
      System.exit(2);
    }
    if (java25 != null && !Files.isExecutable(Path.of(java25))) {
      System.err.println("--java25 " + java25 + ": not an executable (give the JDK 25 bin/java)");
      System.exit(2);
    }
    Path work = Files.createTempDirectory("fluid-startup-bench");
    StartupBenchmark b =
        new StartupBenchmark(FakeNode.create(work.resolve("node"), seedDir), jar, seedDir, work, java25, findPythonDir());
    List<Variant> variants =
        b.variants(opts.containsKey("--only") ? List.of(opts.get("--only").split(",")) : List.of());
    List<ProcessStartCost.Probe> probes = ProcessStartCost.probes(b.pythonDir + "/python3");
    System.out.println("work dir " + work + "; " + runs + " runs of " + variants.size() + " variants");
    Map<String, List<Double>> probeMs = new LinkedHashMap<>();
    Map<String, List<Double>> ms = b.measure(variants, probes, probeMs, runs);
    System.out.println();
    System.out.print(table(ms));
    System.out.println();
    System.out.print(probeTable(probeMs));
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
   * The variants by name, in table order, preparing what some need (CDS archives, AOT caches, the
   * trimmed jar) with training runs when selected; the seed is always included. Names starting
   * with {@value #JAVA25} run on {@code --java25}; the others on the JVM running this program.
   */
  List<Variant> variants(List<String> only) throws Exception {
    Map<String, Prepared> all = new LinkedHashMap<>();
    all.put("seed", this::seed);
    Program entrypoint = Program.jar("entrypoint", jar);
    JvmVariants j = new JvmVariants(java, "17", node, work);
    all.put("JVM floor", () -> j.variant("JVM floor", List.of(), floorProgram()));
    all.put("java -jar", () -> j.variant("java -jar", List.of(), entrypoint));
    all.put("Xshare:off", () -> j.variant("Xshare:off", List.of("-Xshare:off"), entrypoint));
    all.put("TieredStopAtLevel=1", () -> j.variant("TieredStopAtLevel=1", List.of(C1), entrypoint));
    all.put("SerialGC+Xss512k", () -> j.variant("SerialGC+Xss512k", List.of(SERIAL, "-Xss512k"), entrypoint));
    all.put("-UsePerfData", () -> j.variant("-UsePerfData", List.of("-XX:-UsePerfData"), entrypoint));
    all.put("AppCDS dynamic", () ->
        j.variant("AppCDS dynamic", j.dynamicArchive("dynamic", List.of(), entrypoint), entrypoint));
    all.put("AppCDS static", () -> j.variant("AppCDS static", j.staticArchive("static", jar), entrypoint));
    all.put("trimmed jar", () -> trimmed(j, "trimmed jar"));
    all.put("all", () -> archived(j, "all", QUICK, false, entrypoint));
    all.put(IMAGE_17, () -> archived(j, IMAGE_17, IMAGE_FLAGS, false, entrypoint));
    if (java25 != null) {
      JvmVariants k = new JvmVariants(java25, "25", node, work);
      List<String> c1Serial = List.of(C1, SERIAL);
      all.put(JAVA25 + "JVM floor", () -> k.variant(JAVA25 + "JVM floor", List.of(), floorProgram()));
      all.put(JAVA25 + "JVM floor+AOT", () -> archived(k, JAVA25 + "JVM floor+AOT", List.of(), true, floorProgram()));
      all.put(FLOOR_TOML, () -> archived(k, FLOOR_TOML, IMAGE_FLAGS, true, tomlFloorProgram()));
      all.put(JAVA25 + "java -jar", () -> k.variant(JAVA25 + "java -jar", List.of(), entrypoint));
      all.put(JAVA25 + "Xshare:off", () -> k.variant(JAVA25 + "Xshare:off", List.of("-Xshare:off"), entrypoint));
      all.put(JAVA25 + "C1+SerialGC", () -> k.variant(JAVA25 + "C1+SerialGC", c1Serial, entrypoint));
      all.put(JAVA25 + "AppCDS dynamic", () -> archived(k, JAVA25 + "AppCDS dynamic", List.of(), false, entrypoint));
      all.put(JAVA25 + "AOT cache", () -> archived(k, JAVA25 + "AOT cache", List.of(), true, entrypoint));
      all.put(JAVA25 + "AOT+C1", () -> archived(k, JAVA25 + "AOT+C1", List.of(C1), true, entrypoint));
      all.put(JAVA25 + "AOT+SerialGC", () -> archived(k, JAVA25 + "AOT+SerialGC", List.of(SERIAL), true, entrypoint));
      all.put(JAVA25 + "AOT+C1+SerialGC", () -> archived(k, JAVA25 + "AOT+C1+SerialGC", c1Serial, true, entrypoint));
      all.put(JAVA25 + "AOT+Xint", () -> archived(k, JAVA25 + "AOT+Xint", List.of("-Xint"), true, entrypoint));
      all.put(IMAGE_25, () -> archived(k, IMAGE_25, IMAGE_FLAGS, true, entrypoint));
    }
    List<Variant> v = new ArrayList<>();
    for (String name : select(all.keySet(), only, java25 != null)) {
      v.add(all.get(name).prepare());
    }
    return v;
  }

  /**
   * The names to run, in table order: all of {@code known} when {@code only} is empty, else the
   * seed and the names in {@code only}.
   *
   * @throws IllegalArgumentException for a name not in {@code known}
   */
  static List<String> select(Collection<String> known, List<String> only, boolean haveJava25) {
    for (String name : only) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException("unknown variant '" + name + "'"
            + (name.startsWith(JAVA25) && !haveJava25 ? " (its JVM is not set: --java25 PATH)" : "")
            + "; known: " + String.join(", ", known));
      }
    }
    List<String> out = new ArrayList<>();
    for (String name : known) {
      if (only.isEmpty() || only.contains(name) || name.equals("seed")) {
        out.add(name);
      }
    }
    return out;
  }

  /** {@code flags} plus a dynamic CDS archive or (JDK 25) an AOT cache made with them. */
  private static Variant archived(JvmVariants j, String name, List<String> flags, boolean aot, Program p)
      throws Exception {
    List<String> all = new ArrayList<>(aot ? j.aotCache(name, flags, p) : j.dynamicArchive(name, flags, p));
    all.addAll(flags);
    return j.variant(name, all, p);
  }

  private Variant seed() throws IOException {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SEED_ROOT", node.seed.toString());
    env.put("SEED_INIT_SCRIPT", seedDir.resolve("fluid_config_init.py").toString());
    // The seed image's python3 is the distribution's; put a real interpreter (not a version
    // manager's shim script) first on PATH.
    env.put("PATH", pythonDir + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    return new Variant("seed", List.of("bash", seedDir.resolve("entrypoint.sh").toString()), env);
  }

  private static String findPythonDir() throws IOException {
    if (Files.isExecutable(Path.of("/usr/bin/python3"))) {
      return "/usr/bin";
    }
    Process p = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)").start();
    String exe = new String(p.getInputStream().readAllBytes()).strip();
    return Path.of(exe).getParent().toString();
  }

  /** {@link FloorMain} alone in a jar of its own. */
  private Program floorProgram() throws IOException {
    return Program.main("floor", oneClassJar(FloorMain.class, "floor.jar"), FloorMain.class.getName());
  }

  /**
   * {@link TomlFloorMain} in a jar of its own, tomlj from the entrypoint jar, and the launcher
   * file the entrypoint renders for the fake node's config.
   */
  private Program tomlFloorProgram() throws IOException {
    Path toml = work.resolve("floor-launcher.toml");
    FluidFuseConfig config = FluidFuseConfig.load(List.of(node.oursConfig()));
    Files.writeString(toml, LaunchPlan.launcherToml(config, node.ours.resolve("opt/3fs/etc")));
    String classPath = oneClassJar(TomlFloorMain.class, "floor-toml.jar") + ":" + jar;
    return new Program("floor-toml", List.of("-cp", classPath, TomlFloorMain.class.getName(), "--toml", toml.toString()));
  }

  /** A jar holding only {@code main} (written once per work dir). */
  private Path oneClassJar(Class<?> main, String name) throws IOException {
    Path small = work.resolve(name);
    if (!Files.isRegularFile(small)) {
      String entry = main.getName().replace('.', '/') + ".class";
      try (InputStream in = main.getClassLoader().getResourceAsStream(entry);
          JarOutputStream out = new JarOutputStream(Files.newOutputStream(small))) {
        if (in == null) {
          throw new IOException("cannot find " + entry + " on the class path");
        }
        out.putNextEntry(new JarEntry(entry));
        in.transferTo(out);
        out.closeEntry();
      }
    }
    return small;
  }

  private Variant trimmed(JvmVariants j, String name) throws Exception {
    Path log = work.resolve("class-load.log");
    Program entrypoint = Program.jar("entrypoint", jar);
    j.train(List.of("-Xlog:class+load=info:file=" + log), entrypoint);
    Path small = work.resolve("fuse-entrypoint-trimmed.jar");
    int kept = TrimmedJar.write(jar, TrimmedJar.loadedFrom(Files.readAllLines(log), jar), small);
    System.out.printf(Locale.ROOT, "trimmed jar: %d classes, %d KiB (from %d KiB)%n",
        kept, Files.size(small) / 1024, Files.size(jar) / 1024);
    return j.variant(name, List.of(), Program.main("trimmed", small, TrimmedJar.mainClass(jar)));
  }

  /**
   * Milliseconds from process start to the stub's start, per variant; rounds interleave them. Each
   * round ends with one run of every probe, whose start-to-exit times go into {@code probeMs}.
   */
  Map<String, List<Double>> measure(List<Variant> variants, List<ProcessStartCost.Probe> probes,
      Map<String, List<Double>> probeMs, int runs) throws Exception {
    Map<String, List<Double>> ms = new LinkedHashMap<>();
    for (Variant v : variants) {
      ms.put(v.name(), new ArrayList<>());
    }
    for (ProcessStartCost.Probe p : probes) {
      probeMs.put(p.name(), new ArrayList<>());
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
      for (ProcessStartCost.Probe p : probes) {
        probeMs.get(p.name()).add(ProcessStartCost.timeOnce(p));
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

  /** Median and p90 of each probe: what one process start costs on this machine. */
  static String probeTable(Map<String, List<Double>> ms) {
    TextTable t = new TextTable("start to exit", "runs", "median ms", "p90 ms");
    for (Map.Entry<String, List<Double>> e : ms.entrySet()) {
      Stats s = new Stats(e.getValue());
      t.row(e.getKey(), s.count(), f(s.median()), f(s.percentile(90)));
    }
    return t.render();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
