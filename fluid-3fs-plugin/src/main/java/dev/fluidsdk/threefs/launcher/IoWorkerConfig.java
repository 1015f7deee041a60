package dev.fluidsdk.threefs.launcher;

import java.util.function.Consumer;

/**
 * {@code [client.io_worker]}: 3FS's {@code IOWorker::Config}.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class IoWorkerConfig extends Section {
  static final String SECTION = "client.io_worker";

  IoWorkerConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code num_event_loop}: default 1. */
  public long numEventLoop() {
    return get(LauncherKeys.NUM_EVENT_LOOP);
  }

  /** {@code rdma_connect_timeout}: default 5s. */
  public ThreeFsDuration rdmaConnectTimeout() {
    return get(LauncherKeys.RDMA_CONNECT_TIMEOUT);
  }

  /** {@code read_write_rdma_in_event_thread}: default false. */
  public boolean readWriteRdmaInEventThread() {
    return get(LauncherKeys.READ_WRITE_RDMA_IN_EVENT_THREAD);
  }

  /** {@code read_write_tcp_in_event_thread}: default false. */
  public boolean readWriteTcpInEventThread() {
    return get(LauncherKeys.READ_WRITE_TCP_IN_EVENT_THREAD);
  }

  /** {@code tcp_connect_timeout}: default 1s. */
  public ThreeFsDuration tcpConnectTimeout() {
    return get(LauncherKeys.TCP_CONNECT_TIMEOUT);
  }

  /** {@code wait_to_retry_send}: default 100ms. */
  public ThreeFsDuration waitToRetrySend() {
    return get(LauncherKeys.WAIT_TO_RETRY_SEND);
  }

  public ConcurrencyLimiterConfig connectConcurrencyLimiter() {
    return new ConcurrencyLimiterConfig(values());
  }

  public IbSocketConfig ibSocket() {
    return new IbSocketConfig(values());
  }

  public TransportPoolConfig transportPool() {
    return new TransportPoolConfig(values());
  }

  /** Builder of {@link IoWorkerConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code num_event_loop}. */
    public Builder numEventLoop(long value) {
      return set(LauncherKeys.NUM_EVENT_LOOP, value);
    }

    /** {@code rdma_connect_timeout}. */
    public Builder rdmaConnectTimeout(ThreeFsDuration value) {
      return set(LauncherKeys.RDMA_CONNECT_TIMEOUT, value);
    }

    /** {@code read_write_rdma_in_event_thread}. */
    public Builder readWriteRdmaInEventThread(boolean value) {
      return set(LauncherKeys.READ_WRITE_RDMA_IN_EVENT_THREAD, value);
    }

    /** {@code read_write_tcp_in_event_thread}. */
    public Builder readWriteTcpInEventThread(boolean value) {
      return set(LauncherKeys.READ_WRITE_TCP_IN_EVENT_THREAD, value);
    }

    /** {@code tcp_connect_timeout}. */
    public Builder tcpConnectTimeout(ThreeFsDuration value) {
      return set(LauncherKeys.TCP_CONNECT_TIMEOUT, value);
    }

    /** {@code wait_to_retry_send}. */
    public Builder waitToRetrySend(ThreeFsDuration value) {
      return set(LauncherKeys.WAIT_TO_RETRY_SEND, value);
    }

    /** Edits the {@link ConcurrencyLimiterConfig} section in place. */
    public Builder connectConcurrencyLimiter(Consumer<ConcurrencyLimiterConfig.Builder> edit) {
      edit.accept(new ConcurrencyLimiterConfig.Builder(values));
      return this;
    }

    /** Replaces the whole section with {@code value}. */
    public Builder connectConcurrencyLimiter(ConcurrencyLimiterConfig value) {
      values.copySection(value.values(), ConcurrencyLimiterConfig.SECTION);
      return this;
    }

    /** Edits the {@link IbSocketConfig} section in place. */
    public Builder ibSocket(Consumer<IbSocketConfig.Builder> edit) {
      edit.accept(new IbSocketConfig.Builder(values));
      return this;
    }

    /** Replaces the whole section with {@code value}. */
    public Builder ibSocket(IbSocketConfig value) {
      values.copySection(value.values(), IbSocketConfig.SECTION);
      return this;
    }

    /** Edits the {@link TransportPoolConfig} section in place. */
    public Builder transportPool(Consumer<TransportPoolConfig.Builder> edit) {
      edit.accept(new TransportPoolConfig.Builder(values));
      return this;
    }

    /** Replaces the whole section with {@code value}. */
    public Builder transportPool(TransportPoolConfig value) {
      values.copySection(value.values(), TransportPoolConfig.SECTION);
      return this;
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public IoWorkerConfig build() {
      return new IoWorkerConfig(validated());
    }
  }
}
