package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import dev.fluidsdk.validation.ThinRuntimeValidator;
import dev.fluidsdk.validation.ValidationException;
import dev.fluidsdk.validation.Violation;
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
public final class ThinRuntime extends FluidObject {
  public static final String GROUP = "data.fluid.io";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;
  public static final String KIND = "ThinRuntime";
  public static final String PLURAL = "thinruntimes";

  @SerializedName("spec")
  private ThinRuntimeSpec spec;

  @SerializedName("status")
  private RuntimeStatus status;

  private ThinRuntime() {
    super(API_VERSION, KIND);
  }

  private ThinRuntime(Builder b) {
    super(API_VERSION, KIND, b);
    this.spec = b.spec;
    this.status = b.status;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
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
    throwIfInvalid();
    return this;
  }

  /** Builds a {@link ThinRuntime}. */
  public static final class Builder extends FluidObject.NamespacedBuilder<Builder> {
    private ThinRuntimeSpec spec;
    private RuntimeStatus status;

    private Builder() {}

    private Builder(ThinRuntime from) {
      super(from);
      this.spec = from.spec;
      this.status = from.status;
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
