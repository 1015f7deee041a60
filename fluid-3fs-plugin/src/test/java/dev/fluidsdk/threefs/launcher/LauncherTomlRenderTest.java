package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.threefs.mount.AddressType;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LauncherTomlRenderTest {

  static LauncherConfig seedConfig() {
    return LauncherConfig.builder()
        .clusterId("stage")
        .mountpoint("/3fs/stage")
        .tokenFile("/opt/3fs/etc/token.txt")
        .mgmtdServerAddresses(List.of(MgmtdAddress.of(AddressType.RDMA, "10.0.0.1", 8000)))
        .build();
  }

  @Test
  void seedConfigMatchesGoldenFile() throws Exception {
    String rendered = LauncherToml.render(seedConfig());
    assertThat(rendered).isEqualTo(TomlTrees.golden("seed-launcher.toml", rendered));
  }

  @Test
  void seedConfigKeepsTheRdmaScheme() {
    Map<String, Object> leaves = TomlTrees.leaves(LauncherToml.render(seedConfig()));
    assertThat(leaves.get("mgmtd_client.mgmtd_server_addresses"))
        .isEqualTo(List.of("RDMA://10.0.0.1:8000"));
    assertThat(leaves)
        .containsEntry("cluster_id", "stage")
        .containsEntry("mountpoint", "/3fs/stage")
        .containsEntry("token_file", "/opt/3fs/etc/token.txt")
        .containsEntry("allow_other", true);
  }

  @Test
  void defaultsRenderExactlyThe75ShippedKeys() {
    String rendered = LauncherToml.render(LauncherConfig.defaults());
    Set<String> keys = TomlTrees.leaves(rendered).keySet();
    assertThat(keys).hasSize(75);
    Set<String> expected = new TreeSet<>(LauncherKeys.paths());
    expected.removeAll(LauncherKeys.optionalPaths());
    assertThat(keys).isEqualTo(expected);
    assertThat(LauncherKeys.paths()).hasSize(79);
    assertThat(LauncherKeys.optionalPaths())
        .containsExactly(
            "client.io_worker.ibsocket.pkey_index",
            "client.io_worker.ibsocket.roce_pkey_index",
            "client.io_worker.ibsocket.traffic_class",
            "mgmtd_client.network_type");
  }

  @Test
  void misspeltStrategyKeysKeepThreeFsSpelling() {
    LauncherConfig config =
        LauncherConfig.builder()
            .client(c -> c.threadPool(t -> t.ioThreadPoolStrategy(ExecutorStrategy.ROUND_ROBIN)))
            .build();
    Map<String, Object> leaves = TomlTrees.leaves(LauncherToml.render(config));
    assertThat(leaves)
        .containsEntry("client.thread_pool.io_thread_pool_stratetry", "ROUND_ROBIN")
        .containsKeys(
            "client.thread_pool.bg_thread_pool_stratetry",
            "client.thread_pool.proc_thread_pool_stratetry")
        .doesNotContainKey("client.thread_pool.io_thread_pool_strategy");
    assertThat(config.client().threadPool().ioThreadPoolStrategy()).isEqualTo(ExecutorStrategy.ROUND_ROBIN);
  }

  @Test
  void sectionsComeInSortedDottedOrderAfterTopLevelKeys() {
    String rendered = LauncherToml.render(LauncherConfig.defaults());
    List<String> headers =
        rendered.lines().filter(l -> l.startsWith("[")).toList();
    assertThat(headers)
        .containsExactly(
            "[client]",
            "[client.io_worker]",
            "[client.io_worker.connect_concurrency_limiter]",
            "[client.io_worker.ibsocket]",
            "[client.io_worker.transport_pool]",
            "[client.processor]",
            "[client.rdma_control]",
            "[client.thread_pool]",
            "[ib_devices]",
            "[mgmtd_client]");
    assertThat(rendered.lines().limit(4).toList())
        .containsExactly("allow_other = true", "cluster_id = \"\"", "mountpoint = \"\"", "token_file = \"\"");
  }

  @Test
  void nonDefaultModeWritesChangedAndRequiredKeysOnly() {
    LauncherConfig config =
        seedConfig().toBuilder()
            .client(c -> c.ioWorker(w -> w.ibSocket(s -> s.maxSge(1).trafficClass(3L))))
            .build();
    Map<String, Object> leaves =
        TomlTrees.leaves(LauncherToml.render(config, LauncherToml.Keys.NON_DEFAULT));
    assertThat(leaves)
        .containsOnlyKeys(
            "cluster_id",
            "mountpoint",
            "token_file",
            "mgmtd_client.mgmtd_server_addresses",
            "client.io_worker.ibsocket.max_sge",
            "client.io_worker.ibsocket.traffic_class");
    assertThat(LauncherToml.parse(LauncherToml.render(config, LauncherToml.Keys.NON_DEFAULT)))
        .isEqualTo(config);
  }

  @Test
  void optionalKeysAppearOnlyWhenSet() {
    LauncherConfig config =
        LauncherConfig.builder()
            .networkType(AddressType.IPOIB)
            .mgmtdServerAddresses(List.of(MgmtdAddress.of(AddressType.IPOIB, "10.1.0.1", 8000)))
            .client(c -> c.ioWorker(w -> w.ibSocket(s -> s.pkeyIndex(7L).rocePkeyIndex(65535L))))
            .build();
    Map<String, Object> leaves = TomlTrees.leaves(LauncherToml.render(config));
    assertThat(leaves).hasSize(78)
        .containsEntry("mgmtd_client.network_type", "IPoIB")
        .containsEntry("mgmtd_client.mgmtd_server_addresses", List.of("IPoIB://10.1.0.1:8000"))
        .containsEntry("client.io_worker.ibsocket.pkey_index", 7L)
        .containsEntry("client.io_worker.ibsocket.roce_pkey_index", 65535L);
    LauncherConfig unset =
        config.toBuilder().client(c -> c.ioWorker(w -> w.ibSocket(s -> s.pkeyIndex(null)))).build();
    assertThat(TomlTrees.leaves(LauncherToml.render(unset)))
        .doesNotContainKey("client.io_worker.ibsocket.pkey_index");
  }

  @Test
  void subnetsRenderAsInlineTablesAndReadBack() {
    LauncherConfig config =
        LauncherConfig.builder()
            .ibDevices(d -> d.subnets(List.of(Subnet.of("10.0.0.0/8", "zone-a", "zone-b"),
                Subnet.of("192.168.1.0/24", "z"))))
            .build();
    String rendered = LauncherToml.render(config);
    assertThat(TomlTrees.leaves(rendered).get("ib_devices.subnets"))
        .isEqualTo(
            List.of(
                Map.of("subnet", "10.0.0.0/8", "network_zones", List.of("zone-a", "zone-b")),
                Map.of("subnet", "192.168.1.0/24", "network_zones", List.of("z"))));
    assertThat(LauncherToml.parse(rendered)).isEqualTo(config);
    assertThat(LauncherToml.parse(rendered).ibDevices().subnets()).hasSize(2);
  }

  @Test
  void renderThenParseIsTheIdentity() {
    LauncherConfig config =
        seedConfig().toBuilder()
            .deviceFilter(List.of("mlx5_0", "ib0"))
            .numIoThreads(8)
            .defaultTimeout(ThreeFsDuration.parse("1min 30s"))
            .client(c -> c.defaultCompressionThreshold(ThreeFsSize.parse("1M")))
            .build();
    assertThat(LauncherToml.parse(LauncherToml.render(config))).isEqualTo(config);
  }

  @Test
  void singleQuotesAreNotEscapedTheTomljWay() {
    // tomlj writes \' which TOML 1.0 (and 3FS's toml++) does not define.
    LauncherConfig config = LauncherConfig.builder().mountpoint("/mnt/it's").build();
    String rendered = LauncherToml.render(config);
    assertThat(rendered).contains("mountpoint = \"/mnt/it's\"").doesNotContain("\\'");
  }
}
