package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.util.function.Consumer;

/** Fluid's {@code EncryptOptionSource}: where an encrypted option's value comes from. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class EncryptOptionSource extends FluidModel {
  @SerializedName("secretKeyRef")
  private SecretKeySelector secretKeyRef;

  private EncryptOptionSource() {}

  private EncryptOptionSource(Builder b) {
    super(b);
    this.secretKeyRef = b.secretKeyRef;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public SecretKeySelector getSecretKeyRef() {
    return secretKeyRef;
  }

  /** Builds an {@link EncryptOptionSource}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private SecretKeySelector secretKeyRef;

    private Builder() {}

    private Builder(EncryptOptionSource from) {
      super(from);
      this.secretKeyRef = from.secretKeyRef;
    }

    public Builder secretKeyRef(SecretKeySelector secretKeyRef) {
      this.secretKeyRef = secretKeyRef;
      return this;
    }

    public Builder secretKeyRef(Consumer<SecretKeySelector.Builder> spec) {
      SecretKeySelector.Builder b =
          secretKeyRef == null ? SecretKeySelector.builder() : secretKeyRef.toBuilder();
      spec.accept(b);
      this.secretKeyRef = b.build();
      return this;
    }

    public EncryptOptionSource build() {
      return new EncryptOptionSource(this);
    }
  }
}
