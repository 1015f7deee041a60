package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/**
 * Fluid's {@code Runtime} (in {@code dataset_types.go}): a runtime object serving a dataset, as
 * listed in {@code spec.runtimes} and {@code status.runtimes}.
 */
@JsonAdapter(PreservingAdapterFactory.class)
public final class DatasetRuntime extends FluidModel {
  @SerializedName("name")
  private String name;

  @SerializedName("namespace")
  private String namespace;

  @SerializedName("category")
  private String category;

  @SerializedName("type")
  private String type;

  @SerializedName("masterReplicas")
  private Integer masterReplicas;

  private DatasetRuntime() {}

  private DatasetRuntime(Builder b) {
    super(b);
    this.name = b.name;
    this.namespace = b.namespace;
    this.category = b.category;
    this.type = b.type;
    this.masterReplicas = b.masterReplicas;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public String getName() {
    return name;
  }

  public String getNamespace() {
    return namespace;
  }

  /** The category; {@link Category#UNRECOGNIZED} for a value this SDK does not know. */
  public Category getCategory() {
    return FluidEnum.parse(Category.class, category, Category.UNRECOGNIZED);
  }

  /** The category exactly as written. */
  public String getCategoryValue() {
    return category;
  }

  /** The runtime's type, e.g. {@code thin} or {@code alluxio}. */
  public String getType() {
    return type;
  }

  public Integer getMasterReplicas() {
    return masterReplicas;
  }

  /** Builds a {@link DatasetRuntime}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String name;
    private String namespace;
    private String category;
    private String type;
    private Integer masterReplicas;

    private Builder() {}

    private Builder(DatasetRuntime from) {
      super(from);
      this.name = from.name;
      this.namespace = from.namespace;
      this.category = from.category;
      this.type = from.type;
      this.masterReplicas = from.masterReplicas;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    public Builder category(Category category) {
      this.category = FluidEnum.valueOf(category);
      return this;
    }

    /** Sets the raw value, also one this SDK does not know. */
    public Builder category(String category) {
      this.category = category;
      return this;
    }

    public Builder type(String type) {
      this.type = type;
      return this;
    }

    public Builder masterReplicas(Integer masterReplicas) {
      this.masterReplicas = masterReplicas;
      return this;
    }

    public DatasetRuntime build() {
      return new DatasetRuntime(this);
    }
  }
}
