package dev.fluidsdk.model;

import com.google.gson.annotations.SerializedName;
import dev.fluidsdk.validation.ValidationException;
import dev.fluidsdk.validation.Violation;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.List;
import java.util.function.Consumer;

/**
 * A top-level Fluid object ({@link Dataset}, {@link ThinRuntime}, {@link ThinRuntimeProfile}):
 * {@code apiVersion}, {@code kind} and metadata, as client-java's {@link KubernetesObject} wants
 * them. {@code apiVersion} and {@code kind} come from the subclass's constants and cannot be set;
 * read from JSON they hold what the document said (validation reports a mismatch).
 */
public abstract class FluidObject extends FluidModel implements KubernetesObject {
  @SerializedName("apiVersion")
  private String apiVersion;

  @SerializedName("kind")
  private String kind;

  @SerializedName("metadata")
  private V1ObjectMeta metadata;

  /** For gson: the subclass's no-argument constructor passes its constants. */
  protected FluidObject(String apiVersion, String kind) {
    this.apiVersion = apiVersion;
    this.kind = kind;
  }

  protected FluidObject(String apiVersion, String kind, ObjectBuilder<?> b) {
    super(b);
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.metadata = b.meta.build();
  }

  @Override
  public final String getApiVersion() {
    return apiVersion;
  }

  @Override
  public final String getKind() {
    return kind;
  }

  /**
   * The object's metadata. client-java's {@code V1ObjectMeta} is mutable: treat the returned value
   * as read-only and change metadata through the subclass's {@code toBuilder()}.
   */
  @Override
  public final V1ObjectMeta getMetadata() {
    return metadata;
  }

  /** Every problem Fluid's CRD schema or Kubernetes would reject, with field paths. */
  public abstract List<Violation> validate();

  /** Throws {@link ValidationException} listing every problem {@link #validate()} finds. */
  protected final void throwIfInvalid() {
    List<Violation> v = validate();
    if (!v.isEmpty()) {
      throw new ValidationException(kind + " " + ObjectMetas.describe(metadata), v);
    }
  }

  /**
   * The metadata part of every top-level builder.
   *
   * @param <B> the concrete builder
   */
  public abstract static class ObjectBuilder<B extends ObjectBuilder<B>> extends AbstractBuilder<B> {
    private final ObjectMetas.Builder meta;

    protected ObjectBuilder() {
      this.meta = new ObjectMetas.Builder(null);
    }

    protected ObjectBuilder(FluidObject from) {
      super(from);
      this.meta = new ObjectMetas.Builder(from.metadata);
    }

    public final B name(String name) {
      meta.name(name);
      return self();
    }

    public final B label(String key, String value) {
      meta.label(key, value);
      return self();
    }

    public final B annotation(String key, String value) {
      meta.annotation(key, value);
      return self();
    }

    /** Replaces the metadata with a copy of {@code metadata}. */
    public final B metadata(V1ObjectMeta metadata) {
      meta.replace(metadata);
      return self();
    }

    /** Changes the metadata in place, e.g. {@code m -> m.putLabelsItem("a", "b")}. */
    public final B metadata(Consumer<V1ObjectMeta> change) {
      meta.change(change);
      return self();
    }

    /** For namespaced kinds only: cluster-scoped builders do not expose it. */
    protected final void setNamespace(String namespace) {
      meta.namespace(namespace);
    }
  }

  /**
   * The builder of a namespaced kind.
   *
   * @param <B> the concrete builder
   */
  public abstract static class NamespacedBuilder<B extends NamespacedBuilder<B>> extends ObjectBuilder<B> {
    protected NamespacedBuilder() {}

    protected NamespacedBuilder(FluidObject from) {
      super(from);
    }

    public final B namespace(String namespace) {
      setNamespace(namespace);
      return self();
    }
  }
}
