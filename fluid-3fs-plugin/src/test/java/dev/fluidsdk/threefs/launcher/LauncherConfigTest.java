package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.threefs.mount.AddressType;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

  private static final List<MgmtdAddress> RDMA =
      List.of(MgmtdAddress.of(AddressType.RDMA, "10.0.0.1", 8000));

  @Test
  void defaultsAreThreeFsDefaults() {
    LauncherConfig d = LauncherConfig.defaults();
    assertThat(d.allowOther()).isTrue();
    assertThat(d.clusterId()).isEmpty();
    assertThat(d.client().defaultTimeout()).isEqualTo(ThreeFsDuration.ofSeconds(1));
    assertThat(d.client().defaultCompressionThreshold()).isEqualTo(ThreeFsSize.parse("128KB"));
    assertThat(d.client().ioWorker().connectConcurrencyLimiter().maxConcurrency()).isEqualTo(4);
    assertThat(d.client().ioWorker().ibSocket().timeout()).isEqualTo(14);
    assertThat(d.client().ioWorker().ibSocket().retryCount()).isEqualTo(7);
    assertThat(d.client().ioWorker().ibSocket().trafficClass()).isNull();
    assertThat(d.client().threadPool().bgThreadPoolStrategy()).isEqualTo(ExecutorStrategy.SHARED_QUEUE);
    assertThat(d.ibDevices().defaultNetworkZone()).isEqualTo("UNKNOWN");
    assertThat(d.ibDevices().deviceFilter()).isEmpty();
    assertThat(d.mgmtdClient().enableAutoHeartbeat()).isFalse();
    assertThat(d.mgmtdClient().enableAutoRefresh()).isTrue();
    assertThat(d.mgmtdClient().workQueueSize()).isEqualTo(100);
    assertThat(d.mgmtdClient().networkType()).isNull();
  }

  @Test
  void nestedBuildersAndSectionValuesCompose() {
    IbSocketConfig ib = IbSocketConfig.builder().maxSge(1).timeout(20).build();
    LauncherConfig c =
        LauncherConfig.builder()
            .client(cl -> cl.ioWorker(w -> w.ibSocket(ib)).defaultSendRetryTimes(3))
            .numIoThreads(16)
            .build();
    assertThat(c.client().ioWorker().ibSocket()).isEqualTo(ib);
    assertThat(c.client().defaultSendRetryTimes()).isEqualTo(3);
    assertThat(c.client().threadPool().numIoThreads()).isEqualTo(16);
    assertThat(c.toBuilder().build()).isEqualTo(c).hasSameHashCodeAs(c);
    assertThat(c).isNotEqualTo(LauncherConfig.defaults());
  }

  @Test
  void sectionBuildChecksItsOwnKeys() {
    assertThatThrownBy(() -> IbSocketConfig.builder().serviceLevel(16).build())
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("client.io_worker.ibsocket.sl"))
        .hasMessageContaining("16");
  }

  @Test
  void buildCollectsAllProblems() {
    assertThatThrownBy(
            () -> LauncherConfig.builder()
                .clusterId("bad,id")
                .mountpoint("rel")
                .client(c -> c.ioWorker(w -> w.ibSocket(s -> s.timeout(300).maxSge(0))))
                .ibDevices(d -> d.defaultNetworkZone("").subnets(List.of(Subnet.of("10.0.0.0/33"))))
                .build())
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
            .extracting(ConfigProblem::key)
            .containsExactlyInAnyOrder(
                "client.io_worker.ibsocket.max_sge",
                "client.io_worker.ibsocket.timeout",
                "cluster_id",
                "ib_devices.default_network_zone",
                "ib_devices.subnets",
                "ib_devices.subnets",
                "mountpoint"))
        .hasMessageContaining("300")
        .hasMessageContaining("\"bad,id\"");
  }

  @Test
  void subnetsMustBeIpv4CidrsWithZones() {
    for (String bad : List.of("10.0.0.0", "10.0.0.256/8", "::1/128", "10.0.0.0/33", "10.0.0/8", "")) {
      assertThatThrownBy(() -> LauncherConfig.builder()
              .ibDevices(d -> d.subnets(List.of(Subnet.of(bad, "z")))).build())
          .as(bad)
          .isInstanceOfSatisfying(InvalidConfigException.class,
              e -> assertThat(e.key()).isEqualTo("ib_devices.subnets"));
    }
    assertThatThrownBy(() -> LauncherConfig.builder()
            .ibDevices(d -> d.subnets(List.of(Subnet.of("10.0.0.0/8", "")))).build())
        .isInstanceOf(InvalidConfigException.class);
    assertThat(LauncherConfig.builder()
        .ibDevices(d -> d.subnets(List.of(Subnet.of("0.0.0.0/0", "any")))).build()
        .ibDevices().subnets()).hasSize(1);
  }

  @Test
  void launchabilityNeedsTheFourRequiredKeys() {
    assertThatThrownBy(() -> LauncherConfig.defaults().checkLaunchable())
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
            .extracting(ConfigProblem::key)
            .containsExactly("cluster_id", "mountpoint", "token_file",
                "mgmtd_client.mgmtd_server_addresses"));
    LauncherConfig ok = LauncherPresets.rdma("stage", "/3fs/stage", "/t", RDMA).build();
    assertThat(ok.checkLaunchable()).isSameAs(ok);
  }

  @Test
  void requiredValuesCannotBeNullButOptionalOnesCan() {
    assertThatThrownBy(() -> LauncherConfig.builder().clusterId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("cluster_id");
    assertThat(LauncherConfig.builder().networkType(null).build().mgmtdClient().networkType()).isNull();
  }

  @Test
  void parseRefusesUnknownKeysAndWrongTypes() {
    assertThatThrownBy(() -> LauncherToml.parse("cluster_id = 'a'\n[client]\nbogus = 1\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("client.bogus"));
    assertThatThrownBy(() -> LauncherToml.parse("[client.io_worker.ibsocket]\nmax_sge = '1'\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("client.io_worker.ibsocket.max_sge"))
        .hasMessageContaining("got a string");
    assertThatThrownBy(() -> LauncherToml.parse("client = 3\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.key()).isEqualTo("client"));
    assertThatThrownBy(() -> LauncherToml.parse("[client]\ndefault_timeout = 5\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("client.default_timeout"));
    assertThatThrownBy(() -> LauncherToml.parse("allow_other = 'true'\n[ib_devices]\nsl = 1\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
            .extracting(ConfigProblem::key).containsExactly("allow_other", "ib_devices.sl"));
    assertThatThrownBy(() -> LauncherToml.parse("[client.thread_pool]\nio_thread_pool_stratetry = '\"ROUND_ROBIN\"'\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("client.thread_pool.io_thread_pool_stratetry"));
    assertThatThrownBy(() -> LauncherToml.parse("[client.thread_pool]\nio_thread_pool_strategy = 'ROUND_ROBIN'\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("client.thread_pool.io_thread_pool_strategy"));
    assertThatThrownBy(() -> LauncherToml.parse("[[client]]\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.key()).isEqualTo("client"));
    assertThatThrownBy(() -> LauncherToml.parse("cluster_id = 'a\n"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("TOML syntax error");
  }

  @Test
  void aHostileFileIsAConfigErrorOnOneLineNotACrash() {
    assertThatThrownBy(() -> LauncherToml.parse("cluster_id = " + "[".repeat(20_000) + "]".repeat(20_000)))
        .isInstanceOf(InvalidConfigException.class).hasMessageContaining("nested too deeply");
    assertThatThrownBy(() -> LauncherToml.parse("cluster_id = " + "{a=".repeat(20_000) + "1" + "}".repeat(20_000)))
        .isInstanceOf(InvalidConfigException.class).hasMessageContaining("nested too deeply");
    assertThatThrownBy(() -> LauncherToml.parse("\"a\\nclient.bogus\" = 1\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.getMessage())
            .startsWith("\"a\\nclient.bogus\": unknown launcher key").doesNotContain("\n"));
    assertThatThrownBy(() -> LauncherToml.parse("k".repeat(100_000) + " = 1\n"))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(400));
  }

  @Test
  void parseAcceptsSizesAsIntegersAndAnyAddressCase() {
    LauncherConfig c = LauncherToml.parse(
        "[client]\ndefault_compression_threshold = 4096\n"
            + "[mgmtd_client]\nmgmtd_server_addresses = ['ipoib://10.0.0.1:8000', '10.0.0.2:9000']\n");
    assertThat(c.client().defaultCompressionThreshold()).isEqualTo(ThreeFsSize.parse("4KB"));
    assertThat(c.mgmtdClient().mgmtdServerAddresses())
        .containsExactly(MgmtdAddress.of(AddressType.IPOIB, "10.0.0.1", 8000),
            MgmtdAddress.of(AddressType.TCP, "10.0.0.2", 9000));
    // The scheme 3FS implied (TCP) is written out, never dropped.
    assertThat(LauncherToml.render(c)).contains("\"IPoIB://10.0.0.1:8000\", \"TCP://10.0.0.2:9000\"");
  }

  @Test
  void presetsSetTransportAndDevices() {
    LauncherConfig tcp = LauncherPresets.tcpOnly("stage", "/3fs/stage", "/t", RDMA).build();
    assertThat(tcp.client().forceUseTcp()).isTrue();
    assertThat(tcp.mgmtdClient().mgmtdServerAddresses())
        .containsExactly(MgmtdAddress.of(AddressType.TCP, "10.0.0.1", 8000));
    LauncherConfig rdma = LauncherPresets.rdma("stage", "/3fs/stage", "/t", RDMA)
        .networkType(AddressType.RDMA).build();
    LauncherConfig converted = LauncherPresets.tcpOnly(rdma);
    assertThat(converted.mgmtdClient().networkType()).isEqualTo(AddressType.TCP);
    assertThat(converted.mgmtdClient().mgmtdServerAddresses().get(0).type()).isEqualTo(AddressType.TCP);
    assertThat(rdma.client().forceUseTcp()).isFalse();

    LauncherConfig devices = LauncherPresets
        .rdmaWithDevices("stage", "/3fs/stage", "/t", RDMA, List.of("mlx5_0", "mlx5_1")).build();
    assertThat(devices.ibDevices().deviceFilter()).containsExactly("mlx5_0", "mlx5_1");
    assertThatThrownBy(() -> LauncherPresets.rdmaWithDevices("stage", "/3fs/stage", "/t", RDMA, List.of()))
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("ib_devices.device_filter"));
  }

  @Test
  void mainConfigCarriesTheMgmtdAddresses() {
    List<MgmtdAddress> two = List.of(RDMA.get(0), MgmtdAddress.of(AddressType.RDMA, "10.0.0.2", 8000));
    assertThat(MainConfigOverrides.commandLineArgs(RDMA))
        .containsExactly("--config.mgmtd.mgmtd_server_addresses=[\"RDMA://10.0.0.1:8000\"]");
    assertThat(MainConfigOverrides.commandLineArgs(two)).hasSize(1);
    String toml = MainConfigOverrides.renderToml(two);
    assertThat(TomlTrees.leaves(toml)).containsOnlyKeys("mgmtd.mgmtd_server_addresses")
        .containsEntry("mgmtd.mgmtd_server_addresses",
            List.of("RDMA://10.0.0.1:8000", "RDMA://10.0.0.2:8000"));
    assertThatThrownBy(() -> MainConfigOverrides.commandLineArgs(List.of()))
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("mgmtd.mgmtd_server_addresses"));
  }
}
