package dev.fluidsdk.threefs.launcher;

/**
 * {@code [client.rdma_control]}.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class RdmaControlConfig extends Section {
  static final String SECTION = "client.rdma_control";

  RdmaControlConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code max_concurrent_transmission}: default 64. */
  public long maxConcurrentTransmission() {
    return get(LauncherKeys.MAX_CONCURRENT_TRANSMISSION);
  }

  /** Builder of {@link RdmaControlConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code max_concurrent_transmission}. */
    public Builder maxConcurrentTransmission(long value) {
      return set(LauncherKeys.MAX_CONCURRENT_TRANSMISSION, value);
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public RdmaControlConfig build() {
      return new RdmaControlConfig(validated());
    }
  }
}
