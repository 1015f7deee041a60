package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.util.Map;

/** Fluid's {@code PodMetadata}: labels and annotations put on the pods of a component. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class PodMetadata extends FluidModel {
  @SerializedName("labels")
  private Map<String, String> labels;

  @SerializedName("annotations")
  private Map<String, String> annotations;

  private PodMetadata() {}

  private PodMetadata(Builder b) {
    super(b);
    this.labels = copyOrNull(b.labels);
    this.annotations = copyOrNull(b.annotations);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public Map<String, String> getLabels() {
    return view(labels);
  }

  public Map<String, String> getAnnotations() {
    return view(annotations);
  }

  /** Builds a {@link PodMetadata}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private Map<String, String> labels;
    private Map<String, String> annotations;

    private Builder() {}

    private Builder(PodMetadata from) {
      super(from);
      this.labels = from.labels;
      this.annotations = from.annotations;
    }

    /** Replaces {@code labels}; null removes the field. */
    public Builder labels(Map<String, String> labels) {
      this.labels = labels;
      return this;
    }

    /** Puts one entry into {@code labels}. */
    public Builder label(String key, String value) {
      this.labels = put(labels, key, value);
      return this;
    }

    /** Replaces {@code annotations}; null removes the field. */
    public Builder annotations(Map<String, String> annotations) {
      this.annotations = annotations;
      return this;
    }

    /** Puts one entry into {@code annotations}. */
    public Builder annotation(String key, String value) {
      this.annotations = put(annotations, key, value);
      return this;
    }

    public PodMetadata build() {
      return new PodMetadata(this);
    }
  }
}
