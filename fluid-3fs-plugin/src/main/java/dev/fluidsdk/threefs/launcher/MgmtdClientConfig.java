package dev.fluidsdk.threefs.launcher;

import dev.fluidsdk.threefs.mount.AddressType;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.List;

/**
 * {@code [mgmtd_client]}: 3FS's {@code MgmtdClientForClient::Config}, the bootstrap mgmtd client of the launcher.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class MgmtdClientConfig extends Section {
  static final String SECTION = "mgmtd_client";

  MgmtdClientConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code accept_incomplete_routing_info_during_mgmtd_bootstrapping}: default true. */
  public boolean acceptIncompleteRoutingInfo() {
    return get(LauncherKeys.ACCEPT_INCOMPLETE_ROUTING_INFO);
  }

  /** {@code auto_extend_client_session_interval}: default 10s. */
  public ThreeFsDuration autoExtendClientSessionInterval() {
    return get(LauncherKeys.AUTO_EXTEND_CLIENT_SESSION_INTERVAL);
  }

  /** {@code auto_heartbeat_interval}: default 10s. */
  public ThreeFsDuration autoHeartbeatInterval() {
    return get(LauncherKeys.AUTO_HEARTBEAT_INTERVAL);
  }

  /** {@code auto_refresh_interval}: default 10s. */
  public ThreeFsDuration autoRefreshInterval() {
    return get(LauncherKeys.AUTO_REFRESH_INTERVAL);
  }

  /** {@code enable_auto_extend_client_session}: default true. */
  public boolean enableAutoExtendClientSession() {
    return get(LauncherKeys.ENABLE_AUTO_EXTEND_CLIENT_SESSION);
  }

  /** {@code enable_auto_heartbeat}: default false. */
  public boolean enableAutoHeartbeat() {
    return get(LauncherKeys.ENABLE_AUTO_HEARTBEAT);
  }

  /** {@code enable_auto_refresh}: default true. */
  public boolean enableAutoRefresh() {
    return get(LauncherKeys.ENABLE_AUTO_REFRESH);
  }

  /** {@code mgmtd_server_addresses}: default empty; always rendered with their scheme. */
  public List<MgmtdAddress> mgmtdServerAddresses() {
    return get(LauncherKeys.MGMTD_SERVER_ADDRESSES);
  }

  /** {@code work_queue_size}: default 100, &gt; 0. */
  public long workQueueSize() {
    return get(LauncherKeys.WORK_QUEUE_SIZE);
  }

  /** {@code network_type}: optional; when set every mgmtd address must have this type; null when unset. */
  public AddressType networkType() {
    return get(LauncherKeys.NETWORK_TYPE);
  }

  /** Builder of {@link MgmtdClientConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code accept_incomplete_routing_info_during_mgmtd_bootstrapping}. */
    public Builder acceptIncompleteRoutingInfo(boolean value) {
      return set(LauncherKeys.ACCEPT_INCOMPLETE_ROUTING_INFO, value);
    }

    /** {@code auto_extend_client_session_interval}. */
    public Builder autoExtendClientSessionInterval(ThreeFsDuration value) {
      return set(LauncherKeys.AUTO_EXTEND_CLIENT_SESSION_INTERVAL, value);
    }

    /** {@code auto_heartbeat_interval}. */
    public Builder autoHeartbeatInterval(ThreeFsDuration value) {
      return set(LauncherKeys.AUTO_HEARTBEAT_INTERVAL, value);
    }

    /** {@code auto_refresh_interval}. */
    public Builder autoRefreshInterval(ThreeFsDuration value) {
      return set(LauncherKeys.AUTO_REFRESH_INTERVAL, value);
    }

    /** {@code enable_auto_extend_client_session}. */
    public Builder enableAutoExtendClientSession(boolean value) {
      return set(LauncherKeys.ENABLE_AUTO_EXTEND_CLIENT_SESSION, value);
    }

    /** {@code enable_auto_heartbeat}. */
    public Builder enableAutoHeartbeat(boolean value) {
      return set(LauncherKeys.ENABLE_AUTO_HEARTBEAT, value);
    }

    /** {@code enable_auto_refresh}. */
    public Builder enableAutoRefresh(boolean value) {
      return set(LauncherKeys.ENABLE_AUTO_REFRESH, value);
    }

    /** {@code mgmtd_server_addresses}; the list is copied. */
    public Builder mgmtdServerAddresses(List<MgmtdAddress> value) {
      return set(LauncherKeys.MGMTD_SERVER_ADDRESSES, List.copyOf(value));
    }

    /** {@code work_queue_size}. */
    public Builder workQueueSize(long value) {
      return set(LauncherKeys.WORK_QUEUE_SIZE, value);
    }

    /** {@code network_type}; {@code null} unsets it. */
    public Builder networkType(AddressType value) {
      return set(LauncherKeys.NETWORK_TYPE, value);
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public MgmtdClientConfig build() {
      return new MgmtdClientConfig(validated());
    }
  }
}
