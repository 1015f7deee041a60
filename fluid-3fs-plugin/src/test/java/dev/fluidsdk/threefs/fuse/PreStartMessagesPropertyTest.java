package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * FuseMain's promise for everything before the FUSE binary starts: a config Fluid wrote (or one a
 * user broke) either becomes a launch plan or fails with an {@link EntrypointException} whose
 * message is one line of printable ASCII, of bounded length, that never holds the token. Configs
 * are built from hostile pieces (control characters, shell and TOML metacharacters, look-alikes,
 * NUL, long runs), sometimes cut short so the JSON itself is broken. Tokens (valid, or one
 * character off) appear only where a token may be given: before the mount point's '@', in the
 * {@code token} option and in the environment; other values are not secrets and may be quoted.
 */
class PreStartMessagesPropertyTest {
  private static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL";
  private static final String TOKEN_FLIPPED = "AADHHSOs8QA92iRe2wB1fmuM";
  private static final EntrypointArgs ARGS = EntrypointArgs.parse(List.of("--work-dir", "/w"));
  private static final int MAX_MESSAGE = 800;

  private static final AtomicInteger PLANNED = new AtomicInteger();
  private static final AtomicInteger REFUSED = new AtomicInteger();

  private static final List<String> PIECES = List.of(
      "", " ", "\n", "\r", "\t", "\u0000", "\u001b[2J", "\u007f", "\u2028", "\u202e", "\uFF1A", "\uD800",
      "$(id)", "`id`", ";", "'", "\"", "\\", "#", "[", "]", "=", ",", "/", "..", "//", "@", ":",
      "10.0.0.1:8000", "RDMA://10.0.0.1:8000", "tcp://10.0.0.2:8001", "/data", "stage", "true", "false",
      "mlx5_0", "/etc/fluid/secrets/s/token", "x".repeat(300));

  private static final List<String> KEYS = List.of(
      "cluster-id", "tcp", "subdir", "token", "device-filter", "launcher.client.default_timeout",
      "launcher.ib_devices.device_filter", "launcher.no.such_key", "launcher.", "clusterid", "",
      "a\nb", "\u001b[31m", "k".repeat(200));

  @AfterContainer
  static void report() {
    System.out.printf("pre-start configs: %d planned, %d refused%n", PLANNED.get(), REFUSED.get());
  }

  @Property(tries = 3000, generation = GenerationMode.RANDOMIZED)
  void aConfigIsPlannedOrRefusedOnOneCleanLine(@ForAll("configs") String json, @ForAll boolean tokenInEnv) {
    Map<String, String> env = tokenInEnv ? Map.of(LaunchPlan.TOKEN_ENV, TOKEN) : Map.of();
    try {
      LaunchPlan plan = LaunchPlan.of(FluidFuseConfig.parse(Path.of("/etc/fluid/config/config.json"), json), ARGS, env);
      PLANNED.incrementAndGet();
      assertThat(plan.launcherToml()).doesNotContain(TOKEN);
      assertThat(plan.toString()).doesNotContain(TOKEN);
    } catch (EntrypointException e) {
      REFUSED.incrementAndGet();
      String m = FuseMain.PREFIX + e.getMessage();
      assertThat(m).as("one printable ASCII line").matches("[\\x20-\\x7E]+");
      assertThat(m).hasSizeLessThan(MAX_MESSAGE).doesNotContain(TOKEN).doesNotContain(TOKEN_FLIPPED);
    }
  }

  @Provide
  Arbitrary<String> configs() {
    Arbitrary<String> text = Arbitraries.of(PIECES).list().ofMaxSize(4).map(l -> String.join("", l));
    Arbitrary<String> known = Arbitraries.of("tcp", "subdir", "device-filter", "launcher.client.default_timeout",
        "launcher.ib_devices.device_filter", "launcher.client.io_worker.num_event_loop");
    Arbitrary<String> key = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, known), net.jqwik.api.Tuple.of(2, Arbitraries.of(KEYS)), net.jqwik.api.Tuple.of(1, text));
    Arbitrary<Map<String, String>> options = Arbitraries.maps(key, text).ofMaxSize(3);
    Arbitrary<String> secret = Arbitraries.oneOf(Arbitraries.of(TOKEN, TOKEN_FLIPPED, TOKEN + "\n", " " + TOKEN), text);
    Arbitrary<String> mountPointText = Combinators.combine(Arbitraries.of("", TOKEN + "@", TOKEN_FLIPPED + "@",
            TOKEN + TOKEN + "@", "@"), text)
        .as((prefix, rest) -> prefix + rest);
    Arbitrary<String> target = Arbitraries.oneOf(
        Arbitraries.just("/runtime-mnt/thin/default/demo/thin-fuse"), text.map(t -> "/t" + t), text);
    Arbitrary<String> document = Combinators.combine(mountPointText, options, options, target,
            secret.injectNull(0.3), Arbitraries.integers().between(0, 9))
        .as((mountPoint, mountOptions, runtimeOptions, targetPath, token, shape) -> {
          JsonObject mount = new JsonObject();
          mount.addProperty("mountPoint", shape < 3 ? "RDMA://10.0.0.1:8000" : shape < 5 ? TOKEN + "@RDMA://10.0.0.1:8000" : mountPoint);
          mount.addProperty("name", "demo");
          JsonObject o = new JsonObject();
          o.addProperty("cluster-id", "stage");
          mountOptions.forEach(o::addProperty);
          if (shape == 9) {
            o.addProperty("count", 3); // not a string
          }
          if (token != null) {
            o.addProperty("token", token);
          }
          mount.add("options", o);
          JsonObject root = new JsonObject();
          com.google.gson.JsonArray mounts = new com.google.gson.JsonArray();
          mounts.add(mount);
          root.add("mounts", mounts);
          JsonObject r = new JsonObject();
          runtimeOptions.forEach(r::addProperty);
          root.add("runtimeOptions", r);
          root.addProperty("targetPath", targetPath);
          return root.toString();
        });
    Arbitrary<String> cut = Combinators.combine(document, Arbitraries.integers().between(0, 2000))
        .as((d, at) -> d.substring(0, at % (d.length() + 1)));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, document),
        net.jqwik.api.Tuple.of(2, cut));
  }
}
