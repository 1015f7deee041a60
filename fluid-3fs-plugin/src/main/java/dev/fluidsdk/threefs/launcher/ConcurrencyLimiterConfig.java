package dev.fluidsdk.threefs.launcher;

/**
 * {@code [client.io_worker.connect_concurrency_limiter]}: how many connections are set up at once.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class ConcurrencyLimiterConfig extends Section {
  static final String SECTION = "client.io_worker.connect_concurrency_limiter";

  ConcurrencyLimiterConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code max_concurrency}: default 4, &gt; 0. */
  public long maxConcurrency() {
    return get(LauncherKeys.MAX_CONCURRENCY);
  }

  /** Builder of {@link ConcurrencyLimiterConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code max_concurrency}. */
    public Builder maxConcurrency(long value) {
      return set(LauncherKeys.MAX_CONCURRENCY, value);
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public ConcurrencyLimiterConfig build() {
      return new ConcurrencyLimiterConfig(validated());
    }
  }
}
