package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The tomlj warm-up is only a cache warm-up: results and error output are the same with and
 * without it, whatever it does, and its sample keeps the shapes of the file the entrypoint renders.
 */
class TomlWarmUpTest {
  private static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL";

  @TempDir Path dir;

  private static String sample() throws IOException {
    try (InputStream in = TomlWarmUp.class.getResourceAsStream(TomlWarmUp.SAMPLE)) {
      assertThat(in).as("the sample is packaged next to TomlWarmUp").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Each dotted key with the Java type tomlj reads its value as. */
  private static Map<String, String> shapes(String toml) {
    TomlParseResult parsed = Toml.parse(toml);
    assertThat(parsed.errors()).isEmpty();
    Map<String, String> out = new TreeMap<>();
    for (String key : parsed.dottedKeySet()) {
      Object v = parsed.get(key);
      out.put(key, v == null ? "null" : v.getClass().getSimpleName());
    }
    return out;
  }

  private FluidFuseConfig config(String mountPoint, Map<String, String> options) {
    Gson gson = new Gson();
    return FluidFuseConfig.parse(Path.of("config.json"), "{\"mounts\":[{\"mountPoint\":" + gson.toJson(mountPoint)
        + ",\"options\":" + gson.toJson(options) + "}],\"targetPath\":\"/runtime-mnt/thin/default/demo/thin-fuse\"}");
  }

  @Test
  void theSampleHasTheKeysAndValueTypesOfARenderedLauncherFile() throws IOException {
    String rendered = LaunchPlanner.launcherToml(
        config("RDMA://10.0.0.1:8000", Map.of("cluster-id", "stage")), Path.of("/opt/3fs/etc"));
    assertThat(shapes(sample())).isEqualTo(shapes(rendered));
  }

  @Test
  void startRunsTheSampleParseToTheEnd() {
    TomlWarmUp w = TomlWarmUp.start();
    w.await();
    assertThat(w.isDone()).isTrue();
  }

  @Test
  void aFailingWarmUpIsIgnoredWithoutAWord() {
    PrintStream saved = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<Runnable> failures = List.of(
        () -> {
          throw new IllegalStateException("boom");
        },
        () -> {
          throw new StackOverflowError();
        },
        () -> Toml.parse("not = [valid"));
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      for (Runnable r : failures) {
        TomlWarmUp w = TomlWarmUp.start(r, 10_000);
        w.await();
        assertThat(w.isDone()).isTrue();
      }
    } finally {
      System.setErr(saved);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void awaitIsBoundedAndKeepsAnInterrupt() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    TomlWarmUp stuck = TomlWarmUp.start(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, 20);
    stuck.await();
    assertThat(stuck.isDone()).isFalse();

    Thread.currentThread().interrupt();
    stuck.await();
    assertThat(Thread.interrupted()).as("the interrupt is still set").isTrue();
    release.countDown();
    TomlWarmUp.none().await();
    assertThat(TomlWarmUp.none().isDone()).isTrue();
  }

  @Test
  void thePlanIsTheSameWithAndWithoutAWarmUp() {
    EntrypointArgs args = EntrypointArgs.parse(List.of("--work-dir", "/w"));
    for (String mountPoint : List.of("RDMA://10.0.0.1:8000", "RDMA://10.0.0.1:8000/datasets/a")) {
      FluidFuseConfig c = config(mountPoint, Map.of("cluster-id", "stage", "token", TOKEN,
          "launcher.client.io_worker.ibsocket.max_sge", "1"));
      LaunchPlan cold = LaunchPlanner.plan(c, args, Map.of());
      assertThat(LaunchPlanner.plan(c, args, Map.of(), TomlWarmUp.start())).isEqualTo(cold);
      assertThat(LaunchPlanner.plan(c, args, Map.of(), TomlWarmUp.start(() -> {
        throw new IllegalStateException("boom");
      }, 10_000))).isEqualTo(cold);
    }
  }

  /** Exit code and both streams of one in-process run. */
  private record Outcome(int code, String out, String err) {}

  private static Outcome run(List<String> argv, Map<String, String> env, TomlWarmUp warmUp) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = FuseMain.run(argv, env, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), warmUp);
    return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void everyEarlyFailureExitsAndReadsTheSameWithAnyWarmUp() throws IOException {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("missing", null);
    cases.put("not-json", "{\"mounts\":");
    cases.put("two-mounts", "{\"mounts\":[{\"mountPoint\":\"RDMA://10.0.0.1:8000\"},"
        + "{\"mountPoint\":\"RDMA://10.0.0.2:8000\"}],\"targetPath\":\"/t\"}");
    cases.put("bad-mount-point", json("tcp:/nope", Map.of("cluster-id", "stage", "token", TOKEN)));
    cases.put("bad-token", json("RDMA://10.0.0.1:8000", Map.of("cluster-id", "stage", "token", "short")));
    cases.put("no-token", json("RDMA://10.0.0.1:8000", Map.of("cluster-id", "stage")));
    // refused by the launcher check itself, after the warm-up was awaited
    cases.put("bad-launcher-key", json("RDMA://10.0.0.1:8000", Map.of("cluster-id", "stage", "token", TOKEN,
        "launcher.client.no_such_key", "1")));
    cases.put("bad-cluster-id", json("RDMA://10.0.0.1:8000", Map.of("cluster-id", "a b", "token", TOKEN)));
    List<Supplier<TomlWarmUp>> warmUps = List.of(
        TomlWarmUp::start,
        () -> TomlWarmUp.start(() -> {
          throw new IllegalStateException("boom");
        }, 10_000),
        () -> TomlWarmUp.start(() -> Toml.parse("[unclosed"), 10_000));
    List<Integer> codes = new ArrayList<>();
    for (Map.Entry<String, String> e : cases.entrySet()) {
      Path file = dir.resolve(e.getKey() + ".json");
      if (e.getValue() != null) {
        Files.writeString(file, e.getValue());
      }
      List<String> argv = List.of("--config", file.toString(), "--work-dir", dir.resolve("w").toString(),
          "--fuse-binary", dir.resolve("no-such-binary").toString());
      Outcome cold = run(argv, Map.of(), TomlWarmUp.none());
      assertThat(cold.code()).as(e.getKey()).isNotZero();
      assertThat(cold.err()).as(e.getKey()).startsWith(FuseMain.PREFIX).doesNotContain(TOKEN);
      for (Supplier<TomlWarmUp> w : warmUps) {
        assertThat(run(argv, Map.of(), w.get())).as(e.getKey()).isEqualTo(cold);
      }
      codes.add(cold.code());
    }
    // the cases do reach different checks: missing, malformed, mount point, token, option
    assertThat(codes).contains(ExitCode.CONFIG_MISSING.code(), ExitCode.CONFIG_MALFORMED.code(),
        ExitCode.BAD_MOUNT_POINT.code(), ExitCode.BAD_TOKEN.code(), ExitCode.BAD_OPTION.code());
  }

  private static String json(String mountPoint, Map<String, String> options) {
    Gson gson = new Gson();
    return "{\"mounts\":[{\"mountPoint\":" + gson.toJson(mountPoint) + ",\"options\":" + gson.toJson(options)
        + "}],\"targetPath\":\"/runtime-mnt/thin/default/demo/thin-fuse\"}";
  }
}
