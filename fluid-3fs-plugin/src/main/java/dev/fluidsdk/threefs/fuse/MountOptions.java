package dev.fluidsdk.threefs.fuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Fluid options this entrypoint understands. The ThinRuntime's {@code runtimeOptions} are read
 * first and the Dataset mount's {@code options} (which already include Fluid's shared options and
 * resolved encryptOptions) override them key by key. Any other key is rejected, so that a typo
 * fails at start instead of being silently ignored.
 *
 * <ul>
 *   <li>{@code cluster-id}: the launcher's {@code cluster_id} (required);
 *   <li>{@code device-filter}: comma list of RDMA device or netdev names ({@code ib_devices.device_filter});
 *   <li>{@code tcp}: {@code "true"} or {@code "false"} ({@code client.force_use_tcp});
 *   <li>{@code subdir}: a directory of the file system to expose instead of its root;
 *   <li>{@code token}: the encryptOption carrying the 3FS token (a file path or the value itself);
 *   <li>{@code launcher.<dotted.key>}: any other launcher key, handed to the core's validated
 *       override (e.g. {@code launcher.client.io_worker.ibsocket.max_sge: "1"}).
 * </ul>
 */
public final class MountOptions {
  public static final String CLUSTER_ID = "cluster-id";
  public static final String DEVICE_FILTER = "device-filter";
  public static final String TCP = "tcp";
  public static final String SUBDIR = "subdir";
  public static final String TOKEN = "token";
  public static final String LAUNCHER_PREFIX = "launcher.";

  private final String clusterId;
  private final List<String> deviceFilter;
  private final Boolean forceUseTcp;
  private final String subdir;
  private final String token;
  private final Map<String, String> launcherOverrides;

  private MountOptions(
      String clusterId,
      List<String> deviceFilter,
      Boolean forceUseTcp,
      String subdir,
      String token,
      Map<String, String> launcherOverrides) {
    this.clusterId = clusterId;
    this.deviceFilter = List.copyOf(deviceFilter);
    this.forceUseTcp = forceUseTcp;
    this.subdir = subdir;
    this.token = token;
    this.launcherOverrides = launcherOverrides;
  }

  /**
   * Merges and checks the option maps.
   *
   * @throws EntrypointException {@link ExitCode#BAD_OPTION} for unknown keys or bad values
   */
  public static MountOptions from(Map<String, String> runtimeOptions, Map<String, String> mountOptions) {
    Map<String, String> merged = new TreeMap<>(runtimeOptions);
    merged.putAll(mountOptions);
    String clusterId = null;
    List<String> deviceFilter = new ArrayList<>();
    Boolean tcp = null;
    String subdir = null;
    String token = null;
    Map<String, String> overrides = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : merged.entrySet()) {
      String key = e.getKey();
      String value = e.getValue();
      switch (key) {
        case CLUSTER_ID -> clusterId = value;
        case DEVICE_FILTER -> deviceFilter = splitList(value);
        case TCP -> tcp = parseBool(value);
        case SUBDIR -> subdir = value;
        case TOKEN -> token = value;
        default -> {
          if (key.startsWith(LAUNCHER_PREFIX) && key.length() > LAUNCHER_PREFIX.length()) {
            overrides.put(key.substring(LAUNCHER_PREFIX.length()), value);
          } else {
            throw bad(
                "unknown option " + Shown.quoted(key) + "; known: " + CLUSTER_ID + ", " + DEVICE_FILTER + ", "
                    + TCP + ", " + SUBDIR + ", " + TOKEN + ", " + LAUNCHER_PREFIX + "<dotted.key>");
          }
        }
      }
    }
    if (clusterId == null || clusterId.isBlank()) {
      throw bad("option '" + CLUSTER_ID + "' is required (the 3FS cluster id mgmtd was set up with)");
    }
    return new MountOptions(clusterId, deviceFilter, tcp, subdir, token, overrides);
  }

  private static List<String> splitList(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(",", -1)) {
      String p = part.trim();
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static Boolean parseBool(String value) {
    return switch (value.trim()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw bad("option '" + TCP + "' must be \"true\" or \"false\", got " + Shown.quoted(value));
    };
  }

  private static EntrypointException bad(String message) {
    return new EntrypointException(ExitCode.BAD_OPTION, message);
  }

  /** {@code cluster-id}. */
  public String clusterId() {
    return clusterId;
  }

  /** {@code device-filter} split at commas; empty when absent. */
  public List<String> deviceFilter() {
    return deviceFilter;
  }

  /** {@code tcp}; null when absent (the launcher default applies). */
  public Boolean forceUseTcp() {
    return forceUseTcp;
  }

  /** {@code subdir}; null when absent. */
  public String subdir() {
    return subdir;
  }

  /** The raw {@code token} option (a path or a secret); null when absent. Never print it. */
  public String token() {
    return token;
  }

  /** {@code launcher.*} overrides without the prefix, sorted by key. */
  public Map<String, String> launcherOverrides() {
    return java.util.Collections.unmodifiableMap(launcherOverrides);
  }

  @Override
  public String toString() {
    return "MountOptions{clusterId=" + clusterId + ", deviceFilter=" + deviceFilter + ", tcp="
        + forceUseTcp + ", subdir=" + subdir + ", token=" + (token == null ? "absent" : "<redacted>")
        + ", launcher=" + launcherOverrides.keySet() + "}";
  }
}
