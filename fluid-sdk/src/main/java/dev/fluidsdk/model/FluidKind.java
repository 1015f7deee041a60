package dev.fluidsdk.model;

import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.common.KubernetesType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Fluid resource kind: its group, version, kind, plural, scope and model classes. The client
 * and the codec find everything they need about a kind here.
 *
 * @param <T> the object model
 * @param <L> the list model
 */
public final class FluidKind<T extends KubernetesObject, L extends KubernetesListObject> {
  public static final FluidKind<Dataset, DatasetList> DATASET =
      new FluidKind<>(Dataset.KIND, Dataset.PLURAL, true, Dataset.class, DatasetList.class);
  public static final FluidKind<ThinRuntime, ThinRuntimeList> THIN_RUNTIME =
      new FluidKind<>(
          ThinRuntime.KIND, ThinRuntime.PLURAL, true, ThinRuntime.class, ThinRuntimeList.class);
  /** Cluster-scoped. */
  public static final FluidKind<ThinRuntimeProfile, ThinRuntimeProfileList> THIN_RUNTIME_PROFILE =
      new FluidKind<>(
          ThinRuntimeProfile.KIND,
          ThinRuntimeProfile.PLURAL,
          false,
          ThinRuntimeProfile.class,
          ThinRuntimeProfileList.class);

  private static final List<FluidKind<?, ?>> ALL = List.of(DATASET, THIN_RUNTIME, THIN_RUNTIME_PROFILE);

  private final String kind;
  private final String plural;
  private final boolean namespaced;
  private final Class<T> type;
  private final Class<L> listType;

  private FluidKind(String kind, String plural, boolean namespaced, Class<T> type, Class<L> listType) {
    this.kind = kind;
    this.plural = plural;
    this.namespaced = namespaced;
    this.type = type;
    this.listType = listType;
  }

  /** Every kind this SDK models. */
  public static List<FluidKind<?, ?>> all() {
    return ALL;
  }

  /** The model class for an {@code apiVersion} and {@code kind}, lists included. */
  public static Optional<Class<? extends KubernetesType>> modelClass(String apiVersion, String kind) {
    if (!Dataset.API_VERSION.equals(apiVersion)) {
      return Optional.empty();
    }
    for (FluidKind<?, ?> k : ALL) {
      if (k.kind.equals(kind)) {
        return Optional.<Class<? extends KubernetesType>>of(k.type());
      }
      if ((k.kind + "List").equals(kind)) {
        return Optional.<Class<? extends KubernetesType>>of(k.listType());
      }
    }
    return Optional.empty();
  }

  public String group() {
    return Dataset.GROUP;
  }

  public String version() {
    return Dataset.VERSION;
  }

  public String apiVersion() {
    return Dataset.API_VERSION;
  }

  public String kind() {
    return kind;
  }

  public String plural() {
    return plural;
  }

  /** False for cluster-scoped kinds (ThinRuntimeProfile). */
  public boolean namespaced() {
    return namespaced;
  }

  public Class<T> type() {
    return type;
  }

  public Class<L> listType() {
    return listType;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FluidKind<?, ?> k && k.kind.equals(kind);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind);
  }

  @Override
  public String toString() {
    return kind;
  }
}
