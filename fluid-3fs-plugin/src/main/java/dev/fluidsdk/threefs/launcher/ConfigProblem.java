package dev.fluidsdk.threefs.launcher;

import java.util.Objects;

/**
 * One problem found in a launcher config.
 *
 * @param key the dotted TOML key, e.g. {@code client.io_worker.ibsocket.timeout}; empty when the
 *     problem is not tied to a key (a TOML syntax error, a value parsed on its own)
 * @param message what is wrong, with the rejected value and what is allowed
 */
public record ConfigProblem(String key, String message) {

  public ConfigProblem {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return key.isEmpty() ? message : key + ": " + message;
  }
}
