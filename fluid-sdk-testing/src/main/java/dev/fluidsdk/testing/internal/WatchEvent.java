package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;

/**
 * One change in the store, as the event log retains it.
 *
 * @param rv the resourceVersion of the change (for DELETED: a fresh one, as kube-apiserver does)
 * @param type ADDED, MODIFIED or DELETED
 * @param resource the resource type
 * @param namespace namespace or null
 * @param name object name
 * @param before the object before the change, null for ADDED
 * @param after the object after the change, null for DELETED
 */
public record WatchEvent(
    long rv, String type, ResourceType resource, String namespace, String name, JsonObject before,
    JsonObject after) {

  /** The object sent to watchers: the new state, or for DELETED the last state stamped with {@link #rv()}. */
  public JsonObject object() {
    if (after != null) {
      return after;
    }
    JsonObject copy = before.deepCopy();
    Json.metadata(copy).addProperty("resourceVersion", Long.toString(rv));
    return copy;
  }
}
