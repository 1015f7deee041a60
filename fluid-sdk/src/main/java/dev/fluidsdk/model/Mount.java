package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Fluid's {@code Mount}: one source a Dataset mounts. For a ThinRuntime the {@code mountPoint} is
 * handed to the FUSE container as it is, with {@code options} and the resolved {@code
 * encryptOptions}.
 */
@JsonAdapter(PreservingAdapterFactory.class)
public final class Mount extends FluidModel {
  @SerializedName("mountPoint")
  private String mountPoint;

  @SerializedName("options")
  private Map<String, String> options;

  @SerializedName("name")
  private String name;

  @SerializedName("path")
  private String path;

  @SerializedName("readOnly")
  private Boolean readOnly;

  @SerializedName("shared")
  private Boolean shared;

  @SerializedName("encryptOptions")
  private List<EncryptOption> encryptOptions;

  private Mount() {}

  private Mount(Builder b) {
    super(b);
    this.mountPoint = b.mountPoint;
    this.options = copyOrNull(b.options);
    this.name = b.name;
    this.path = b.path;
    this.readOnly = b.readOnly;
    this.shared = b.shared;
    this.encryptOptions = copyOrNull(b.encryptOptions);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The source, required, at least 5 characters (Fluid's CRD). */
  public String getMountPoint() {
    return mountPoint;
  }

  public Map<String, String> getOptions() {
    return view(options);
  }

  public String getName() {
    return name;
  }

  /** Where the mount appears in the dataset; Fluid defaults it to {@code /<name>}. */
  public String getPath() {
    return path;
  }

  public Boolean getReadOnly() {
    return readOnly;
  }

  public Boolean getShared() {
    return shared;
  }

  public List<EncryptOption> getEncryptOptions() {
    return view(encryptOptions);
  }

  /** Builds a {@link Mount}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String mountPoint;
    private Map<String, String> options;
    private String name;
    private String path;
    private Boolean readOnly;
    private Boolean shared;
    private List<EncryptOption> encryptOptions;

    private Builder() {}

    private Builder(Mount from) {
      super(from);
      this.mountPoint = from.mountPoint;
      this.options = from.options;
      this.name = from.name;
      this.path = from.path;
      this.readOnly = from.readOnly;
      this.shared = from.shared;
      this.encryptOptions = from.encryptOptions;
    }

    public Builder mountPoint(String mountPoint) {
      this.mountPoint = mountPoint;
      return this;
    }

    /** Replaces all options; null removes the field. */
    public Builder options(Map<String, String> options) {
      this.options = options;
      return this;
    }

    public Builder option(String key, String value) {
      this.options = put(options, key, value);
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder readOnly(Boolean readOnly) {
      this.readOnly = readOnly;
      return this;
    }

    public Builder shared(Boolean shared) {
      this.shared = shared;
      return this;
    }

    /** Replaces all encrypted options; null removes the field. */
    public Builder encryptOptions(List<EncryptOption> encryptOptions) {
      this.encryptOptions = encryptOptions;
      return this;
    }

    public Builder encryptOption(EncryptOption option) {
      this.encryptOptions = append(encryptOptions, option);
      return this;
    }

    public Builder encryptOption(Consumer<EncryptOption.Builder> spec) {
      EncryptOption.Builder b = EncryptOption.builder();
      spec.accept(b);
      return encryptOption(b.build());
    }

    public Mount build() {
      return new Mount(this);
    }
  }
}
