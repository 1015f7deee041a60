package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.util.function.Consumer;

/**
 * Fluid's {@code EncryptOption}: a mount option whose value is kept in a Secret rather than in the
 * Dataset, e.g. a credential.
 */
@JsonAdapter(PreservingAdapterFactory.class)
public final class EncryptOption extends FluidModel {
  @SerializedName("name")
  private String name;

  @SerializedName("valueFrom")
  private EncryptOptionSource valueFrom;

  private EncryptOption() {}

  private EncryptOption(Builder b) {
    super(b);
    this.name = b.name;
    this.valueFrom = b.valueFrom;
  }

  /** Option {@code name} with its value from {@code key} of Secret {@code secretName}. */
  public static EncryptOption fromSecret(String name, String secretName, String key) {
    return builder()
        .name(name)
        .valueFrom(v -> v.secretKeyRef(SecretKeySelector.of(secretName, key)))
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The option's name (required). */
  public String getName() {
    return name;
  }

  public EncryptOptionSource getValueFrom() {
    return valueFrom;
  }

  /** Builds an {@link EncryptOption}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String name;
    private EncryptOptionSource valueFrom;

    private Builder() {}

    private Builder(EncryptOption from) {
      super(from);
      this.name = from.name;
      this.valueFrom = from.valueFrom;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder valueFrom(EncryptOptionSource valueFrom) {
      this.valueFrom = valueFrom;
      return this;
    }

    public Builder valueFrom(Consumer<EncryptOptionSource.Builder> spec) {
      EncryptOptionSource.Builder b =
          valueFrom == null ? EncryptOptionSource.builder() : valueFrom.toBuilder();
      spec.accept(b);
      this.valueFrom = b.build();
      return this;
    }

    public EncryptOption build() {
      return new EncryptOption(this);
    }
  }
}
