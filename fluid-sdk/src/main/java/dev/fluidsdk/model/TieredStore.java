package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.function.Consumer;

/** Fluid's {@code TieredStore}: the cache tiers of a runtime. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class TieredStore extends FluidModel {
  @SerializedName("levels")
  private List<Level> levels;

  private TieredStore() {}

  private TieredStore(Builder b) {
    super(b);
    this.levels = copyOrNull(b.levels);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public List<Level> getLevels() {
    return view(levels);
  }

  /** Builds a {@link TieredStore}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private List<Level> levels;

    private Builder() {}

    private Builder(TieredStore from) {
      super(from);
      this.levels = from.levels;
    }

    /** Replaces {@code levels}; null removes the field. */
    public Builder levels(List<Level> levels) {
      this.levels = levels;
      return this;
    }

    /** Appends to {@code levels}. */
    public Builder level(Level level) {
      this.levels = append(levels, level);
      return this;
    }

    /** Appends a new element to {@code levels}. */
    public Builder level(Consumer<Level.Builder> spec) {
      Level.Builder b = Level.builder();
      spec.accept(b);
      return level(b.build());
    }

    public TieredStore build() {
      return new TieredStore(this);
    }
  }
}
