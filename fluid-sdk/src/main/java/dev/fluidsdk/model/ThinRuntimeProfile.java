package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import dev.fluidsdk.validation.ThinRuntimeProfileValidator;
import dev.fluidsdk.validation.ValidationException;
import dev.fluidsdk.validation.Violation;
import java.util.List;
import java.util.function.Consumer;

/**
 * Fluid's cluster-scoped {@code ThinRuntimeProfile} ({@code data.fluid.io/v1alpha1}): how to run
 * one file system's FUSE client, shared by every {@link ThinRuntime} that names it. It has no
 * namespace, so its builder has no {@code namespace(...)}.
 *
 * <pre>{@code
 * ThinRuntimeProfile p = ThinRuntimeProfile.builder()
 *     .name("3fs")
 *     .fileSystemType("3fs")
 *     .fuse(f -> f.image("img").imageTag("v1").command(List.of("/entrypoint")))
 *     .build();
 * }</pre>
 */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntimeProfile extends FluidObject {
  public static final String GROUP = "data.fluid.io";
  public static final String VERSION = "v1alpha1";
  public static final String API_VERSION = GROUP + "/" + VERSION;
  public static final String KIND = "ThinRuntimeProfile";
  public static final String PLURAL = "thinruntimeprofiles";

  @SerializedName("spec")
  private ThinRuntimeProfileSpec spec;

  @SerializedName("status")
  private ThinRuntimeProfileStatus status;

  private ThinRuntimeProfile() {
    super(API_VERSION, KIND);
  }

  private ThinRuntimeProfile(Builder b) {
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

  public ThinRuntimeProfileSpec getSpec() {
    return spec;
  }

  public ThinRuntimeProfileStatus getStatus() {
    return status;
  }

  @Override
  public List<Violation> validate() {
    return ThinRuntimeProfileValidator.validate(this);
  }

  /** Throws {@link ValidationException} listing every problem, if there is any. */
  public ThinRuntimeProfile validateOrThrow() {
    throwIfInvalid();
    return this;
  }

  /** Builds a {@link ThinRuntimeProfile}. */
  public static final class Builder extends FluidObject.ObjectBuilder<Builder> {
    private ThinRuntimeProfileSpec spec;
    private ThinRuntimeProfileStatus status;

    private Builder() {}

    private Builder(ThinRuntimeProfile from) {
      super(from);
      this.spec = from.spec;
      this.status = from.status;
    }

    public Builder spec(ThinRuntimeProfileSpec spec) {
      this.spec = spec;
      return this;
    }

    public Builder spec(Consumer<ThinRuntimeProfileSpec.Builder> change) {
      ThinRuntimeProfileSpec.Builder b =
          spec == null ? ThinRuntimeProfileSpec.builder() : spec.toBuilder();
      change.accept(b);
      this.spec = b.build();
      return this;
    }

    /** Sets {@code spec.fileSystemType} (required). */
    public Builder fileSystemType(String fileSystemType) {
      return spec(s -> s.fileSystemType(fileSystemType));
    }

    /** Edits {@code spec.fuse}, starting from its current value. */
    public Builder fuse(Consumer<ThinFuseSpec.Builder> change) {
      return spec(s -> s.fuse(change));
    }

    /** Edits {@code spec.worker}, starting from its current value. */
    public Builder worker(Consumer<ThinCompTemplateSpec.Builder> change) {
      return spec(s -> s.worker(change));
    }

    public Builder status(ThinRuntimeProfileStatus status) {
      this.status = status;
      return this;
    }

    public Builder status(Consumer<ThinRuntimeProfileStatus.Builder> change) {
      ThinRuntimeProfileStatus.Builder b =
          status == null ? ThinRuntimeProfileStatus.builder() : status.toBuilder();
      change.accept(b);
      this.status = b.build();
      return this;
    }

    public ThinRuntimeProfile build() {
      return new ThinRuntimeProfile(this);
    }
  }
}
