package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.util.function.Consumer;

/** Fluid's {@code RuntimeManagement}: policies for managing a runtime. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class RuntimeManagement extends FluidModel {
  @SerializedName("cleanCachePolicy")
  private CleanCachePolicy cleanCachePolicy;

  @SerializedName("metadataSyncPolicy")
  private MetadataSyncPolicy metadataSyncPolicy;

  private RuntimeManagement() {}

  private RuntimeManagement(Builder b) {
    super(b);
    this.cleanCachePolicy = b.cleanCachePolicy;
    this.metadataSyncPolicy = b.metadataSyncPolicy;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public CleanCachePolicy getCleanCachePolicy() {
    return cleanCachePolicy;
  }

  public MetadataSyncPolicy getMetadataSyncPolicy() {
    return metadataSyncPolicy;
  }

  /** Builds a {@link RuntimeManagement}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private CleanCachePolicy cleanCachePolicy;
    private MetadataSyncPolicy metadataSyncPolicy;

    private Builder() {}

    private Builder(RuntimeManagement from) {
      super(from);
      this.cleanCachePolicy = from.cleanCachePolicy;
      this.metadataSyncPolicy = from.metadataSyncPolicy;
    }

    public Builder cleanCachePolicy(CleanCachePolicy cleanCachePolicy) {
      this.cleanCachePolicy = cleanCachePolicy;
      return this;
    }

    /** Edits {@code cleanCachePolicy}, starting from its current value. */
    public Builder cleanCachePolicy(Consumer<CleanCachePolicy.Builder> change) {
      CleanCachePolicy.Builder b =
          cleanCachePolicy == null ? CleanCachePolicy.builder() : cleanCachePolicy.toBuilder();
      change.accept(b);
      this.cleanCachePolicy = b.build();
      return this;
    }

    public Builder metadataSyncPolicy(MetadataSyncPolicy metadataSyncPolicy) {
      this.metadataSyncPolicy = metadataSyncPolicy;
      return this;
    }

    /** Edits {@code metadataSyncPolicy}, starting from its current value. */
    public Builder metadataSyncPolicy(Consumer<MetadataSyncPolicy.Builder> change) {
      MetadataSyncPolicy.Builder b =
          metadataSyncPolicy == null ? MetadataSyncPolicy.builder() : metadataSyncPolicy.toBuilder();
      change.accept(b);
      this.metadataSyncPolicy = b.build();
      return this;
    }

    public RuntimeManagement build() {
      return new RuntimeManagement(this);
    }
  }
}
