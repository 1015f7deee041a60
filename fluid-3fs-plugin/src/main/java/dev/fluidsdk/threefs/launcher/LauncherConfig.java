package dev.fluidsdk.threefs.launcher;

import dev.fluidsdk.threefs.mount.AddressType;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.List;
import java.util.function.Consumer;

/**
 * The whole {@code hf3fs_fuse_main_launcher.toml}: 3FS's {@code FuseLauncherConfig}. Immutable;
 * every key holds 3FS's default until set. Build with {@link #builder()}, read a file with {@link
 * LauncherToml#parse}, write one with {@link LauncherToml#render}.
 *
 * <p>An empty {@code cluster_id}, {@code mountpoint} or {@code token_file} is 3FS's "unset"
 * default and is accepted here (the shipped file has them); {@link #checkLaunchable()} says
 * whether the FUSE client can start with this config.
 */
public final class LauncherConfig extends Section {

  LauncherConfig(ConfigValues values) {
    super(values, "");
  }

  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  /** 3FS's defaults: what its shipped file holds. */
  public static LauncherConfig defaults() {
    return builder().build();
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code allow_other}: default true; adds the allow_other and default_permissions options. */
  public boolean allowOther() {
    return get(LauncherKeys.ALLOW_OTHER);
  }

  /** {@code cluster_id}: empty by default; 1-31 characters of [A-Za-z0-9_-] when set. */
  public String clusterId() {
    return get(LauncherKeys.CLUSTER_ID_KEY);
  }

  /** {@code mountpoint}: empty by default; an absolute path when set. */
  public String mountpoint() {
    return get(LauncherKeys.MOUNTPOINT);
  }

  /** {@code token_file}: empty by default; an absolute path when set. */
  public String tokenFile() {
    return get(LauncherKeys.TOKEN_FILE);
  }

  public ClientConfig client() {
    return new ClientConfig(values());
  }

  public IbDevicesConfig ibDevices() {
    return new IbDevicesConfig(values());
  }

  public MgmtdClientConfig mgmtdClient() {
    return new MgmtdClientConfig(values());
  }

  /**
   * Checks what 3FS needs at start-up beyond well-formed values: a cluster id, a mount point, a
   * token file and at least one mgmtd address ("Empty mgmtdServers" is FATAL in 3FS).
   *
   * @throws InvalidConfigException listing every missing value
   */
  public LauncherConfig checkLaunchable() {
    Problems problems = new Problems();
    for (LauncherKey<String> k :
        List.of(LauncherKeys.CLUSTER_ID_KEY, LauncherKeys.MOUNTPOINT, LauncherKeys.TOKEN_FILE)) {
      if (get(k).isEmpty()) {
        problems.add(k.path(), "must be set: 3FS cannot start the FUSE client without it");
      }
    }
    if (mgmtdClient().mgmtdServerAddresses().isEmpty()) {
      problems.add(
          LauncherKeys.MGMTD_SERVER_ADDRESSES.path(),
          "must hold at least one address: 3FS fails with \"Empty mgmtdServers\"");
    }
    problems.throwIfAny();
    return this;
  }

  /** Builder of {@link LauncherConfig}, with shortcuts for the keys platforms set most. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, "");
    }

    @Override
    Builder self() {
      return this;
    }

    public Builder allowOther(boolean value) {
      return set(LauncherKeys.ALLOW_OTHER, value);
    }

    public Builder clusterId(String value) {
      return set(LauncherKeys.CLUSTER_ID_KEY, value);
    }

    public Builder mountpoint(String value) {
      return set(LauncherKeys.MOUNTPOINT, value);
    }

    public Builder tokenFile(String value) {
      return set(LauncherKeys.TOKEN_FILE, value);
    }

    /** {@code mgmtd_client.mgmtd_server_addresses}; rendered with their scheme. */
    public Builder mgmtdServerAddresses(List<MgmtdAddress> value) {
      return set(LauncherKeys.MGMTD_SERVER_ADDRESSES, List.copyOf(value));
    }

    /** {@code mgmtd_client.network_type}; {@code null} unsets it. */
    public Builder networkType(AddressType value) {
      return set(LauncherKeys.NETWORK_TYPE, value);
    }

    /** {@code ib_devices.device_filter}; empty means every RDMA device. */
    public Builder deviceFilter(List<String> value) {
      return set(LauncherKeys.DEVICE_FILTER, List.copyOf(value));
    }

    /** {@code client.force_use_tcp}. */
    public Builder forceUseTcp(boolean value) {
      return set(LauncherKeys.FORCE_USE_TCP, value);
    }

