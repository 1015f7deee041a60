package dev.fluidsdk.threefs.launcher;

import static dev.fluidsdk.threefs.launcher.ScalarTypes.BOOL;
import static dev.fluidsdk.threefs.launcher.ScalarTypes.DURATION;
import static dev.fluidsdk.threefs.launcher.ScalarTypes.SIZE;
import static dev.fluidsdk.threefs.launcher.ScalarTypes.integer;

import dev.fluidsdk.threefs.mount.AddressType;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The launcher key table: every key of 3FS's {@code FuseLauncherConfig} (commit e2cef82), its
 * kind, its 3FS default and its range. Rendering, parsing, overrides and validation all walk this
 * one table; the section classes only add typed getters and setters over it.
 */
public final class LauncherKeys {
  private LauncherKeys() {}

  private static final Map<String, LauncherKey<?>> BY_PATH = new LinkedHashMap<>();

  // C++ integer types: 3FS builds them from int64 with no range check, so they wrap silently.
  private static final ValueType<Long> UINT8 = integer(0, 255, "uint8");
  private static final ValueType<Long> UINT16 = integer(0, 65535, "uint16");
  private static final ValueType<Long> UINT32 = integer(0, 4_294_967_295L, "uint32");
  private static final ValueType<Long> POSITIVE_UINT32 =
      integer(1, 4_294_967_295L, "uint32, must be > 0");
  private static final ValueType<Long> UINT64 =
      integer(0, Long.MAX_VALUE, "uint64; TOML integers stop at 2^63-1");
  private static final ValueType<Long> POSITIVE_INT = integer(1, Integer.MAX_VALUE, "int, must be > 0");
  // ibv_qp_attr fields are uint8 in 3FS but the verbs spec allows less.
  private static final ValueType<Long> IB_TIMEOUT = integer(0, 31, "IB QP timeout, 5 bits");
  private static final ValueType<Long> IB_RETRY = integer(0, 7, "IB retry count, 3 bits");
  private static final ValueType<Long> IB_RNR_TIMER = integer(0, 31, "IB min RNR timer, 5 bits");
  private static final ValueType<Long> IB_SL = integer(0, 15, "IB service level, 4 bits");

  private static final Pattern CLUSTER_ID = Pattern.compile("[A-Za-z0-9_-]{1,31}");

  private static final ValueType<String> CLUSTER_ID_TYPE =
      ScalarTypes.string(
          "empty (3FS's unset default) or 1-31 characters of [A-Za-z0-9_-]",
          (key, v, p) -> {
            if (!v.isEmpty() && !CLUSTER_ID.matcher(v).matches()) {
              p.add(key, Problems.show(v) + " is not 1-31 characters of [A-Za-z0-9_-]"
                  + " (3FS refuses 32 or more; it becomes fsname=hf3fs.<cluster_id>)");
            }
          });
  private static final ValueType<String> PATH_TYPE =
      ScalarTypes.string(
          "empty (3FS's unset default) or an absolute path without control characters",
          (key, v, p) -> {
            if (!v.isEmpty() && (!v.startsWith("/") || TomlStrings.hasControl(v) || v.length() > 4095)) {
              p.add(key, Problems.show(v) + " is not an absolute path (starting with '/',"
                  + " at most 4095 characters, no control characters)");
            }
          });
  private static final ValueType<String> ZONE_TYPE =
      ScalarTypes.string(
          "a non-empty zone name ('$NAME' reads it from env var NAME)",
          (key, v, p) -> {
            if (v.isEmpty()) {
              p.add(key, "must not be empty (3FS refuses an empty default_network_zone)");
            }
          });
  private static final ValueType<List<String>> DEVICE_NAMES =
      ListTypes.strings(
          "a non-empty IB device or netdev name without whitespace or control characters",
          (key, v, p) -> {
            if (v.isEmpty() || TomlStrings.hasWhitespaceOrControl(v)) {
              p.add(key, Problems.show(v) + " is not a device name");
            }
          });

  // One key per line, in 3FS's order, even where the line gets long: this is the table to audit.

  // Top level (FuseLauncherConfig).
  static final LauncherKey<Boolean> ALLOW_OTHER = key("allow_other", BOOL, true);
  static final LauncherKey<String> CLUSTER_ID_KEY = key("cluster_id", CLUSTER_ID_TYPE, "");
  static final LauncherKey<String> MOUNTPOINT = key("mountpoint", PATH_TYPE, "");
  static final LauncherKey<String> TOKEN_FILE = key("token_file", PATH_TYPE, "");

