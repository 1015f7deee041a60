package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code SecretKeySelector}: one key of a Secret in the object's namespace. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class SecretKeySelector extends FluidModel {
  @SerializedName("name")
  private String name;

  @SerializedName("key")
  private String key;

  private SecretKeySelector() {}

  private SecretKeySelector(Builder b) {
    super(b);
    this.name = b.name;
    this.key = b.key;
  }

  /** A selector of {@code key} in Secret {@code name}. */
  public static SecretKeySelector of(String name, String key) {
    return builder().name(name).key(key).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The Secret's name (required). */
  public String getName() {
    return name;
  }

  /** The key in the Secret. */
  public String getKey() {
    return key;
  }

  /** Builds a {@link SecretKeySelector}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String name;
    private String key;

    private Builder() {}

    private Builder(SecretKeySelector from) {
      super(from);
      this.name = from.name;
      this.key = from.key;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder key(String key) {
      this.key = key;
      return this;
    }

    public SecretKeySelector build() {
      return new SecretKeySelector(this);
    }
  }
}
