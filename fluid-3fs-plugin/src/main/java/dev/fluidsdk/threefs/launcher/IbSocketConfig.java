package dev.fluidsdk.threefs.launcher;

/**
 * {@code [client.io_worker.ibsocket]}: 3FS's {@code IBSocket::Config}, the verbs queue-pair settings.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class IbSocketConfig extends Section {
  static final String SECTION = "client.io_worker.ibsocket";

  IbSocketConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code buf_ack_batch}: default 8, &gt; 0. */
  public long bufAckBatch() {
    return get(LauncherKeys.BUF_ACK_BATCH);
  }

  /** {@code buf_signal_batch}: default 8, &gt; 0. */
  public long bufSignalBatch() {
    return get(LauncherKeys.BUF_SIGNAL_BATCH);
  }

  /** {@code buf_size}: default 16384, &gt; 0. */
  public long bufSize() {
    return get(LauncherKeys.BUF_SIZE);
  }

  /** {@code drain_timeout}: default 5s. */
  public ThreeFsDuration drainTimeout() {
    return get(LauncherKeys.DRAIN_TIMEOUT);
  }

  /** {@code drop_connections}: default 0. */
  public long dropConnections() {
    return get(LauncherKeys.DROP_CONNECTIONS);
  }

  /** {@code event_ack_batch}: default 128, &gt; 0. */
  public long eventAckBatch() {
    return get(LauncherKeys.EVENT_ACK_BATCH);
  }

  /** {@code max_rd_atomic}: default 16, &gt; 0. */
  public long maxRdAtomic() {
    return get(LauncherKeys.MAX_RD_ATOMIC);
  }

  /** {@code max_rdma_wr}: default 128, &gt; 0. */
  public long maxRdmaWr() {
    return get(LauncherKeys.MAX_RDMA_WR);
  }

  /** {@code max_rdma_wr_per_post}: default 32, &gt; 0. */
  public long maxRdmaWrPerPost() {
    return get(LauncherKeys.MAX_RDMA_WR_PER_POST);
  }

  /** {@code max_sge}: default 16, &gt; 0; eRDMA and rxe need 1. */
  public long maxSge() {
    return get(LauncherKeys.MAX_SGE);
  }

  /** {@code min_rnr_timer}: default 1, 0-31. */
  public long minRnrTimer() {
    return get(LauncherKeys.MIN_RNR_TIMER);
  }

  /** {@code record_bytes_per_peer}: default false. */
  public boolean recordBytesPerPeer() {
    return get(LauncherKeys.RECORD_BYTES_PER_PEER);
  }

  /** {@code record_latency_per_peer}: default false. */
  public boolean recordLatencyPerPeer() {
    return get(LauncherKeys.RECORD_LATENCY_PER_PEER);
  }

  /** {@code retry_cnt}: default 7, 0-7. */
  public long retryCount() {
    return get(LauncherKeys.RETRY_CNT);
  }

  /** {@code rnr_retry}: default 0, 0-7. */
  public long rnrRetry() {
    return get(LauncherKeys.RNR_RETRY);
  }

  /** {@code send_buf_cnt}: default 32, &gt; 0. */
  public long sendBufCount() {
    return get(LauncherKeys.SEND_BUF_CNT);
  }

  /** {@code sl}: default 0, 0-15. */
  public long serviceLevel() {
    return get(LauncherKeys.SL);
  }

  /** {@code start_psn}: default 0. */
  public long startPsn() {
    return get(LauncherKeys.START_PSN);
  }

  /** {@code timeout}: default 14, 0-31. */
  public long timeout() {
    return get(LauncherKeys.TIMEOUT);
  }

  /** {@code pkey_index}: optional, 0-65535; null when unset. */
  public Long pkeyIndex() {
    return get(LauncherKeys.PKEY_INDEX);
  }

  /** {@code roce_pkey_index}: optional, 0-65535; null when unset. */
  public Long rocePkeyIndex() {
    return get(LauncherKeys.ROCE_PKEY_INDEX);
  }

  /** {@code traffic_class}: optional, 0-255; null falls back to {@code ib_devices.default_traffic_class}. */
  public Long trafficClass() {
    return get(LauncherKeys.TRAFFIC_CLASS);
  }

  /** Builder of {@link IbSocketConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code buf_ack_batch}. */
    public Builder bufAckBatch(long value) {
      return set(LauncherKeys.BUF_ACK_BATCH, value);
    }

    /** {@code buf_signal_batch}. */
    public Builder bufSignalBatch(long value) {
      return set(LauncherKeys.BUF_SIGNAL_BATCH, value);
    }

    /** {@code buf_size}. */
    public Builder bufSize(long value) {
      return set(LauncherKeys.BUF_SIZE, value);
    }

    /** {@code drain_timeout}. */
    public Builder drainTimeout(ThreeFsDuration value) {
      return set(LauncherKeys.DRAIN_TIMEOUT, value);
    }

    /** {@code drop_connections}. */
    public Builder dropConnections(long value) {
      return set(LauncherKeys.DROP_CONNECTIONS, value);
    }

    /** {@code event_ack_batch}. */
    public Builder eventAckBatch(long value) {
      return set(LauncherKeys.EVENT_ACK_BATCH, value);
    }

    /** {@code max_rd_atomic}. */
    public Builder maxRdAtomic(long value) {
      return set(LauncherKeys.MAX_RD_ATOMIC, value);
    }

    /** {@code max_rdma_wr}. */
    public Builder maxRdmaWr(long value) {
      return set(LauncherKeys.MAX_RDMA_WR, value);
    }

    /** {@code max_rdma_wr_per_post}. */
    public Builder maxRdmaWrPerPost(long value) {
      return set(LauncherKeys.MAX_RDMA_WR_PER_POST, value);
    }

    /** {@code max_sge}. */
    public Builder maxSge(long value) {
      return set(LauncherKeys.MAX_SGE, value);
    }

    /** {@code min_rnr_timer}. */
    public Builder minRnrTimer(long value) {
      return set(LauncherKeys.MIN_RNR_TIMER, value);
    }

    /** {@code record_bytes_per_peer}. */
    public Builder recordBytesPerPeer(boolean value) {
      return set(LauncherKeys.RECORD_BYTES_PER_PEER, value);
    }

    /** {@code record_latency_per_peer}. */
    public Builder recordLatencyPerPeer(boolean value) {
      return set(LauncherKeys.RECORD_LATENCY_PER_PEER, value);
    }

    /** {@code retry_cnt}. */
    public Builder retryCount(long value) {
      return set(LauncherKeys.RETRY_CNT, value);
    }

    /** {@code rnr_retry}. */
    public Builder rnrRetry(long value) {
      return set(LauncherKeys.RNR_RETRY, value);
    }

    /** {@code send_buf_cnt}. */
    public Builder sendBufCount(long value) {
      return set(LauncherKeys.SEND_BUF_CNT, value);
    }

    /** {@code sl}. */
    public Builder serviceLevel(long value) {
      return set(LauncherKeys.SL, value);
    }

    /** {@code start_psn}. */
    public Builder startPsn(long value) {
      return set(LauncherKeys.START_PSN, value);
    }

    /** {@code timeout}. */
    public Builder timeout(long value) {
      return set(LauncherKeys.TIMEOUT, value);
    }

    /** {@code pkey_index}; {@code null} unsets it. */
    public Builder pkeyIndex(Long value) {
      return set(LauncherKeys.PKEY_INDEX, value);
    }

    /** {@code roce_pkey_index}; {@code null} unsets it. */
    public Builder rocePkeyIndex(Long value) {
      return set(LauncherKeys.ROCE_PKEY_INDEX, value);
    }

    /** {@code traffic_class}; {@code null} unsets it. */
    public Builder trafficClass(Long value) {
      return set(LauncherKeys.TRAFFIC_CLASS, value);
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public IbSocketConfig build() {
      return new IbSocketConfig(validated());
    }
  }
}