  // [client] (net::Client::Config).
  static final LauncherKey<Long> DEFAULT_COMPRESSION_LEVEL = key("client.default_compression_level", UINT32, 0L);
  static final LauncherKey<ThreeFsSize> DEFAULT_COMPRESSION_THRESHOLD = key("client.default_compression_threshold", SIZE, ThreeFsSize.ofBytes(128 * 1024));
  static final LauncherKey<ThreeFsDuration> DEFAULT_LOG_LONG_RUNNING_THRESHOLD = key("client.default_log_long_running_threshold", DURATION, ThreeFsDuration.ofNanos(0));
  static final LauncherKey<Boolean> DEFAULT_REPORT_METRICS = key("client.default_report_metrics", BOOL, false);
  static final LauncherKey<Long> DEFAULT_SEND_RETRY_TIMES = key("client.default_send_retry_times", POSITIVE_UINT32, 1L);
  static final LauncherKey<ThreeFsDuration> DEFAULT_TIMEOUT = key("client.default_timeout", DURATION, ThreeFsDuration.ofSeconds(1));
  static final LauncherKey<Boolean> ENABLE_RDMA_CONTROL = key("client.enable_rdma_control", BOOL, false);
  static final LauncherKey<Boolean> FORCE_USE_TCP = key("client.force_use_tcp", BOOL, false);

  // [client.io_worker] and its sub-tables.
  static final LauncherKey<Long> NUM_EVENT_LOOP = key("client.io_worker.num_event_loop", UINT32, 1L);
  static final LauncherKey<ThreeFsDuration> RDMA_CONNECT_TIMEOUT = key("client.io_worker.rdma_connect_timeout", DURATION, ThreeFsDuration.ofSeconds(5));
  static final LauncherKey<Boolean> READ_WRITE_RDMA_IN_EVENT_THREAD = key("client.io_worker.read_write_rdma_in_event_thread", BOOL, false);
  static final LauncherKey<Boolean> READ_WRITE_TCP_IN_EVENT_THREAD = key("client.io_worker.read_write_tcp_in_event_thread", BOOL, false);
  static final LauncherKey<ThreeFsDuration> TCP_CONNECT_TIMEOUT = key("client.io_worker.tcp_connect_timeout", DURATION, ThreeFsDuration.ofSeconds(1));
  static final LauncherKey<ThreeFsDuration> WAIT_TO_RETRY_SEND = key("client.io_worker.wait_to_retry_send", DURATION, ThreeFsDuration.ofMillis(100));
  static final LauncherKey<Long> MAX_CONCURRENCY = key("client.io_worker.connect_concurrency_limiter.max_concurrency", POSITIVE_UINT32, 4L);
  static final LauncherKey<Long> MAX_CONNECTIONS = key("client.io_worker.transport_pool.max_connections", UINT32, 1L);

  // [client.io_worker.ibsocket] (IBSocket::Config).
  private static final String IB = "client.io_worker.ibsocket.";
  static final LauncherKey<Long> BUF_ACK_BATCH = key(IB + "buf_ack_batch", POSITIVE_UINT32, 8L);
  static final LauncherKey<Long> BUF_SIGNAL_BATCH = key(IB + "buf_signal_batch", POSITIVE_UINT32, 8L);
  static final LauncherKey<Long> BUF_SIZE = key(IB + "buf_size", POSITIVE_UINT32, 16384L);
  static final LauncherKey<ThreeFsDuration> DRAIN_TIMEOUT = key(IB + "drain_timeout", DURATION, ThreeFsDuration.ofSeconds(5));
  static final LauncherKey<Long> DROP_CONNECTIONS = key(IB + "drop_connections", UINT32, 0L);
  static final LauncherKey<Long> EVENT_ACK_BATCH = key(IB + "event_ack_batch", POSITIVE_UINT32, 128L);
  static final LauncherKey<Long> MAX_RD_ATOMIC = key(IB + "max_rd_atomic", POSITIVE_UINT32, 16L);
  static final LauncherKey<Long> MAX_RDMA_WR = key(IB + "max_rdma_wr", POSITIVE_UINT32, 128L);
  static final LauncherKey<Long> MAX_RDMA_WR_PER_POST = key(IB + "max_rdma_wr_per_post", POSITIVE_UINT32, 32L);
  static final LauncherKey<Long> MAX_SGE = key(IB + "max_sge", POSITIVE_UINT32, 16L);
  static final LauncherKey<Long> MIN_RNR_TIMER = key(IB + "min_rnr_timer", IB_RNR_TIMER, 1L);
  static final LauncherKey<Boolean> RECORD_BYTES_PER_PEER = key(IB + "record_bytes_per_peer", BOOL, false);
  static final LauncherKey<Boolean> RECORD_LATENCY_PER_PEER = key(IB + "record_latency_per_peer", BOOL, false);
  static final LauncherKey<Long> RETRY_CNT = key(IB + "retry_cnt", IB_RETRY, 7L);
  static final LauncherKey<Long> RNR_RETRY = key(IB + "rnr_retry", IB_RETRY, 0L);
  static final LauncherKey<Long> SEND_BUF_CNT = key(IB + "send_buf_cnt", POSITIVE_UINT32, 32L);
  static final LauncherKey<Long> SL = key(IB + "sl", IB_SL, 0L);
  static final LauncherKey<Long> START_PSN = key(IB + "start_psn", UINT32, 0L);
  static final LauncherKey<Long> TIMEOUT = key(IB + "timeout", IB_TIMEOUT, 14L);
  static final LauncherKey<Long> PKEY_INDEX = optional(IB + "pkey_index", UINT16);
  static final LauncherKey<Long> ROCE_PKEY_INDEX = optional(IB + "roce_pkey_index", UINT16);
  static final LauncherKey<Long> TRAFFIC_CLASS = optional(IB + "traffic_class", UINT8);

