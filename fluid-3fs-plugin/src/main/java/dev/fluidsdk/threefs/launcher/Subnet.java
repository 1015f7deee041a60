package dev.fluidsdk.threefs.launcher;

import java.util.List;
import java.util.Objects;

/**
 * One {@code ib_devices.subnets} entry: RDMA ports whose IP is in {@code subnet} get the given
 * network zones. Checked when the config is built: {@code subnet} is an IPv4 CIDR such as {@code
 * 10.0.0.0/8} (3FS has no IPv6 here) and {@code networkZones} holds at least one non-empty zone.
 *
 * @param subnet IPv4 CIDR, TOML key {@code subnet}
 * @param networkZones zone names, TOML key {@code network_zones}
 */
public record Subnet(String subnet, List<String> networkZones) {

  public Subnet {
    Objects.requireNonNull(subnet, "subnet");
    networkZones = List.copyOf(networkZones);
  }

  public static Subnet of(String subnet, String... networkZones) {
    return new Subnet(subnet, List.of(networkZones));
  }
}
