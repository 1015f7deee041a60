package dev.fluidsdk.threefs.launcher;

import dev.fluidsdk.threefs.mount.AddressType;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * Ready-made launcher configs for common hosts. Each returns a builder, so callers can change
 * more keys before {@code build()}.
 */
public final class LauncherPresets {
  private LauncherPresets() {}

  /**
   * RDMA, 3FS's default transport: the four keys every launcher needs, everything else at 3FS's
   * defaults. The addresses are kept exactly, scheme included.
   */
  public static LauncherConfig.Builder rdma(
      String clusterId, String mountpoint, String tokenFile, List<MgmtdAddress> mgmtdAddresses) {
    return LauncherConfig.builder()
        .clusterId(clusterId)
        .mountpoint(mountpoint)
        .tokenFile(tokenFile)
        .mgmtdServerAddresses(mgmtdAddresses);
  }

  /**
   * TCP only, for hosts without RDMA: {@code client.force_use_tcp = true} and every mgmtd address
   * rewritten to {@code TCP://} (same host and port), so the file says what 3FS will do.
   */
  public static LauncherConfig.Builder tcpOnly(
      String clusterId, String mountpoint, String tokenFile, List<MgmtdAddress> mgmtdAddresses) {
    return rdma(clusterId, mountpoint, tokenFile, toTcp(mgmtdAddresses)).forceUseTcp(true);
  }

  /** Turns an existing config into its TCP-only form (see {@link #tcpOnly(String, String, String, List)}). */
  public static LauncherConfig tcpOnly(LauncherConfig config) {
    LauncherConfig.Builder builder =
        config.toBuilder()
            .forceUseTcp(true)
            .mgmtdServerAddresses(toTcp(config.mgmtdClient().mgmtdServerAddresses()));
    if (config.mgmtdClient().networkType() != null) {
      builder.networkType(AddressType.TCP);
    }
    return builder.build();
  }

  /**
   * RDMA restricted to the named devices, for hosts with both IB and RoCE devices: an empty
   * {@code ib_devices.device_filter} makes 3FS use every RDMA device, which can mix IB and RoCE
   * ports and make the mount fail.
   *
   * @param devices IB device names ({@code mlx5_0}) or netdev names ({@code ib0}); at least one
   * @throws InvalidConfigException naming {@code ib_devices.device_filter} when empty
   */
  public static LauncherConfig.Builder rdmaWithDevices(
      String clusterId,
      String mountpoint,
      String tokenFile,
      List<MgmtdAddress> mgmtdAddresses,
      List<String> devices) {
    if (devices.isEmpty()) {
      throw new InvalidConfigException(
          LauncherKeys.DEVICE_FILTER.path(),
          "the device preset needs at least one device: an empty filter uses every RDMA device");
    }
    return rdma(clusterId, mountpoint, tokenFile, mgmtdAddresses).deviceFilter(devices);
  }

  private static List<MgmtdAddress> toTcp(List<MgmtdAddress> addresses) {
    List<MgmtdAddress> out = new ArrayList<>(addresses.size());
    for (MgmtdAddress a : addresses) {
      out.add(a.withType(AddressType.TCP));
    }
    return out;
  }
}