  // [client.processor], [client.rdma_control].
  static final LauncherKey<Boolean> ENABLE_COROUTINES_POOL = key("client.processor.enable_coroutines_pool", BOOL, true);
  static final LauncherKey<Long> MAX_COROUTINES_NUM = key("client.processor.max_coroutines_num", UINT64, 256L);
  static final LauncherKey<Long> MAX_PROCESSING_REQUESTS_NUM = key("client.processor.max_processing_requests_num", UINT64, 4096L);
  static final LauncherKey<Long> RESPONSE_COMPRESSION_LEVEL = key("client.processor.response_compression_level", UINT32, 1L);
  static final LauncherKey<ThreeFsSize> RESPONSE_COMPRESSION_THRESHOLD = key("client.processor.response_compression_threshold", SIZE, ThreeFsSize.ofBytes(128 * 1024));
  static final LauncherKey<Long> MAX_CONCURRENT_TRANSMISSION = key("client.rdma_control.max_concurrent_transmission", UINT32, 64L);

  // [client.thread_pool] (ThreadPoolGroup::Config): "stratetry" is 3FS's own spelling.
  private static final ValueType<ExecutorStrategy> STRATEGY = ScalarTypes.enumeration(ExecutorStrategy.class, Enum::name);
  static final LauncherKey<ExecutorStrategy> BG_THREAD_POOL_STRATEGY = key("client.thread_pool.bg_thread_pool_stratetry", STRATEGY, ExecutorStrategy.SHARED_QUEUE);
  static final LauncherKey<Boolean> COLLECT_STATS = key("client.thread_pool.collect_stats", BOOL, false);
  static final LauncherKey<Boolean> ENABLE_WORK_STEALING = key("client.thread_pool.enable_work_stealing", BOOL, false);
  static final LauncherKey<ExecutorStrategy> IO_THREAD_POOL_STRATEGY = key("client.thread_pool.io_thread_pool_stratetry", STRATEGY, ExecutorStrategy.SHARED_QUEUE);
  static final LauncherKey<Long> NUM_BG_THREADS = key("client.thread_pool.num_bg_threads", UINT64, 2L);
  static final LauncherKey<Long> NUM_CONNECT_THREADS = key("client.thread_pool.num_connect_threads", UINT64, 2L);
  static final LauncherKey<Long> NUM_IO_THREADS = key("client.thread_pool.num_io_threads", UINT64, 2L);
  static final LauncherKey<Long> NUM_PROC_THREADS = key("client.thread_pool.num_proc_threads", UINT64, 2L);
  static final LauncherKey<ExecutorStrategy> PROC_THREAD_POOL_STRATEGY = key("client.thread_pool.proc_thread_pool_stratetry", STRATEGY, ExecutorStrategy.SHARED_QUEUE);

  // [ib_devices] (IBDevice::Config).
  static final LauncherKey<Boolean> ALLOW_NO_USABLE_DEVICES = key("ib_devices.allow_no_usable_devices", BOOL, false);
  static final LauncherKey<Boolean> ALLOW_UNKNOWN_ZONE = key("ib_devices.allow_unknown_zone", BOOL, true);
  static final LauncherKey<String> DEFAULT_NETWORK_ZONE = key("ib_devices.default_network_zone", ZONE_TYPE, "UNKNOWN");
  static final LauncherKey<Long> DEFAULT_PKEY_INDEX = key("ib_devices.default_pkey_index", UINT16, 0L);
  static final LauncherKey<Long> DEFAULT_ROCE_PKEY_INDEX = key("ib_devices.default_roce_pkey_index", UINT16, 0L);
  static final LauncherKey<Long> DEFAULT_TRAFFIC_CLASS = key("ib_devices.default_traffic_class", UINT8, 0L);
  static final LauncherKey<List<String>> DEVICE_FILTER = key("ib_devices.device_filter", DEVICE_NAMES, List.of());
  static final LauncherKey<Boolean> FORK_SAFE = key("ib_devices.fork_safe", BOOL, true);
  static final LauncherKey<Boolean> PREFER_IBDEVICE = key("ib_devices.prefer_ibdevice", BOOL, true);
  static final LauncherKey<Boolean> SKIP_INACTIVE_PORTS = key("ib_devices.skip_inactive_ports", BOOL, true);
  static final LauncherKey<Boolean> SKIP_UNUSABLE_DEVICE = key("ib_devices.skip_unusable_device", BOOL, true);
  static final LauncherKey<List<Subnet>> SUBNETS = key("ib_devices.subnets", ListTypes.SUBNETS, List.of());

