package dev.fluidsdk.testing.internal;

import java.util.List;

/**
 * One resource the server serves.
 *
 * @param group API group, "" for the core group
 * @param version API version
 * @param plural plural name, as in URLs
 * @param singular singular name
 * @param kind kind
 * @param namespaced whether objects live in a namespace
 * @param statusSubresource whether {@code /status} is a separate subresource (main writes keep {@code .status})
 * @param shortNames kubectl short names
 */
public record ResourceType(
    String group,
    String version,
    String plural,
    String singular,
    String kind,
    boolean namespaced,
    boolean statusSubresource,
    List<String> shortNames) {

  public ResourceType {
    shortNames = List.copyOf(shortNames);
  }

  public String groupVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /** Qualified resource name as kube-apiserver uses it in messages: {@code datasets.data.fluid.io}. */
  public String qualified() {
    return group.isEmpty() ? plural : plural + "." + group;
  }
}
