package dev.fluidsdk.client;

import dev.fluidsdk.FluidException;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.DatasetList;
import dev.fluidsdk.model.FluidKind;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeList;
import dev.fluidsdk.model.ThinRuntimeProfile;
import dev.fluidsdk.model.ThinRuntimeProfileList;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import io.kubernetes.client.util.Config;
import io.kubernetes.client.util.KubeConfig;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Typed access to Fluid's kinds on a Kubernetes API server, through client-java's {@link
 * ApiClient} (its configuration, TLS and authentication are used as they are).
 *
 * <pre>{@code
 * FluidClient client = FluidClient.fromDefaultConfig();
 * client.datasets().apply(dataset);
 * Dataset bound = client.awaitBound("ml", "demo", Duration.ofMinutes(2));
 * }</pre>
 *
 * <h2>Retries</h2>
 *
 * Failures after which the server may not have acted (HTTP 429, 500, 502, 503, 504, connection
 * failures) are retried as the {@link RetryPolicy} says, honouring {@code Retry-After}, but only
 * for calls where repeating is safe: get, list, watch (re-established), server-side apply (the
 * same apply twice gives the same object), update (it carries a {@code resourceVersion}, so a
 * repeat after a lost answer fails with {@link ConflictException} instead of overwriting), merge
 * patch and delete (a repeat finds nothing and returns false).
 *
 * <p>A create is retried only when the server cannot have received it: the connection was refused
 * or the host unknown (never after the request was sent), and on HTTP 429, which the API server's
 * in-flight limiter answers before handling the request. OkHttp's own silent re-sending is turned
 * off for creates. So this client never creates an object twice; after a connection failure
 * during a create, the {@link FluidConnectionException} says that the object may exist.
 */
public final class FluidClient {
  /** The field manager of server-side apply when none is set. */
  public static final String DEFAULT_FIELD_MANAGER = "fluid-sdk-java";

  private final ApiClient apiClient;
  private final String fieldManager;
  private final RetryPolicy retry;
  private final Transport transport;

  private FluidClient(Builder b) {
    this.apiClient = Objects.requireNonNull(b.apiClient, "apiClient == null");
    this.fieldManager = b.fieldManager;
    this.retry = b.retry;
    this.transport = new Transport(apiClient, retry);
  }

  /**
   * A client for the cluster of the default configuration: {@code $KUBECONFIG}, {@code
   * ~/.kube/config}, or the in-cluster service account (client-java's {@code
   * Config.defaultClient()}).
   *
   * @throws FluidException if no configuration can be loaded
   */
  public static FluidClient fromDefaultConfig() {
    try {
      return of(Config.defaultClient());
    } catch (IOException e) {
      throw new FluidException("cannot load the Kubernetes configuration: " + e.getMessage(), e);
    }
  }

  /**
   * A client for the current context of a kubeconfig file (client-java's {@code
   * ClientBuilder.kubeconfig}; relative paths inside it are resolved against its directory).
   *
   * @throws FluidException if the file cannot be read or used
   */
  public static FluidClient fromKubeconfig(Path kubeconfig) {
    try (Reader r = Files.newBufferedReader(kubeconfig, StandardCharsets.UTF_8)) {
      KubeConfig config = KubeConfig.loadKubeConfig(r);
      Path dir = kubeconfig.toAbsolutePath().getParent();
      if (dir != null) {
        config.setFile(dir.resolve(kubeconfig.getFileName()).toFile());
      }
      return of(ClientBuilder.kubeconfig(config).build());
    } catch (IOException | RuntimeException e) {
      throw new FluidException("cannot use kubeconfig " + kubeconfig + ": " + e.getMessage(), e);
    }
  }

