package dev.fluidsdk.threefs.launcher;

/**
 * {@code [client.io_worker.transport_pool]}.
 *
 * <p>Immutable; build with {@link #builder()} or change with {@link #toBuilder()}. Values are
 * checked by {@link Builder#build()}.
 */
public final class TransportPoolConfig extends Section {
  static final String SECTION = "client.io_worker.transport_pool";

  TransportPoolConfig(ConfigValues values) {
    super(values, SECTION);
  }

  /** A builder holding 3FS's defaults. */
  public static Builder builder() {
    return new Builder(new ConfigValues.Builder());
  }

  public Builder toBuilder() {
    return new Builder(values().toBuilder());
  }

  /** {@code max_connections}: default 1. */
  public long maxConnections() {
    return get(LauncherKeys.MAX_CONNECTIONS);
  }

  /** Builder of {@link TransportPoolConfig}; section builders it hands out write into it. */
  public static final class Builder extends Section.Builder<Builder> {
    Builder(ConfigValues.Builder values) {
      super(values, SECTION);
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@code max_connections}. */
    public Builder maxConnections(long value) {
      return set(LauncherKeys.MAX_CONNECTIONS, value);
    }

    /**
     * Checks the keys of this section.
     *
     * @throws InvalidConfigException listing every out-of-range or malformed value
     */
    public TransportPoolConfig build() {
      return new TransportPoolConfig(validated());
    }
  }
}
