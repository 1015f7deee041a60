package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Hostile strings in every string-valued key: each is refused naming the key, or the rendered
 * TOML has exactly the expected keys and holds the value byte for byte.
 */
class HostileStringTest {

  /** A string key: where to put a value, and where to find it in the parsed TOML. */
  record Target(
      String key,
      BiFunction<LauncherConfig.Builder, String, LauncherConfig.Builder> put,
      Function<TomlParseResult, Object> read) {}

  static final List<Target> TARGETS =
      List.of(
          new Target("cluster_id", LauncherConfig.Builder::clusterId, t -> t.get("cluster_id")),
          new Target("mountpoint", LauncherConfig.Builder::mountpoint, t -> t.get("mountpoint")),
          new Target("token_file", LauncherConfig.Builder::tokenFile, t -> t.get("token_file")),
          new Target(
              "ib_devices.device_filter",
              (b, v) -> b.deviceFilter(List.of("mlx5_0", v)),
              t -> ((TomlArray) t.get("ib_devices.device_filter")).get(1)),
          new Target(
              "ib_devices.default_network_zone",
              (b, v) -> b.ibDevices(d -> d.defaultNetworkZone(v)),
              t -> t.get("ib_devices.default_network_zone")),
          new Target(
              "ib_devices.subnets",
              (b, v) -> b.ibDevices(d -> d.subnets(List.of(Subnet.of("10.0.0.0/8", "a", v)))),
              t -> ((TomlTable) ((TomlArray) t.get("ib_devices.subnets")).get(0))
                  .getArray("network_zones").get(1)));

  static final Set<String> ALL_KEYS = allShippedKeys();
  static final int TRIES = 10_000;
  /** Every n-th value is also rendered with all 75 keys (slower: the file is 15 times larger). */
  static final int FULL_RENDER_EVERY = 100;
  static final Map<String, AtomicInteger> ACCEPTED = new TreeMap<>();
  static final Map<String, AtomicInteger> REJECTED = new TreeMap<>();
  static final AtomicInteger VALUES = new AtomicInteger();
  static final AtomicInteger FULL_RENDERS = new AtomicInteger();
  static final Set<String> REQUIRED_KEYS =
      Set.of("cluster_id", "mountpoint", "token_file", "mgmtd_client.mgmtd_server_addresses");

  static {
    for (Target t : TARGETS) {
      ACCEPTED.put(t.key(), new AtomicInteger());
      REJECTED.put(t.key(), new AtomicInteger());
    }
  }

  private static Set<String> allShippedKeys() {
    Set<String> keys = new TreeSet<>(LauncherKeys.paths());
    keys.removeAll(LauncherKeys.optionalPaths());
    return keys;
  }

  @Property(tries = TRIES)
  void hostileValuesNeverCreateKeys(@ForAll("hostile") String value) {
    int n = VALUES.incrementAndGet();
    boolean full = n % FULL_RENDER_EVERY == 0;
    for (Target target : TARGETS) {
      // Paths must be absolute: also try the value behind a '/' so paths get accepted too.
      for (String v : target.key().endsWith("mountpoint") || target.key().equals("token_file")
          ? List.of(value, "/" + value)
          : List.of(value)) {
        check(target, v, full);
      }
    }
    if (n == TRIES) {
      printCounts();
    }
  }

  private static void check(Target target, String value, boolean full) {
    LauncherConfig config;
    try {
      config = target.put().apply(LauncherConfig.builder(), value).build();
    } catch (InvalidConfigException e) {
      assertThat(e.key()).isEqualTo(target.key());
      assertThat(e.getMessage()).contains(target.key());
      REJECTED.get(target.key()).incrementAndGet();
      return;
    }
    String rendered =
        LauncherToml.render(config, full ? LauncherToml.Keys.ALL : LauncherToml.Keys.NON_DEFAULT);
    TomlParseResult parsed = TomlTrees.parseClean(rendered);
    Set<String> expected = new TreeSet<>(full ? ALL_KEYS : REQUIRED_KEYS);
    if (!full && !(target.key().equals("ib_devices.default_network_zone") && value.equals("UNKNOWN"))) {
      expected.add(target.key());
    }
    assertThat(parsed.dottedKeySet()).isEqualTo(expected);
    Object back = target.read().apply(parsed);
    assertThat(back).isInstanceOf(String.class);
    assertThat(((String) back).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(value.getBytes(StandardCharsets.UTF_8));
    ACCEPTED.get(target.key()).incrementAndGet();
    if (full) {
      assertThat(LauncherToml.parse(rendered)).isEqualTo(config);
      FULL_RENDERS.incrementAndGet();
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> nasty =
        Arbitraries.strings()
            .withChars("\"'\n\r\u0000\t #[]=\\.,${}()/aZ09_-é\u2028\u00a0\u007f\ufeff\u0085")
            .ofMaxLength(40);
    Arbitrary<String> fragments =
        Arbitraries.of(
                "'''", "\"\"\"", "\n[client]\nforce_use_tcp = true\n", "\"\nevil = true\n#", "\\",
                "\\u0000", "\\\"", "${HOME}", "$(id)", "`id`", "\ud83d\ude00", "\ud800", "\udc00",
                "]\n[", "= ", "/3fs/stage", "mlx5_0", "stage", "\r\n", "\u0000", "#", "[[x]]",
                "a.b", "'", "\"", "é", "\u202e", " ")
            .list()
            .ofMinSize(1)
            .ofMaxSize(8)
            .map(parts -> String.join("", parts));
    Arbitrary<String> veryLong =
        Arbitraries.strings().withChars("\"'\n#[]=\\a/").ofMinLength(500).ofMaxLength(5000);
    Arbitrary<String> anyUnicode = Arbitraries.strings().all().ofMaxLength(30);
    Arbitrary<String> plausible = Arbitraries.strings().withCharRange('a', 'z').numeric()
        .withChars("_-").ofMinLength(1).ofMaxLength(31);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, nasty),
        net.jqwik.api.Tuple.of(4, fragments),
        net.jqwik.api.Tuple.of(1, veryLong),
        net.jqwik.api.Tuple.of(2, anyUnicode),
        net.jqwik.api.Tuple.of(1, plausible));
  }

  static void printCounts() {
    StringBuilder out = new StringBuilder("hostile strings: " + VALUES.get() + " values;");
    int total = 0;
    for (String key : ACCEPTED.keySet()) {
      int a = ACCEPTED.get(key).get();
      int r = REJECTED.get(key).get();
      total += a + r;
      out.append(String.format(" %s accepted=%d rejected=%d;", key, a, r));
    }
    System.out.println(
        out.append(" checks=").append(total).append(" full-file renders=").append(FULL_RENDERS));
  }
}
