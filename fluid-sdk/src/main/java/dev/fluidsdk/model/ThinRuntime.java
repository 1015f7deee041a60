package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import dev.fluidsdk.validation.ThinRuntimeValidator;
import dev.fluidsdk.validation.ValidationException;
import dev.fluidsdk.validation.Violation;
import io.kubernetes.client.common.KubernetesObject;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fluid's namespaced {@code ThinRuntime} ({@code data.fluid.io/v1alpha1}): serves the Dataset of
 * the same name and namespace through the FUSE container of a {@link ThinRuntimeProfile}.
 *
 * <pre>{@code
 * ThinRuntime rt = ThinRuntime.builder()
 *     .name("demo").namespace("ml")
 *     .profileName("3fs")
 *     .fuse(f -> f.option("k", "v"))
 *     .build();
 * }</pre>
 */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntime extends FluidModel implements KubernetesObject {
  public static final String GROUP = "data.fluid.io";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;
  public static final String KIND = "ThinRuntime";
  public static final String PLURAL = "thinruntimes";

  @SerializedName("apiVersion")
  private String apiVersion = API_VERSION;

  @SerializedName("kind")
  private String kind = KIND;

  @SerializedName("metadata")
  private V1ObjectMeta metadata;

  @SerializedName("spec")
  private ThinRuntimeSpec spec;

  @SerializedName("status")
  private RuntimeStatus status;

  private ThinRuntime() {}

  private ThinRuntime(Builder b) {
    super(b);
    this.metadata = b.meta.build();
    this.spec = b.spec;
    this.status = b.status;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public String getKind() {
    return kind;
  }

  /**
   * The object's metadata. client-java's {@code V1ObjectMeta} is mutable: treat the returned value
   * as read-only and change metadata through {@link #toBuilder()}.
   */
  @Override
  public V1ObjectMeta getMetadata() {
    return metadata;
  }

  public ThinRuntimeSpec getSpec() {
    return spec;
  }

  public RuntimeStatus getStatus() {
    return status;
  }

  /** Every problem Fluid's CRD schema, Fluid's controller or Kubernetes would reject. */
  public List<Violation> validate() {
    return ThinRuntimeValidator.validate(this);
  }

  /** Throws {@link ValidationException} listing every problem, if there is any. */
  public ThinRuntime validateOrThrow() {
    List<Violation> v = validate();
    if (!v.isEmpty()) {
      throw new ValidationException(KIND + " " + ObjectMetas.describe(metadata), v);
    }
    return this;
  }

  /** Builds a {@link ThinRuntime}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private final ObjectMetas.Builder meta;
    private ThinRuntimeSpec spec;
    private RuntimeStatus status;

    private Builder() {
      this.meta = new ObjectMetas.Builder(null);
    }

    private Builder(ThinRuntime from) {
      super(from);
      this.meta = new ObjectMetas.Builder(from.metadata);
      this.spec = from.spec;
      this.status = from.status;
    }

    /** The name; it must equal the name of the Dataset this runtime serves. */
    public Builder name(String name) {
      meta.name(name);
      return this;
    }

    public Builder namespace(String namespace) {
      meta.namespace(namespace);
      return this;
    }

    public Builder label(String key, String value) {
      meta.label(key, value);
      return this;
    }

    public Builder annotation(String key, String value) {
      meta.annotation(key, value);
      return this;
    }

    /** Replaces the metadata with a copy of {@code metadata}. */
    public Builder metadata(V1ObjectMeta metadata) {
      meta.replace(metadata);
      return this;
    }

    /** Changes the metadata in place, e.g. {@code m -> m.putLabelsItem("a", "b")}. */
    public Builder metadata(Consumer<V1ObjectMeta> change) {
      meta.change(change);
      return this;
    }

    public Builder spec(ThinRuntimeSpec spec) {
      this.spec = spec;
      return this;
    }

    public Builder spec(Consumer<ThinRuntimeSpec.Builder> change) {
      ThinRuntimeSpec.Builder b = spec == null ? ThinRuntimeSpec.builder() : spec.toBuilder();
      change.accept(b);
      this.spec = b.build();
      return this;
    }

    /** Sets {@code spec.profileName}. */
    public Builder profileName(String profileName) {
      return spec(s -> s.profileName(profileName));
    }

    /** Edits {@code spec.fuse}, starting from its current value. */
    public Builder fuse(Consumer<ThinFuseSpec.Builder> change) {
      return spec(s -> s.fuse(change));
    }

    /** Edits {@code spec.worker}, starting from its current value. */
    public Builder worker(Consumer<ThinCompTemplateSpec.Builder> change) {
      return spec(s -> s.worker(change));
    }

    /** Appends a cache tier to {@code spec.tieredstore.levels}. */
    public Builder level(Consumer<Level.Builder> level) {
      return spec(s -> s.tieredStore(t -> t.level(level)));
    }

    public Builder status(RuntimeStatus status) {
      this.status = status;
      return this;
    }

    public Builder status(Consumer<RuntimeStatus.Builder> change) {
      RuntimeStatus.Builder b = status == null ? RuntimeStatus.builder() : status.toBuilder();
      change.accept(b);
      this.status = b.build();
      return this;
    }

    public ThinRuntime build() {
      return new ThinRuntime(this);
    }
  }
}
