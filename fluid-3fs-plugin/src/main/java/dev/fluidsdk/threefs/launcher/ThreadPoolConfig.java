package dev.fluidsdk.threefs.launcher;

/**
 * {@code [client.thread_pool]}: 3FS's {@code ThreadPoolGroup::Config}. The TOML keys keep 3FS's spelling {@code *_stratetry}; the Java names are spelt correctly.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class ThreadPoolConfig extends Section {
  static final String SECTION = "client.thread_pool";

  ThreadPoolConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code bg_thread_pool_stratetry}: default SHARED_QUEUE. */
  public ExecutorStrategy bgThreadPoolStrategy() {
    return get(LauncherKeys.BG_THREAD_POOL_STRATEGY);
  }

  /** {@code collect_stats}: default false. */
  public boolean collectStats() {
    return get(LauncherKeys.COLLECT_STATS);
  }

  /** {@code enable_work_stealing}: default false; deprecated in 3FS. */
  public boolean enableWorkStealing() {
    return get(LauncherKeys.ENABLE_WORK_STEALING);
  }

  /** {@code io_thread_pool_stratetry}: default SHARED_QUEUE. */
  public ExecutorStrategy ioThreadPoolStrategy() {
    return get(LauncherKeys.IO_THREAD_POOL_STRATEGY);
  }

  /** {@code num_bg_threads}: default 2. */
  public long numBgThreads() {
    return get(LauncherKeys.NUM_BG_THREADS);
  }

  /** {@code num_connect_threads}: default 2. */
  public long numConnectThreads() {
    return get(LauncherKeys.NUM_CONNECT_THREADS);
  }

  /** {@code num_io_threads}: default 2. */
  public long numIoThreads() {
    return get(LauncherKeys.NUM_IO_THREADS);
  }

  /** {@code num_proc_threads}: default 2. */
  public long numProcThreads() {
    return get(LauncherKeys.NUM_PROC_THREADS);
  }

  /** {@code proc_thread_pool_stratetry}: default SHARED_QUEUE. */
  public ExecutorStrategy procThreadPoolStrategy() {
    return get(LauncherKeys.PROC_THREAD_POOL_STRATEGY);
  }

  /** Builder of {@link ThreadPoolConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code bg_thread_pool_stratetry}. */
    public Builder bgThreadPoolStrategy(ExecutorStrategy value) {
      return set(LauncherKeys.BG_THREAD_POOL_STRATEGY, value);
    }

    /** {@code collect_stats}. */
    public Builder collectStats(boolean value) {
      return set(LauncherKeys.COLLECT_STATS, value);
    }

    /** {@code enable_work_stealing}. */
    public Builder enableWorkStealing(boolean value) {
      return set(LauncherKeys.ENABLE_WORK_STEALING, value);
    }

    /** {@code io_thread_pool_stratetry}. */
    public Builder ioThreadPoolStrategy(ExecutorStrategy value) {
      return set(LauncherKeys.IO_THREAD_POOL_STRATEGY, value);
    }

    /** {@code num_bg_threads}. */
    public Builder numBgThreads(long value) {
      return set(LauncherKeys.NUM_BG_THREADS, value);
    }

    /** {@code num_connect_threads}. */
    public Builder numConnectThreads(long value) {
      return set(LauncherKeys.NUM_CONNECT_THREADS, value);
    }

    /** {@code num_io_threads}. */
    public Builder numIoThreads(long value) {
      return set(LauncherKeys.NUM_IO_THREADS, value);
    }

    /** {@code num_proc_threads}. */
    public Builder numProcThreads(long value) {
      return set(LauncherKeys.NUM_PROC_THREADS, value);
    }

    /** {@code proc_thread_pool_stratetry}. */
    public Builder procThreadPoolStrategy(ExecutorStrategy value) {
      return set(LauncherKeys.PROC_THREAD_POOL_STRATEGY, value);
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public ThreadPoolConfig build() {
      return new ThreadPoolConfig(validated());
    }
  }
}
