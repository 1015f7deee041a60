package dev.fluidsdk.client;

import java.util.Objects;

/**
 * Namespace and name of one object, for waits over several namespaces.
 *
 * @param namespace the namespace; null for cluster-scoped kinds
 * @param name the name
 */
public record ObjectRef(String namespace, String name) {
  public ObjectRef {
    Objects.requireNonNull(name, "name == null");
  }

  public static ObjectRef of(String namespace, String name) {
    return new ObjectRef(namespace, name);
  }

  /** {@code namespace/name}, or {@code name} without a namespace. */
  @Override
  public String toString() {
    return namespace == null ? name : namespace + "/" + name;
  }
}
