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

  /**
   * {@code key: message}. A key read from a user's file can be anything TOML allows in quotes, so
   * a key that is not made of letters, digits, '_', '-' and '.' (or is very long) is shown quoted
   * and escaped, on one line.
   */
  @Override
  public String toString() {
    if (key.isEmpty()) {
      return message;
    }
    boolean plain = key.length() <= 200 && key.chars().allMatch(ConfigProblem::isPlainKeyChar);
    return (plain ? key : Problems.show(key)) + ": " + message;
  }

  private static boolean isPlainKeyChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '_' || c == '-' || c == '.';
  }
}
