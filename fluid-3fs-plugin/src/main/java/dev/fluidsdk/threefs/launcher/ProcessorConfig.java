package dev.fluidsdk.threefs.launcher;

/**
 * {@code [client.processor]}: 3FS's {@code Processor::Config}.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class ProcessorConfig extends Section {
  static final String SECTION = "client.processor";

  ProcessorConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code enable_coroutines_pool}: default true. */
  public boolean enableCoroutinesPool() {
    return get(LauncherKeys.ENABLE_COROUTINES_POOL);
  }

  /** {@code max_coroutines_num}: default 256. */
  public long maxCoroutinesNum() {
    return get(LauncherKeys.MAX_COROUTINES_NUM);
  }

  /** {@code max_processing_requests_num}: default 4096. */
  public long maxProcessingRequestsNum() {
    return get(LauncherKeys.MAX_PROCESSING_REQUESTS_NUM);
  }

  /** {@code response_compression_level}: default 1. */
  public long responseCompressionLevel() {
    return get(LauncherKeys.RESPONSE_COMPRESSION_LEVEL);
  }

  /** {@code response_compression_threshold}: default 128KB. */
  public ThreeFsSize responseCompressionThreshold() {
    return get(LauncherKeys.RESPONSE_COMPRESSION_THRESHOLD);
  }

  /** Builder of {@link ProcessorConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code enable_coroutines_pool}. */
    public Builder enableCoroutinesPool(boolean value) {
      return set(LauncherKeys.ENABLE_COROUTINES_POOL, value);
    }

    /** {@code max_coroutines_num}. */
    public Builder maxCoroutinesNum(long value) {
      return set(LauncherKeys.MAX_COROUTINES_NUM, value);
    }

    /** {@code max_processing_requests_num}. */
    public Builder maxProcessingRequestsNum(long value) {
      return set(LauncherKeys.MAX_PROCESSING_REQUESTS_NUM, value);
    }

    /** {@code response_compression_level}. */
    public Builder responseCompressionLevel(long value) {
      return set(LauncherKeys.RESPONSE_COMPRESSION_LEVEL, value);
    }

    /** {@code response_compression_threshold}. */
    public Builder responseCompressionThreshold(ThreeFsSize value) {
      return set(LauncherKeys.RESPONSE_COMPRESSION_THRESHOLD, value);
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public ProcessorConfig build() {
      return new ProcessorConfig(validated());
    }
  }
}
