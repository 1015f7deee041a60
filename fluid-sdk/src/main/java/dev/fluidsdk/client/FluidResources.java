package dev.fluidsdk.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.FluidKind;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.Pair;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The objects of one Fluid kind, narrowed step by step: {@link #inNamespace(String)}, {@link
 * #withLabelSelector(String)}, then {@link #withName(String)} for one object. Collection-level
 * operations (list, create, update, apply, watch) live here; object-level ones on {@link
 * FluidResource}. Instances are immutable and cheap; every narrowing returns a new one.
 *
 * <pre>{@code
 * DatasetList all = client.datasets().inNamespace("ml").withLabelSelector("team=a").list();
 * Dataset applied = client.datasets().apply(dataset);   // namespace from metadata.namespace
 * }</pre>
 *
 * <p>For a namespaced kind without {@code inNamespace}, list and watch cover all namespaces and
 * writes use the object's {@code metadata.namespace}. Cluster-scoped kinds (ThinRuntimeProfile)
 * reject {@code inNamespace}.
 *
 * @param <T> the object model
 * @param <L> the list model
 */
public final class FluidResources<T extends KubernetesObject, L extends KubernetesListObject> {
  static final String MERGE_PATCH = "application/merge-patch+json";
  static final String APPLY_PATCH = "application/apply-patch+yaml";
  static final String JSON = "application/json";

  private final FluidClient client;
  private final FluidKind<T, L> kind;
  private final String namespace;
  private final String labelSelector;

  FluidResources(FluidClient client, FluidKind<T, L> kind, String namespace, String labelSelector) {
    this.client = client;
    this.kind = kind;
    this.namespace = namespace;
    this.labelSelector = labelSelector;
  }

  public FluidKind<T, L> kind() {
    return kind;
  }

  /** The namespace this view is narrowed to; null for all namespaces or a cluster-scoped kind. */
  public String namespace() {
    return namespace;
  }

  /**
   * Narrows to one namespace.
   *
   * @throws IllegalStateException for a cluster-scoped kind
   */
  public FluidResources<T, L> inNamespace(String namespace) {
    Objects.requireNonNull(namespace, "namespace == null");
    if (!kind.namespaced()) {
      throw new IllegalStateException(kind + " is cluster-scoped: it has no namespace");
    }
    return new FluidResources<>(client, kind, namespace, labelSelector);
  }

  /** Narrows list and watch to objects matching a label selector, e.g. {@code app=demo,tier!=x}. */
  public FluidResources<T, L> withLabelSelector(String labelSelector) {
    return new FluidResources<>(client, kind, namespace, Objects.requireNonNull(labelSelector));
  }

  /**
   * One object by name.
   *
   * @throws IllegalStateException for a namespaced kind not narrowed with {@link #inNamespace}
   */
  public FluidResource<T> withName(String name) {
    Objects.requireNonNull(name, "name == null");
    if (kind.namespaced() && namespace == null) {
      throw new IllegalStateException(
          kind + " " + name + " is namespaced: call inNamespace(..) before withName(..)");
    }
    return new FluidResource<>(this, name);
  }

  /** Every object in scope (one request; matching the label selector if one was set). */
  public L list() {
    return list(null, Long.MAX_VALUE);
  }

  L list(String fieldSelector, long deadlineNanos) {
    List<Pair> q = new ArrayList<>();
    addSelectors(q, fieldSelector);
    String body =
        client
            .transport()
            .call(
                new Transport.Call0(
                    "GET", collectionPath(namespace), q, null, null, Transport.Retry.IDEMPOTENT,
                    kind.kind(), namespace, null),
                deadlineNanos);
    return FluidJson.fromJson(body, kind.listType());
  }

  /**
   * Creates the object. Retried only when the server cannot have received it (see {@link
   * FluidClient}); so it is never created twice by this call.
   *
   * @throws ConflictException if it exists already ({@code isAlreadyExists()})
   */
  public T create(T object) {
    String ns = namespaceOf(object);
    return write("POST", collectionPath(ns), object, JSON, Transport.Retry.CREATE, ns, null);
  }

  /**
   * Replaces the object, if its {@code metadata.resourceVersion} is still the server's.
   *
   * @throws IllegalArgumentException if the object has no {@code resourceVersion}
   * @throws ConflictException if the object changed on the server since it was read
   */
  public T update(T object) {
    requireResourceVersion(object);
    String ns = namespaceOf(object);
    return write("PUT", objectPath(ns, nameOf(object)), object, JSON, Transport.Retry.IDEMPOTENT, ns, null);
  }

  /**
   * Replaces the object's status (the {@code status} subresource), if its {@code resourceVersion}
   * is still the server's. Only the status of {@code object} is taken.
   */
  public T updateStatus(T object) {
    requireResourceVersion(object);
    String ns = namespaceOf(object);
    return write(
        "PUT", objectPath(ns, nameOf(object)) + "/status", object, JSON, Transport.Retry.IDEMPOTENT, ns, null);
  }

  /**
   * Server-side apply with the client's field manager: the server merges the fields set in {@code
   * object} and records this manager as their owner. Creates the object if missing.
   *
   * @throws ConflictException if a field is owned by another manager; see {@link #forceApply}
   */
  public T apply(T object) {
    return apply(object, false);
  }

  /** Server-side apply that takes over fields owned by other managers ({@code force=true}). */
  public T forceApply(T object) {
    return apply(object, true);
  }

  private T apply(T object, boolean force) {
    String ns = namespaceOf(object);
    JsonObject tree = FluidJson.toTree(object).getAsJsonObject();
    JsonElement meta = tree.get("metadata");
    if (meta != null && meta.isJsonObject()) {
      // The server rejects an apply that carries managedFields.
      meta.getAsJsonObject().remove("managedFields");
      if (ns != null && !meta.getAsJsonObject().has("namespace")) {
        meta.getAsJsonObject().addProperty("namespace", ns);
      }
    }
    List<Pair> q = new ArrayList<>();
    q.add(new Pair("fieldManager", client.fieldManager()));
    if (force) {
      q.add(new Pair("force", "true"));
    }
    String body =
        call(
            "PATCH", objectPath(ns, nameOf(object)), q,
            tree.toString().getBytes(StandardCharsets.UTF_8), APPLY_PATCH,
            Transport.Retry.IDEMPOTENT, nameOf(object), ns);
    return FluidJson.fromJson(body, kind.type());
  }

  /**
   * Watches the objects in scope, starting after {@code resourceVersion} (from a list or an
   * earlier event); null starts with an {@code ADDED} event for every existing object. Bookmarks
   * are requested, so that a resumed watch has a recent resource version.
   */
  public FluidWatch<T> watch(String resourceVersion) {
    return watch(resourceVersion, null, 0, Long.MAX_VALUE);
  }

  FluidWatch<T> watch(String resourceVersion, String fieldSelector, long timeoutSeconds, long deadlineNanos) {
    List<Pair> q = new ArrayList<>();
    q.add(new Pair("watch", "true"));
    if (resourceVersion != null) {
      q.add(new Pair("resourceVersion", resourceVersion));
    }
    q.add(new Pair("allowWatchBookmarks", "true"));
    addSelectors(q, fieldSelector);
    if (timeoutSeconds > 0) {
      q.add(new Pair("timeoutSeconds", Long.toString(timeoutSeconds)));
    }
    Transport.Call0 c =
        new Transport.Call0(
            "GET", collectionPath(namespace), q, null, null, Transport.Retry.IDEMPOTENT,
            kind.kind(), namespace, null);
    String what = kind + (namespace == null ? "" : " in " + namespace);
    return new FluidWatch<>(client.transport().open(c, deadlineNanos), kind.type(), what);
  }

  // ---- shared with FluidResource and the waiter ----

  FluidClient client() {
    return client;
  }

  String call(
      String method, String path, List<Pair> query, byte[] body, String contentType,
      Transport.Retry retry, String name, String ns) {
    return client
        .transport()
        .call(new Transport.Call0(method, path, query, body, contentType, retry, kind.kind(), ns, name));
  }

  private T write(
      String method, String path, T object, String contentType, Transport.Retry retry, String ns,
      List<Pair> extra) {
    List<Pair> q = new ArrayList<>();
    q.add(new Pair("fieldManager", client.fieldManager()));
    if (extra != null) {
      q.addAll(extra);
    }
    byte[] body = FluidJson.toJson(object).getBytes(StandardCharsets.UTF_8);
    String answer = call(method, path, q, body, contentType, retry, nameOf(object), ns);
    return FluidJson.fromJson(answer, kind.type());
  }

  private void addSelectors(List<Pair> q, String fieldSelector) {
    if (labelSelector != null) {
      q.add(new Pair("labelSelector", labelSelector));
    }
    if (fieldSelector != null) {
      q.add(new Pair("fieldSelector", fieldSelector));
    }
  }

  String collectionPath(String ns) {
    StringBuilder p = new StringBuilder("/apis/").append(kind.group()).append('/').append(kind.version());
    if (ns != null && kind.namespaced()) {
      p.append("/namespaces/").append(escape(ns));
    }
    return p.append('/').append(kind.plural()).toString();
  }

  String objectPath(String ns, String name) {
    return collectionPath(ns) + "/" + escape(name);
  }

  private String escape(String segment) {
    return client.apiClient().escapeString(segment);
  }

  /** The namespace a write goes to: this view's or the object's, which must agree. */
  private String namespaceOf(T object) {
    Objects.requireNonNull(object, "object == null");
    if (!kind.namespaced()) {
      return null;
    }
    String own = object.getMetadata() == null ? null : object.getMetadata().getNamespace();
    if (namespace != null && own != null && !own.isEmpty() && !own.equals(namespace)) {
      throw new IllegalArgumentException(
          kind + " " + nameOf(object) + ": metadata.namespace " + own
              + " differs from inNamespace(" + namespace + ")");
    }
    String ns = namespace != null ? namespace : own;
    if (ns == null || ns.isEmpty()) {
      throw new IllegalArgumentException(
          kind + " " + nameOf(object) + ": metadata.namespace: required (or use inNamespace(..))");
    }
    return ns;
  }

  private String nameOf(T object) {
    String name = object.getMetadata() == null ? null : object.getMetadata().getName();
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(kind + ": metadata.name: required");
    }
    return name;
  }

  private void requireResourceVersion(T object) {
    if (object.getMetadata() == null || object.getMetadata().getResourceVersion() == null) {
      throw new IllegalArgumentException(
          kind + " " + nameOf(object)
              + ": metadata.resourceVersion: required for an update (read the object first, or use apply)");
    }
  }
}
