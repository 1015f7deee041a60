package dev.fluidsdk.testing.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A parsed resource URL: {@code /api/v1[/namespaces/ns]/plural[/name[/sub]]} or the same under
 * {@code /apis/group/version}.
 *
 * @param type the resource type
 * @param namespace namespace segment, null when absent
 * @param name object name, null for collections
 * @param subresource "status" or null
 */
public record ApiPath(ResourceType type, String namespace, String name, String subresource) {

  public static Optional<ApiPath> parse(String path) {
    List<String> s = Arrays.stream(path.split("/")).filter(x -> !x.isEmpty()).toList();
    String group;
    String version;
    int i;
    if (s.size() >= 3 && s.get(0).equals("api")) {
      group = "";
      version = s.get(1);
      i = 2;
    } else if (s.size() >= 4 && s.get(0).equals("apis")) {
      group = s.get(1);
      version = s.get(2);
      i = 3;
    } else {
      return Optional.empty();
    }
    List<String> rest = s.subList(i, s.size());
    String namespace = null;
    // "namespaces/x/plural..." addresses a namespaced resource; "namespaces[/x]" alone is the Namespace kind.
    if (rest.size() >= 3 && rest.get(0).equals("namespaces")) {
      namespace = rest.get(1);
      rest = rest.subList(2, rest.size());
    }
    if (rest.isEmpty() || rest.size() > 3) {
      return Optional.empty();
    }
    Optional<ResourceType> type = ResourceTable.find(group, version, rest.get(0));
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (namespace != null && !type.get().namespaced()) {
      return Optional.empty();
    }
    String name = rest.size() >= 2 ? rest.get(1) : null;
    String sub = rest.size() == 3 ? rest.get(2) : null;
    if (sub != null && !sub.equals("status")) {
      return Optional.empty();
    }
    return Optional.of(new ApiPath(type.get(), namespace, name, sub));
  }

  /** The URL of the collection holding this object (same namespace). */
  public String collectionUrl() {
    String base = type.group().isEmpty() ? "/api/" + type.version() : "/apis/" + type.group() + "/" + type.version();
    return namespace == null ? base + "/" + type.plural() : base + "/namespaces/" + namespace + "/" + type.plural();
  }

  /** The URL of the object itself, without the subresource. */
  public String objectUrl() {
    return collectionUrl() + "/" + name;
  }

  public boolean isStatus() {
    return "status".equals(subresource);
  }

  /** Resource name as counted: {@code datasets} or {@code datasets/status}. */
  public String resourceLabel() {
    return subresource == null ? type.plural() : type.plural() + "/" + subresource;
  }
}
