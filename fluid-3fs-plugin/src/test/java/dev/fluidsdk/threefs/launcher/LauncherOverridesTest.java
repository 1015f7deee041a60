package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.threefs.mount.AddressType;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LauncherOverridesTest {

  private static final LauncherConfig BASE = LauncherTomlRenderTest.seedConfig();

  /** The TOML leaves that differ between two configs, as rendered. */
  private static Map<String, Object> changed(LauncherConfig before, LauncherConfig after) {
    Map<String, Object> a = TomlTrees.leaves(LauncherToml.render(before));
    Map<String, Object> b = TomlTrees.leaves(LauncherToml.render(after));
    Map<String, Object> out = new TreeMap<>();
    for (String key : b.keySet()) {
      if (!b.get(key).equals(a.get(key))) {
        out.put(key, b.get(key));
      }
    }
    for (String key : a.keySet()) {
      if (!b.containsKey(key)) {
        out.put(key, "<removed>");
      }
    }
    return out;
  }

  private static Map<String, Object> changedBy(String override) {
    LauncherConfig after = BASE.toBuilder().override(LauncherOverrides.parse(override)).build();
    return changed(BASE, after);
  }

  @Test
  void validOverridesChangeExactlyThatKey() {
    assertThat(changedBy("client.io_worker.ibsocket.max_sge=1"))
        .isEqualTo(Map.of("client.io_worker.ibsocket.max_sge", 1L));
    assertThat(changedBy("ib_devices.device_filter=[\"mlx5_0\",\"mlx5_1\"]"))
        .isEqualTo(Map.of("ib_devices.device_filter", List.of("mlx5_0", "mlx5_1")));
    assertThat(changedBy("ib_devices.device_filter=mlx5_0,mlx5_1"))
        .isEqualTo(Map.of("ib_devices.device_filter", List.of("mlx5_0", "mlx5_1")));
    assertThat(changedBy("client.default_timeout=5s"))
        .isEqualTo(Map.of("client.default_timeout", "5s"));
    assertThat(changedBy("client.default_timeout=\"1min 30s\""))
        .isEqualTo(Map.of("client.default_timeout", "1min 30s"));
    assertThat(changedBy("client.force_use_tcp=true"))
        .isEqualTo(Map.of("client.force_use_tcp", true));
    assertThat(changedBy("ib_devices.fork_safe=false"))
        .isEqualTo(Map.of("ib_devices.fork_safe", false));
    assertThat(changedBy("cluster_id=prod_2")).isEqualTo(Map.of("cluster_id", "prod_2"));
    assertThat(changedBy("client.processor.response_compression_threshold=1048576"))
        .isEqualTo(Map.of("client.processor.response_compression_threshold", "1MB"));
    assertThat(changedBy("client.thread_pool.proc_thread_pool_stratetry=GROUP_WAITING_8"))
        .isEqualTo(Map.of("client.thread_pool.proc_thread_pool_stratetry", "GROUP_WAITING_8"));
    assertThat(changedBy("client.io_worker.ibsocket.traffic_class=106"))
        .isEqualTo(Map.of("client.io_worker.ibsocket.traffic_class", 106L));
    assertThat(changedBy("mgmtd_client.mgmtd_server_addresses=RDMA://10.0.0.1:8000,rdma://10.0.0.2:8000"))
        .isEqualTo(Map.of("mgmtd_client.mgmtd_server_addresses",
            List.of("RDMA://10.0.0.1:8000", "RDMA://10.0.0.2:8000")));
    assertThat(changedBy("ib_devices.subnets=[{subnet = \"10.0.0.0/8\", network_zones = [\"a\"]}]"))
        .isEqualTo(Map.of("ib_devices.subnets",
            List.of(Map.of("subnet", "10.0.0.0/8", "network_zones", List.of("a")))));
  }

  @Test
  void threeFsFlagFormIsAccepted() {
    LauncherOverride o = LauncherOverrides.parse("--launcher_config.client.io_worker.ibsocket.max_sge=1");
    assertThat(o).isEqualTo(new LauncherOverride("client.io_worker.ibsocket.max_sge", "1"));
    assertThat(LauncherOverrides.parse("cluster_id=a=b").value()).isEqualTo("a=b");
  }

  @Test
  void typedValueMatchesTheOverride() {
    LauncherConfig c = BASE.toBuilder().override("client.io_worker.ibsocket.max_sge", "1").build();
    assertThat(c.client().ioWorker().ibSocket().maxSge()).isEqualTo(1);
    assertThat(c.client().ioWorker().ibSocket().timeout()).isEqualTo(14);
  }

  @Test
  void unknownKeyIsNamed() {
    assertThatThrownBy(() -> LauncherOverrides.parse("client.io_worker.ibsocket.max_sgee=1"))
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("client.io_worker.ibsocket.max_sgee"))
        .hasMessageContaining("unknown launcher key");
    assertThatThrownBy(() -> BASE.toBuilder().override("client", "{}"))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.key()).isEqualTo("client"));
    assertThatThrownBy(() -> LauncherOverrides.parse("no-equals-sign"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("key.path=value");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "client.io_worker.ibsocket.max_sge|abc|an integer",
        "client.io_worker.ibsocket.max_sge|1.5|an integer",
        "client.force_use_tcp|yes|a boolean",
        "client.force_use_tcp|1|a boolean",
        "client.default_timeout|5|3FS Duration",
        "client.default_timeout|1.5s|3FS Duration",
        "client.default_compression_threshold|1 MB|3FS Size",
        "client.thread_pool.io_thread_pool_stratetry|shared_queue|SHARED_QUEUE",
        "mgmtd_client.network_type|rdma|IPoIB",
        "mgmtd_client.mgmtd_server_addresses|mgmtd:8000|IPv4",
        "mgmtd_client.mgmtd_server_addresses|FOO://10.0.0.1:8000|IPv4",
        "ib_devices.subnets|10.0.0.0/8|inline tables",
      })
  void wrongTypeIsNamed(String key, String value, String expected) {
    assertThatThrownBy(() -> BASE.toBuilder().override(key, value))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
        .hasMessageContaining(key)
        .hasMessageContaining(expected);
  }

  @Test
  void arrayTextCannotSmuggleInOtherKeys() {
    for (String text : List.of("[\"a\"]\n[client]\nx = 1", "[\"a\"] # c\ny = 2", "[\"a\"", "[1, 2]")) {
      assertThatThrownBy(() -> BASE.toBuilder().override("ib_devices.device_filter", text))
          .as(text)
          .isInstanceOfSatisfying(InvalidConfigException.class,
              e -> assertThat(e.key()).isEqualTo("ib_devices.device_filter"));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "client.io_worker.ibsocket.timeout,32,0-31",
    "client.io_worker.ibsocket.timeout,300,0-31",
    "client.io_worker.ibsocket.retry_cnt,8,0-7",
    "client.io_worker.ibsocket.rnr_retry,-1,0-7",
    "client.io_worker.ibsocket.min_rnr_timer,32,0-31",
    "client.io_worker.ibsocket.sl,16,0-15",
    "client.io_worker.ibsocket.traffic_class,256,0-255",
    "client.io_worker.ibsocket.pkey_index,65536,0-65535",
    "ib_devices.default_roce_pkey_index,65536,0-65535",
    "ib_devices.default_traffic_class,256,0-255",
    "client.io_worker.ibsocket.max_sge,0,must be > 0",
    "client.default_send_retry_times,0,must be > 0",
    "client.io_worker.connect_concurrency_limiter.max_concurrency,0,must be > 0",
    "mgmtd_client.work_queue_size,0,must be > 0",
    "mgmtd_client.work_queue_size,2147483648,must be > 0",
    "client.default_compression_level,4294967296,uint32",
    "client.thread_pool.num_io_threads,-1,uint64",
    "cluster_id,this-cluster-id-is-32-chars-long,1-31",
    "cluster_id,a b,1-31",
    "mountpoint,relative/path,absolute path",
    "token_file,token.txt,absolute path",
    "ib_devices.default_network_zone,'',must not be empty",
    "ib_devices.device_filter,'mlx5_0,,mlx5_1',netdev name",
    "ib_devices.device_filter,'mlx5_0,mlx 5',netdev name",
  })
  void outOfRangeIsNamed(String key, String value, String expected) {
    assertThatThrownBy(() -> BASE.toBuilder().override(key, value))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.key()).isEqualTo(key))
        .hasMessageContaining(key)
        .hasMessageContaining(expected);
  }

  @Test
  void applyCollectsEveryBadOverride() {
    assertThatThrownBy(
            () -> LauncherOverrides.apply(BASE, List.of(
                "client.io_worker.ibsocket.timeout=99", "nope=1", "client.force_use_tcp=maybe",
                "client.io_worker.ibsocket.max_sge=1")))
        .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
            .extracting(ConfigProblem::key)
            .containsExactly("client.io_worker.ibsocket.timeout", "nope", "client.force_use_tcp"));
    LauncherConfig ok = LauncherOverrides.apply(BASE, List.of("client.io_worker.ibsocket.max_sge=1",
        "mgmtd_client.network_type=RDMA"));
    assertThat(ok.mgmtdClient().networkType()).isEqualTo(AddressType.RDMA);
  }

  @Test
  void networkTypeMustMatchEveryAddress() {
    assertThatThrownBy(() -> BASE.toBuilder().networkType(AddressType.TCP).build())
        .isInstanceOfSatisfying(InvalidConfigException.class,
            e -> assertThat(e.key()).isEqualTo("mgmtd_client.mgmtd_server_addresses"))
        .hasMessageContaining("RDMA://10.0.0.1:8000")
        .hasMessageContaining("network_type TCP");
    assertThat(BASE.toBuilder()
        .mgmtdServerAddresses(List.of(MgmtdAddress.of(AddressType.TCP, "10.0.0.1", 8000)))
        .networkType(AddressType.TCP).build().mgmtdClient().networkType())
        .isEqualTo(AddressType.TCP);
  }
}
