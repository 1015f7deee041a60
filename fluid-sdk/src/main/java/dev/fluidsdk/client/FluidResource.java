package dev.fluidsdk.client;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.fluidsdk.codec.FluidJson;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.Pair;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One named object of a Fluid kind: {@code client.datasets().inNamespace("ml").withName("demo")}.
 *
 * <pre>{@code
 * Optional<Dataset> ds = client.datasets().inNamespace("ml").withName("demo").get();
 * Dataset patched = client.datasets().inNamespace("ml").withName("demo")
 *     .patch("{\"metadata\":{\"labels\":{\"team\":\"a\"}}}");
 * }</pre>
 *
 * @param <T> the object model
 */
public final class FluidResource<T extends KubernetesObject> {
  private final FluidResources<T, ?> scope;
  private final String name;

  FluidResource(FluidResources<T, ?> scope, String name) {
    this.scope = scope;
    this.name = name;
  }

  public String name() {
    return name;
  }

  /** The namespace; null for a cluster-scoped kind. */
  public String namespace() {
    return scope.namespace();
  }

  /** The object, or empty if it does not exist. */
  public Optional<T> get() {
    try {
      return Optional.of(require());
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * The object.
   *
   * @throws NotFoundException if it does not exist
   */
  public T require() {
    String body = scope.call("GET", path(), List.of(), null, null, Transport.Retry.IDEMPOTENT, name, namespace());
    return FluidJson.fromJson(body, scope.kind().type());
  }

  /**
   * Applies a JSON merge patch (RFC 7386) to the object: fields in the patch replace the server's,
   * {@code null} removes a field, lists are replaced whole.
   *
   * @throws IllegalArgumentException if {@code mergePatch} is not a JSON object
   */
  public T patch(String mergePatch) {
    return mergePatch(path(), mergePatch);
  }

  /** A JSON merge patch of the {@code status} subresource, e.g. {@code {"status":{"phase":"Bound"}}}. */
  public T patchStatus(String mergePatch) {
    return mergePatch(path() + "/status", mergePatch);
  }

  private T mergePatch(String path, String mergePatch) {
    Objects.requireNonNull(mergePatch, "mergePatch == null");
    try {
      if (!JsonParser.parseString(mergePatch).isJsonObject()) {
        throw new IllegalArgumentException("a merge patch must be a JSON object: " + mergePatch);
      }
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("a merge patch must be JSON: " + e.getMessage(), e);
    }
    List<Pair> q = new ArrayList<>();
    q.add(new Pair("fieldManager", scope.client().fieldManager()));
    String body =
        scope.call(
            "PATCH", path, q, mergePatch.getBytes(StandardCharsets.UTF_8),
            FluidResources.MERGE_PATCH, Transport.Retry.IDEMPOTENT, name, namespace());
    return FluidJson.fromJson(body, scope.kind().type());
  }

  /**
   * Deletes the object with the server's default propagation (background for Fluid's kinds).
   *
   * @return true if the server accepted the delete, false if the object was not there (also when
   *     an earlier attempt of this same call, retried after a lost answer, deleted it)
   */
  public boolean delete() {
    return delete(null);
  }

  /** Like {@link #delete()}, with a propagation policy; null for the server's default. */
  public boolean delete(DeletePropagation propagation) {
    List<Pair> q = new ArrayList<>();
    if (propagation != null) {
      q.add(new Pair("propagationPolicy", propagation.value()));
    }
    try {
      scope.call("DELETE", path(), q, null, null, Transport.Retry.IDEMPOTENT, name, namespace());
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /**
   * Waits until the object satisfies {@code condition}, with one watch (not polling), and returns
   * the first state that does. Resumes the watch when the server ends it, lists again after 410
   * Gone, and reconnects with backoff after connection failures.
   *
   * @throws FluidTimeoutException after {@code timeout}, carrying the last state seen
   * @throws dev.fluidsdk.FluidException if interrupted (the interrupt flag is set again)
   */
  public T waitUntil(Predicate<? super T> condition, String conditionName, Duration timeout) {
    ObjectRef ref = new ObjectRef(namespace(), name);
    return new Waiter<>(scope, Set.of(ref), condition, conditionName, timeout).await().get(0);
  }

  /** Watches this object only (a {@code metadata.name} field selector); see {@link FluidResources#watch}. */
  public FluidWatch<T> watch(String resourceVersion) {
    return scope.watch(resourceVersion, "metadata.name=" + name, 0, Long.MAX_VALUE);
  }

  private String path() {
    return scope.objectPath(namespace(), name);
  }
}
