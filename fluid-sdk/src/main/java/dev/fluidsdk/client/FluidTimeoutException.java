package dev.fluidsdk.client;

import dev.fluidsdk.FluidException;
import io.kubernetes.client.common.KubernetesObject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A wait ran out of time. Carries the objects still pending and the last state seen of each, so
 * that the message (and the caller) can tell why: phase and conditions as the server reported them.
 */
public class FluidTimeoutException extends FluidException {
  private static final long serialVersionUID = 1L;

  private final Duration timeout;
  private final List<String> pending;
  // Models are not Serializable; a deserialized exception keeps the message only.
  private final transient List<KubernetesObject> lastSeen;

  FluidTimeoutException(
      String message,
      Duration timeout,
      List<String> pending,
      List<? extends KubernetesObject> lastSeen,
      Throwable cause) {
    super(message, cause);
    this.timeout = timeout;
    this.pending = List.copyOf(pending);
    this.lastSeen = List.copyOf(lastSeen);
  }

  /** How long the wait lasted. */
  public Duration timeout() {
    return timeout;
  }

  /** {@code namespace/name} (or {@code name}) of every object that did not reach the condition. */
  public List<String> pending() {
    return pending;
  }

  /** The last state seen of each pending object that was seen at all. */
  public List<KubernetesObject> lastSeen() {
    return lastSeen == null ? List.of() : lastSeen;
  }

  /** The first last-seen object of the given type, e.g. {@code lastSeen(Dataset.class)}. */
  public <T extends KubernetesObject> Optional<T> lastSeen(Class<T> type) {
    return lastSeen().stream().filter(type::isInstance).map(type::cast).findFirst();
  }
}
