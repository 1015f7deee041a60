package dev.fluidsdk.threefs.launcher;

import java.util.function.Consumer;

/**
 * {@code [client]}: 3FS's {@code net::Client::Config}, used by the bootstrap mgmtd client.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class ClientConfig extends Section {
  static final String SECTION = "client";

  ClientConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code default_compression_level}: default 0. */
  public long defaultCompressionLevel() {
    return get(LauncherKeys.DEFAULT_COMPRESSION_LEVEL);
  }

  /** {@code default_compression_threshold}: default 128KB. */
  public ThreeFsSize defaultCompressionThreshold() {
    return get(LauncherKeys.DEFAULT_COMPRESSION_THRESHOLD);
  }

  /** {@code default_log_long_running_threshold}: default 0ns. */
  public ThreeFsDuration defaultLogLongRunningThreshold() {
    return get(LauncherKeys.DEFAULT_LOG_LONG_RUNNING_THRESHOLD);
  }

  /** {@code default_report_metrics}: default false. */
  public boolean defaultReportMetrics() {
    return get(LauncherKeys.DEFAULT_REPORT_METRICS);
  }

  /** {@code default_send_retry_times}: default 1, &gt; 0. */
  public long defaultSendRetryTimes() {
    return get(LauncherKeys.DEFAULT_SEND_RETRY_TIMES);
  }

  /** {@code default_timeout}: default 1s. */
  public ThreeFsDuration defaultTimeout() {
    return get(LauncherKeys.DEFAULT_TIMEOUT);
  }

  /** {@code enable_rdma_control}: default false. */
  public boolean enableRdmaControl() {
    return get(LauncherKeys.ENABLE_RDMA_CONTROL);
  }

  /** {@code force_use_tcp}: default false; true makes 3FS treat every server address as TCP. */
  public boolean forceUseTcp() {
    return get(LauncherKeys.FORCE_USE_TCP);
  }

  public IoWorkerConfig ioWorker() {
    return new IoWorkerConfig(values());
  }

  public ProcessorConfig processor() {
    return new ProcessorConfig(values());
  }

  public RdmaControlConfig rdmaControl() {
    return new RdmaControlConfig(values());
  }

  public ThreadPoolConfig threadPool() {
    return new ThreadPoolConfig(values());
  }

  /** Builder of {@link ClientConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code default_compression_level}. */
    public Builder defaultCompressionLevel(long value) {
      return set(LauncherKeys.DEFAULT_COMPRESSION_LEVEL, value);
    }

    /** {@code default_compression_threshold}. */
    public Builder defaultCompressionThreshold(ThreeFsSize value) {
      return set(LauncherKeys.DEFAULT_COMPRESSION_THRESHOLD, value);
    }

    /** {@code default_log_long_running_threshold}. */
    public Builder defaultLogLongRunningThreshold(ThreeFsDuration value) {
      return set(LauncherKeys.DEFAULT_LOG_LONG_RUNNING_THRESHOLD, value);
    }

    /** {@code default_report_metrics}. */
    public Builder defaultReportMetrics(boolean value) {
      return set(LauncherKeys.DEFAULT_REPORT_METRICS, value);
    }

    /** {@code default_send_retry_times}. */
    public Builder defaultSendRetryTimes(long value) {
      return set(LauncherKeys.DEFAULT_SEND_RETRY_TIMES, value);
    }

    /** {@code default_timeout}. */
    public Builder defaultTimeout(ThreeFsDuration value) {
      return set(LauncherKeys.DEFAULT_TIMEOUT, value);
    }

    /** {@code enable_rdma_control}. */
    public Builder enableRdmaControl(boolean value) {
      return set(LauncherKeys.ENABLE_RDMA_CONTROL, value);
    }

    /** {@code force_use_tcp}. */
    public Builder forceUseTcp(boolean value) {
      return set(LauncherKeys.FORCE_USE_TCP, value);
    }

    /** Edits the {@link IoWorkerConfig} section in place. */
    public Builder ioWorker(Consumer<IoWorkerConfig.Builder> edit) {
      edit.accept(new IoWorkerConfig.Builder(values));
      return this;
    }

    /** Replaces the whole section with {@code value}. */
    public Builder ioWorker(IoWorkerConfig value) {
      values.copySection(value.values(), IoWorkerConfig.SECTION);
      return this;
    }

    /** Edits the {@link ProcessorConfig} section in place. */
    public Builder processor(Consumer<ProcessorConfig.Builder> edit) {
      edit.accept(new ProcessorConfig.Builder(values));
      return this;
    }

    /** Replaces the whole section with {@code value}. */
    public Builder processor(ProcessorConfig value) {
      values.copySection(value.values(), ProcessorConfig.SECTION);
      return this;
    }

    /** Edits the {@link RdmaControlConfig} section in place. */
    public Builder rdmaControl(Consumer<RdmaControlConfig.Builder> edit) {
      edit.accept(new RdmaControlConfig.Builder(values));
      return this;
    }

    /** Replaces the whole section with {@code value}. */
    public Builder rdmaControl(RdmaControlConfig value) {
      values.copySection(value.values(), RdmaControlConfig.SECTION);
      return this;
    }

    /** Edits the {@link ThreadPoolConfig} section in place. */
    public Builder threadPool(Consumer<ThreadPoolConfig.Builder> edit) {
      edit.accept(new ThreadPoolConfig.Builder(values));
      return this;
    }

    /** Replaces the whole section with {@code value}. */
    public Builder threadPool(ThreadPoolConfig value) {
      values.copySection(value.values(), ThreadPoolConfig.SECTION);
      return this;
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public ClientConfig build() {
      return new ClientConfig(validated());
    }
  }
}