  // [mgmtd_client] (MgmtdClientForClient::Config, which changes three MgmtdClient defaults).
  private static final String MC = "mgmtd_client.";
  static final LauncherKey<Boolean> ACCEPT_INCOMPLETE_ROUTING_INFO = key(MC + "accept_incomplete_routing_info_during_mgmtd_bootstrapping", BOOL, true);
  static final LauncherKey<ThreeFsDuration> AUTO_EXTEND_CLIENT_SESSION_INTERVAL = key(MC + "auto_extend_client_session_interval", DURATION, ThreeFsDuration.ofSeconds(10));
  static final LauncherKey<ThreeFsDuration> AUTO_HEARTBEAT_INTERVAL = key(MC + "auto_heartbeat_interval", DURATION, ThreeFsDuration.ofSeconds(10));
  static final LauncherKey<ThreeFsDuration> AUTO_REFRESH_INTERVAL = key(MC + "auto_refresh_interval", DURATION, ThreeFsDuration.ofSeconds(10));
  static final LauncherKey<Boolean> ENABLE_AUTO_EXTEND_CLIENT_SESSION = key(MC + "enable_auto_extend_client_session", BOOL, true);
  static final LauncherKey<Boolean> ENABLE_AUTO_HEARTBEAT = key(MC + "enable_auto_heartbeat", BOOL, false);
  static final LauncherKey<Boolean> ENABLE_AUTO_REFRESH = key(MC + "enable_auto_refresh", BOOL, true);
  static final LauncherKey<List<MgmtdAddress>> MGMTD_SERVER_ADDRESSES = key(MC + "mgmtd_server_addresses", ListTypes.ADDRESSES, List.of());
  static final LauncherKey<Long> WORK_QUEUE_SIZE = key(MC + "work_queue_size", POSITIVE_INT, 100L);
  static final LauncherKey<AddressType> NETWORK_TYPE = optional(MC + "network_type", ScalarTypes.enumeration(AddressType.class, AddressType::canonical));

  /** Keys a minimal launcher file always carries, even when they hold their defaults. */
  static final List<LauncherKey<?>> REQUIRED =
      List.of(CLUSTER_ID_KEY, MOUNTPOINT, TOKEN_FILE, MGMTD_SERVER_ADDRESSES);

  private static <T> LauncherKey<T> key(String path, ValueType<T> type, T defaultValue) {
    return register(LauncherKey.of(path, type, defaultValue));
  }

  private static <T> LauncherKey<T> optional(String path, ValueType<T> type) {
    return register(LauncherKey.optional(path, type));
  }

  private static <T> LauncherKey<T> register(LauncherKey<T> key) {
    if (BY_PATH.putIfAbsent(key.path(), key) != null) {
      throw new IllegalStateException("duplicate launcher key " + key.path());
    }
    return key;
  }

  static List<LauncherKey<?>> all() {
    return List.copyOf(BY_PATH.values());
  }

  static LauncherKey<?> find(String path) {
    return BY_PATH.get(path);
  }

  /** Every section path ({@code client}, {@code client.io_worker}, ...), sorted. */
  static Set<String> sections() {
    Set<String> out = new TreeSet<>();
    for (LauncherKey<?> k : BY_PATH.values()) {
      String s = k.section();
      while (!s.isEmpty()) {
        out.add(s);
        int dot = s.lastIndexOf('.');
        s = dot < 0 ? "" : s.substring(0, dot);
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /** The dotted paths of all 79 keys 3FS knows, sorted. */
  public static Set<String> paths() {
    return Collections.unmodifiableSet(new TreeSet<>(BY_PATH.keySet()));
  }

  /** The dotted paths of the 4 optional keys, which 3FS's shipped file leaves out. */
  public static Set<String> optionalPaths() {
    List<String> out = new ArrayList<>();
    for (LauncherKey<?> k : BY_PATH.values()) {
      if (k.isOptional()) {
        out.add(k.path());
      }
    }
    return Collections.unmodifiableSet(new TreeSet<>(out));
  }

  /** Whether 3FS knows {@code dottedKey}; it refuses unknown keys at start-up. */
  public static boolean isKnown(String dottedKey) {
    return BY_PATH.containsKey(dottedKey);
  }
}
