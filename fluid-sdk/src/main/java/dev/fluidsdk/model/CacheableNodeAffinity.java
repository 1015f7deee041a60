package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;

/**
 * Fluid's {@code CacheableNodeAffinity}: the nodes a dataset may be cached on; also steers the
 * scheduling of pods that use the dataset.
 */
@JsonAdapter(PreservingAdapterFactory.class)
public final class CacheableNodeAffinity extends FluidModel {
  @SerializedName("required")
  private V1NodeSelector required;

  private CacheableNodeAffinity() {}

  private CacheableNodeAffinity(Builder b) {
    super(b);
    this.required = CoreCopies.copy(b.required, V1NodeSelector.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * The hard node constraints. client-java's {@code V1NodeSelector} is mutable: treat the value as
   * read-only and change it through {@link #toBuilder()}.
   */
  public V1NodeSelector getRequired() {
    return required;
  }

  /** Builds a {@link CacheableNodeAffinity}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private V1NodeSelector required;

    private Builder() {}

    private Builder(CacheableNodeAffinity from) {
      super(from);
      this.required = CoreCopies.copy(from.required, V1NodeSelector.class);
    }

    /** Replaces the constraints with a copy of {@code required}. */
    public Builder required(V1NodeSelector required) {
      this.required = CoreCopies.copy(required, V1NodeSelector.class);
      return this;
    }

    /** Adds a node selector term (terms are ORed). */
    public Builder requiredTerm(V1NodeSelectorTerm term) {
      if (required == null) {
        required = new V1NodeSelector();
      }
      required.addNodeSelectorTermsItem(CoreCopies.copy(term, V1NodeSelectorTerm.class));
      return this;
    }

    public CacheableNodeAffinity build() {
      return new CacheableNodeAffinity(this);
    }
  }
}
