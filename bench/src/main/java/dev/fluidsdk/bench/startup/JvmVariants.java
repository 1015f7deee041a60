package dev.fluidsdk.bench.startup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command lines of one {@code java} executable's variants and what some of them need first:
 * class-data-sharing archives (JDK 17+) and AOT caches (JDK 25, JEP 483/514/515), each made by a
 * training run of the same program against the fake node and checked before it is timed.
 */
final class JvmVariants {
  private static final long TIMEOUT_S = 120;

  /**
   * What follows the JVM flags: {@code -jar x.jar} or {@code -cp x.jar Main}.
   *
   * @param id a short name for the files made for it
   * @param launch the arguments that start it
   */
  record Program(String id, List<String> launch) {
    Program {
      launch = List.copyOf(launch);
    }

    static Program jar(String id, Path jar) {
      return new Program(id, List.of("-jar", jar.toString()));
    }

    static Program main(String id, Path classPath, String mainClass) {
      return new Program(id, List.of("-cp", classPath.toString(), mainClass));
    }
  }

  private final String java;
  private final String id;
  private final FakeNode node;
  private final Path work;

  /**
   * @param java the {@code java} executable
   * @param id a short name for this JVM, used in the names of files made for it
   */
  JvmVariants(String java, String id, FakeNode node, Path work) {
    this.java = java;
    this.id = id;
    this.node = node;
    this.work = work;
  }

  String java() {
    return java;
  }

  /** {@code java <flags> <program> <entrypoint args>}. */
  Variant variant(String name, List<String> flags, Program program) {
    return new Variant(name, command(flags, program), Map.of());
  }

  List<String> command(List<String> flags, Program program) {
    List<String> c = new ArrayList<>();
    c.add(java);
    c.addAll(flags);
    c.addAll(program.launch());
    c.addAll(List.of(node.oursArgs()));
    return c;
  }

  /** A dynamic AppCDS archive from one training run with {@code flags}; returns the run flags. */
  List<String> dynamicArchive(String name, List<String> flags, Program program) throws Exception {
    Path jsa = file(name, program, "jsa");
    List<String> t = new ArrayList<>(flags);
    t.add("-XX:ArchiveClassesAtExit=" + jsa);
    train(t, program);
    List<String> run = List.of("-XX:SharedArchiveFile=" + jsa);
    check(cdsCheckFlags(run, flags), program, jsa);
    return run;
  }

  /** A static AppCDS archive: class list from a training run, then {@code -Xshare:dump}. */
  List<String> staticArchive(String name, Path jar) throws Exception {
    Program program = Program.jar("entrypoint", jar);
    Path list = file(name, program, "classlist");
    Path jsa = file(name, program, "jsa");
    train(List.of("-XX:DumpLoadedClassList=" + list), program);
    int code = run(List.of(java, "-Xshare:dump", "-XX:SharedClassListFile=" + list,
        "-XX:SharedArchiveFile=" + jsa, "-cp", jar.toString()), "dump");
    if (code != 0) {
      throw new IllegalStateException("-Xshare:dump failed (" + code + "), see " + work.resolve("dump.err"));
    }
    List<String> run = List.of("-XX:SharedArchiveFile=" + jsa);
    check(cdsCheckFlags(run, List.of()), program, jsa);
    return run;
  }

  /**
   * An AOT cache (JDK 25: {@code -XX:AOTCacheOutput}, one training run that also writes the
   * cache) made with {@code flags}; returns the run flags, which go with the same {@code flags}.
   */
  List<String> aotCache(String name, List<String> flags, Program program) throws Exception {
    Path cache = file(name, program, "aot");
    train(aotTrainingFlags(cache, flags), program);
    List<String> run = aotRunFlags(cache);
    check(aotCheckFlags(run, flags), program, cache);
    return run;
  }

  /** The training run's flags for an AOT cache: the run's own flags plus the output. */
  static List<String> aotTrainingFlags(Path cache, List<String> flags) {
    List<String> t = new ArrayList<>(flags);
    t.add("-XX:AOTCacheOutput=" + cache);
    return t;
  }

  static List<String> aotRunFlags(Path cache) {
    return List.of("-XX:AOTCache=" + cache);
  }

  /** {@code -XX:AOTMode=on} fails at start if the cache cannot be used (the default falls back). */
  static List<String> aotCheckFlags(List<String> run, List<String> flags) {
    List<String> c = new ArrayList<>(List.of("-XX:AOTMode=on"));
    c.addAll(run);
    c.addAll(flags);
    return c;
  }

  /** {@code -Xshare:on} fails at start if the archive cannot be mapped. */
  static List<String> cdsCheckFlags(List<String> run, List<String> flags) {
    List<String> c = new ArrayList<>(List.of("-Xshare:on"));
    c.addAll(run);
    c.addAll(flags);
    return c;
  }

  private Path file(String name, Program program, String ext) {
    return work.resolve(id + "-" + program.id() + "-" + name.replaceAll("[^A-Za-z0-9]+", "_") + "." + ext);
  }

  private void check(List<String> flags, Program program, Path made) throws Exception {
    node.reset();
    int code = run(command(flags, program), "check");
    if (code != 0 || node.startedAtNanos() < 0) {
      throw new IllegalStateException(made + " is not usable (exit " + code + "), see " + work.resolve("check.err"));
    }
  }

  /** One run of {@code program} with {@code flags}; it must start the stub. */
  void train(List<String> flags, Program program) throws Exception {
    node.reset();
    int code = run(command(flags, program), "train");
    if (code != 0 || node.startedAtNanos() < 0) {
      throw new IllegalStateException("training run failed (exit " + code + "), see " + work.resolve("train.err"));
    }
  }

  private int run(List<String> command, String logName) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command)
        .redirectOutput(work.resolve(logName + ".out").toFile())
        .redirectError(work.resolve(logName + ".err").toFile());
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(logName + ": still running after " + TIMEOUT_S + "s");
    }
    return p.exitValue();
  }
}
