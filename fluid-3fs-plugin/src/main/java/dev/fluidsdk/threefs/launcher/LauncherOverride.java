package dev.fluidsdk.threefs.launcher;

import java.util.Objects;

/**
 * One {@code key=value} override of a launcher key, as typed on a command line. The key is known
 * to 3FS (checked by {@link LauncherOverrides#parse}); the value is checked when applied.
 *
 * @param key dotted TOML path, e.g. {@code client.io_worker.ibsocket.max_sge}
 * @param value the text after the first {@code =}, e.g. {@code 1}
 */
public record LauncherOverride(String key, String value) {

  public LauncherOverride {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return key + "=" + value;
  }
}
