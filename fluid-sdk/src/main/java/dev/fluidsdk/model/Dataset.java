package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import dev.fluidsdk.validation.ValidationException;
import dev.fluidsdk.validation.Violation;
import dev.fluidsdk.validation.DatasetValidator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fluid's namespaced {@code Dataset} ({@code data.fluid.io/v1alpha1}): the data a runtime serves,
 * turned by Fluid into a PVC of the same name once bound.
 *
 * <pre>{@code
 * Dataset ds = Dataset.builder()
 *     .name("demo").namespace("ml")
 *     .mount(m -> m.name("demo").mountPoint("RDMA://10.0.0.1:8000"))
 *     .build();
 * }</pre>
 */
@JsonAdapter(PreservingAdapterFactory.class)
public final class Dataset extends FluidObject {
  public static final String GROUP = "data.fluid.io";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;
  public static final String KIND = "Dataset";
  public static final String PLURAL = "datasets";

  @SerializedName("spec")
  private DatasetSpec spec;

  @SerializedName("status")
  private DatasetStatus status;

  private Dataset() {
    super(API_VERSION, KIND);
  }

  private Dataset(Builder b) {
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

  public DatasetSpec getSpec() {
    return spec;
  }

  public DatasetStatus getStatus() {
    return status;
  }

  /** Whether Fluid reports the dataset {@code Bound}, i.e. its PVC is usable. */
  public boolean isBound() {
    return status != null && status.getPhase() == DatasetPhase.BOUND;
  }

  @Override
  public List<Violation> validate() {
    return DatasetValidator.validate(this);
  }

  /** Throws {@link ValidationException} listing every problem, if there is any. */
  public Dataset validateOrThrow() {
    throwIfInvalid();
    return this;
  }

  /** Builds a {@link Dataset}. */
  public static final class Builder extends FluidObject.NamespacedBuilder<Builder> {
    private DatasetSpec spec;
    private DatasetStatus status;

    private Builder() {}

    private Builder(Dataset from) {
      super(from);
      this.spec = from.spec;
      this.status = from.status;
    }

    public Builder spec(DatasetSpec spec) {
      this.spec = spec;
      return this;
    }

    public Builder spec(Consumer<DatasetSpec.Builder> change) {
      DatasetSpec.Builder b = spec == null ? DatasetSpec.builder() : spec.toBuilder();
      change.accept(b);
      this.spec = b.build();
      return this;
    }

    /** Adds a mount to {@code spec.mounts}. */
    public Builder mount(Mount mount) {
      return spec(s -> s.mount(mount));
    }

    /** Adds a mount to {@code spec.mounts}. */
    public Builder mount(Consumer<Mount.Builder> spec) {
      Mount.Builder b = Mount.builder();
      spec.accept(b);
      return mount(b.build());
    }

    public Builder status(DatasetStatus status) {
      this.status = status;
      return this;
    }

    public Builder status(Consumer<DatasetStatus.Builder> change) {
      DatasetStatus.Builder b = status == null ? DatasetStatus.builder() : status.toBuilder();
      change.accept(b);
      this.status = b.build();
      return this;
    }

    public Dataset build() {
      return new Dataset(this);
    }
  }
}