    /** {@code client.thread_pool.num_io_threads}. */
    public Builder numIoThreads(long value) {
      return set(LauncherKeys.NUM_IO_THREADS, value);
    }

    /** {@code client.thread_pool.num_proc_threads}. */
    public Builder numProcThreads(long value) {
      return set(LauncherKeys.NUM_PROC_THREADS, value);
    }

    /** {@code client.thread_pool.num_bg_threads}. */
    public Builder numBgThreads(long value) {
      return set(LauncherKeys.NUM_BG_THREADS, value);
    }

    /** {@code client.thread_pool.num_connect_threads}. */
    public Builder numConnectThreads(long value) {
      return set(LauncherKeys.NUM_CONNECT_THREADS, value);
    }

    /** {@code client.io_worker.num_event_loop}. */
    public Builder numEventLoop(long value) {
      return set(LauncherKeys.NUM_EVENT_LOOP, value);
    }

    /** {@code client.default_timeout}. */
    public Builder defaultTimeout(ThreeFsDuration value) {
      return set(LauncherKeys.DEFAULT_TIMEOUT, value);
    }

    /** {@code client.io_worker.rdma_connect_timeout}. */
    public Builder rdmaConnectTimeout(ThreeFsDuration value) {
      return set(LauncherKeys.RDMA_CONNECT_TIMEOUT, value);
    }

    /** {@code client.io_worker.tcp_connect_timeout}. */
    public Builder tcpConnectTimeout(ThreeFsDuration value) {
      return set(LauncherKeys.TCP_CONNECT_TIMEOUT, value);
    }

    /** Edits {@code [client]} and its sub-tables in place. */
    public Builder client(Consumer<ClientConfig.Builder> edit) {
      edit.accept(new ClientConfig.Builder(values));
      return this;
    }

    public Builder client(ClientConfig value) {
      values.copySection(value.values(), ClientConfig.SECTION);
      return this;
    }

    /** Edits {@code [ib_devices]} in place. */
    public Builder ibDevices(Consumer<IbDevicesConfig.Builder> edit) {
      edit.accept(new IbDevicesConfig.Builder(values));
      return this;
    }

    public Builder ibDevices(IbDevicesConfig value) {
      values.copySection(value.values(), IbDevicesConfig.SECTION);
      return this;
    }

    /** Edits {@code [mgmtd_client]} in place. */
    public Builder mgmtdClient(Consumer<MgmtdClientConfig.Builder> edit) {
      edit.accept(new MgmtdClientConfig.Builder(values));
      return this;
    }

    public Builder mgmtdClient(MgmtdClientConfig value) {
      values.copySection(value.values(), MgmtdClientConfig.SECTION);
      return this;
    }

    /**
     * Sets one key from what a user types on a command line: {@code max_sge} {@code 1}, {@code
     * device_filter} {@code ["mlx5_0","mlx5_1"]} or {@code mlx5_0,mlx5_1}, a Duration {@code 5s}
     * (or 3FS's quoted {@code "5s"}), a boolean {@code true}. Strings are taken literally, as 3FS
     * does for string keys.
     *
     * @throws InvalidConfigException naming the key when it is unknown (3FS refuses unknown keys
     *     at start-up), or the value has the wrong type or is out of range
     */
    public Builder override(String dottedKey, String value) {
      values.override(LauncherOverrides.requireKnown(dottedKey), value);
      return this;
    }

    public Builder override(LauncherOverride override) {
      return override(override.key(), override.value());
    }

    /**
     * Checks every key and the rules between keys.
     *
     * @throws InvalidConfigException listing every problem found
     */
    public LauncherConfig build() {
      Problems problems = new Problems();
      values.check("", problems);
      ConfigValues built = values.build();
      AddressType networkType = built.get(LauncherKeys.NETWORK_TYPE);
      if (networkType != null) {
        List<MgmtdAddress> addresses = built.get(LauncherKeys.MGMTD_SERVER_ADDRESSES);
        for (int i = 0; i < addresses.size(); i++) {
          if (addresses.get(i).type() != networkType) {
            problems.add(
                LauncherKeys.MGMTD_SERVER_ADDRESSES.path(),
                "element " + i + " " + addresses.get(i) + " is not of mgmtd_client.network_type "
                    + networkType + " (3FS: \"Invalid MGMTD address type\")");
          }
        }
      }
      problems.throwIfAny();
      return new LauncherConfig(built);
    }
  }
}