  /** A client on {@code apiClient} with the default field manager and retry policy. */
  public static FluidClient of(ApiClient apiClient) {
    return builder().apiClient(apiClient).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Datasets (namespaced). */
  public FluidResources<Dataset, DatasetList> datasets() {
    return resources(FluidKind.DATASET);
  }

  /** ThinRuntimes (namespaced; same name and namespace as the Dataset they serve). */
  public FluidResources<ThinRuntime, ThinRuntimeList> thinRuntimes() {
    return resources(FluidKind.THIN_RUNTIME);
  }

  /** ThinRuntimeProfiles (cluster-scoped: no {@code inNamespace}). */
  public FluidResources<ThinRuntimeProfile, ThinRuntimeProfileList> thinRuntimeProfiles() {
    return resources(FluidKind.THIN_RUNTIME_PROFILE);
  }

  /** Any Fluid kind, e.g. {@code resources(FluidKind.DATASET)}. */
  public <T extends KubernetesObject, L extends KubernetesListObject> FluidResources<T, L> resources(
      FluidKind<T, L> kind) {
    return new FluidResources<>(this, Objects.requireNonNull(kind, "kind == null"), null, null);
  }

  /**
   * Waits with one watch until the Dataset is {@code Bound} and returns it.
   *
   * @throws FluidTimeoutException after {@code timeout}; its message has the last phase and
   *     conditions, {@code lastSeen(Dataset.class)} the last state seen
   * @throws FluidException if interrupted (the interrupt flag is set again)
   */
  public Dataset awaitBound(String namespace, String name, Duration timeout) {
    return datasets().inNamespace(namespace).withName(name).waitUntil(Dataset::isBound, "Bound", timeout);
  }

  /**
   * Waits until every named Dataset of a namespace is {@code Bound}, with ONE watch of the
   * namespace (whatever the number of names), and returns them in the order given.
   */
  public List<Dataset> awaitAllBound(String namespace, Collection<String> names, Duration timeout) {
    Objects.requireNonNull(namespace, "namespace == null");
    List<ObjectRef> refs = new ArrayList<>();
    for (String n : names) {
      refs.add(new ObjectRef(namespace, n));
    }
    return awaitAllBound(refs, timeout);
  }

  /**
   * Waits until every Dataset is {@code Bound}, over several namespaces: one watch of the
   * namespace if they share one, else one watch of all namespaces (which needs the right to list
   * and watch Datasets cluster-wide).
   */
  public List<Dataset> awaitAllBound(Collection<ObjectRef> datasets, Duration timeout) {
    return awaitAll(FluidKind.DATASET, datasets, Dataset::isBound, "Bound", timeout);
  }

  /** The general wait behind {@link #awaitAllBound}: any kind, any condition, one watch. */
  public <T extends KubernetesObject, L extends KubernetesListObject> List<T> awaitAll(
      FluidKind<T, L> kind,
      Collection<ObjectRef> objects,
      java.util.function.Predicate<? super T> condition,
      String conditionName,
      Duration timeout) {
    if (objects.isEmpty()) {
      return List.of();
    }
    String ns = null;
    boolean one = true;
    for (ObjectRef r : objects) {
      if (kind.namespaced() && r.namespace() == null) {
        throw new IllegalArgumentException(kind + " " + r.name() + ": namespace required");
      }
      if (ns == null) {
        ns = r.namespace();
      } else if (!ns.equals(r.namespace())) {
        one = false;
      }
    }
    FluidResources<T, L> scope = resources(kind);
    if (kind.namespaced() && one) {
      scope = scope.inNamespace(ns);
    }
    return new Waiter<>(scope, objects, condition, conditionName, timeout).await();
  }

  public ApiClient apiClient() {
    return apiClient;
  }

  public String fieldManager() {
    return fieldManager;
  }

  public RetryPolicy retryPolicy() {
    return retry;
  }

  Transport transport() {
    return transport;
  }

  /** Builds a {@link FluidClient}; only the {@link ApiClient} is required. */
  public static final class Builder {
    private ApiClient apiClient;
    private String fieldManager = DEFAULT_FIELD_MANAGER;
    private RetryPolicy retry = RetryPolicy.defaults();

    private Builder() {}

    /** The configured client-java client to send requests through. */
    public Builder apiClient(ApiClient apiClient) {
      this.apiClient = Objects.requireNonNull(apiClient, "apiClient == null");
      return this;
    }

    /** The manager name recorded for every write (server-side apply needs one). */
    public Builder fieldManager(String fieldManager) {
      Objects.requireNonNull(fieldManager, "fieldManager == null");
      if (fieldManager.isBlank() || fieldManager.length() > 128) {
        throw new IllegalArgumentException("fieldManager must be 1 to 128 characters: " + fieldManager);
      }
      this.fieldManager = fieldManager;
      return this;
    }

    public Builder retry(RetryPolicy retry) {
      this.retry = Objects.requireNonNull(retry, "retry == null");
      return this;
    }

    public FluidClient build() {
      return new FluidClient(this);
    }
  }
}
