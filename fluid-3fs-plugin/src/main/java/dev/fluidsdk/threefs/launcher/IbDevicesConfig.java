package dev.fluidsdk.threefs.launcher;

import java.util.List;

/**
 * {@code [ib_devices]}: 3FS's {@code IBDevice::Config}, which RDMA devices and ports the client uses.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class IbDevicesConfig extends Section {
  static final String SECTION = "ib_devices";

  IbDevicesConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code allow_no_usable_devices}: default false. */
  public boolean allowNoUsableDevices() {
    return get(LauncherKeys.ALLOW_NO_USABLE_DEVICES);
  }

  /** {@code allow_unknown_zone}: default true. */
  public boolean allowUnknownZone() {
    return get(LauncherKeys.ALLOW_UNKNOWN_ZONE);
  }

  /** {@code default_network_zone}: default UNKNOWN, non-empty. */
  public String defaultNetworkZone() {
    return get(LauncherKeys.DEFAULT_NETWORK_ZONE);
  }

  /** {@code default_pkey_index}: default 0, 0-65535. */
  public long defaultPkeyIndex() {
    return get(LauncherKeys.DEFAULT_PKEY_INDEX);
  }

  /** {@code default_roce_pkey_index}: default 0, 0-65535. */
  public long defaultRocePkeyIndex() {
    return get(LauncherKeys.DEFAULT_ROCE_PKEY_INDEX);
  }

  /** {@code default_traffic_class}: default 0, 0-255. */
  public long defaultTrafficClass() {
    return get(LauncherKeys.DEFAULT_TRAFFIC_CLASS);
  }

  /** {@code device_filter}: default empty, which means EVERY RDMA device (IB and RoCE mixed); exact IB device or netdev names. */
  public List<String> deviceFilter() {
    return get(LauncherKeys.DEVICE_FILTER);
  }

  /** {@code fork_safe}: default true. */
  public boolean forkSafe() {
    return get(LauncherKeys.FORK_SAFE);
  }

  /** {@code prefer_ibdevice}: default true. */
  public boolean preferIbDevice() {
    return get(LauncherKeys.PREFER_IBDEVICE);
  }

  /** {@code skip_inactive_ports}: default true. */
  public boolean skipInactivePorts() {
    return get(LauncherKeys.SKIP_INACTIVE_PORTS);
  }

  /** {@code skip_unusable_device}: default true. */
  public boolean skipUnusableDevice() {
    return get(LauncherKeys.SKIP_UNUSABLE_DEVICE);
  }

  /** {@code subnets}: default empty. */
  public List<Subnet> subnets() {
    return get(LauncherKeys.SUBNETS);
  }

  /** Builder of {@link IbDevicesConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code allow_no_usable_devices}. */
    public Builder allowNoUsableDevices(boolean value) {
      return set(LauncherKeys.ALLOW_NO_USABLE_DEVICES, value);
    }

    /** {@code allow_unknown_zone}. */
    public Builder allowUnknownZone(boolean value) {
      return set(LauncherKeys.ALLOW_UNKNOWN_ZONE, value);
    }

    /** {@code default_network_zone}. */
    public Builder defaultNetworkZone(String value) {
      return set(LauncherKeys.DEFAULT_NETWORK_ZONE, value);
    }

    /** {@code default_pkey_index}. */
    public Builder defaultPkeyIndex(long value) {
      return set(LauncherKeys.DEFAULT_PKEY_INDEX, value);
    }

    /** {@code default_roce_pkey_index}. */
    public Builder defaultRocePkeyIndex(long value) {
      return set(LauncherKeys.DEFAULT_ROCE_PKEY_INDEX, value);
    }

    /** {@code default_traffic_class}. */
    public Builder defaultTrafficClass(long value) {
      return set(LauncherKeys.DEFAULT_TRAFFIC_CLASS, value);
    }

    /** {@code device_filter}; the list is copied. */
    public Builder deviceFilter(List<String> value) {
      return set(LauncherKeys.DEVICE_FILTER, List.copyOf(value));
    }

    /** {@code fork_safe}. */
    public Builder forkSafe(boolean value) {
      return set(LauncherKeys.FORK_SAFE, value);
    }

    /** {@code prefer_ibdevice}. */
    public Builder preferIbDevice(boolean value) {
      return set(LauncherKeys.PREFER_IBDEVICE, value);
    }

    /** {@code skip_inactive_ports}. */
    public Builder skipInactivePorts(boolean value) {
      return set(LauncherKeys.SKIP_INACTIVE_PORTS, value);
    }

    /** {@code skip_unusable_device}. */
    public Builder skipUnusableDevice(boolean value) {
      return set(LauncherKeys.SKIP_UNUSABLE_DEVICE, value);
    }

    /** {@code subnets}; the list is copied. */
    public Builder subnets(List<Subnet> value) {
      return set(LauncherKeys.SUBNETS, List.copyOf(value));
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public IbDevicesConfig build() {
      return new IbDevicesConfig(validated());
    }
  }
}
