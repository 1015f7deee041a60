package dev.fluidsdk.client;

import io.kubernetes.client.common.KubernetesObject;

/**
 * One event of a watch.
 *
 * @param type what happened
 * @param object the object after the change (for {@code DELETED}: its last state; for {@code
 *     BOOKMARK}: only kind and {@code metadata.resourceVersion}); null for {@code ERROR}
 * @param error the server's {@code Status} for {@code ERROR} events (410 Gone: the resource version
 *     is too old, list again); null otherwise
 * @param <T> the object model
 */
public record WatchEvent<T extends KubernetesObject>(Type type, T object, FluidApiException error) {
  /** The watch event types of the Kubernetes API. */
  public enum Type {
    ADDED,
    MODIFIED,
    DELETED,
    BOOKMARK,
    ERROR
  }

  /** The {@code metadata.resourceVersion} of the object; null for errors. */
  public String resourceVersion() {
    return object == null || object.getMetadata() == null
        ? null
        : object.getMetadata().getResourceVersion();
  }
}
