package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;

/** Fluid's {@code APIGatewayStatus}: the REST API gateway of a runtime. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class APIGatewayStatus extends FluidModel {
  @SerializedName("endpoint")
  private String endpoint;

  private APIGatewayStatus() {}

  private APIGatewayStatus(Builder b) {
    super(b);
    this.endpoint = b.endpoint;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public String getEndpoint() {
    return endpoint;
  }

  /** Builds a {@link APIGatewayStatus}. */
  public static final class Builder extends AbstractBuilder<Builder> {
    private String endpoint;

    private Builder() {}

    private Builder(APIGatewayStatus from) {
      super(from);
      this.endpoint = from.endpoint;
    }

    public Builder endpoint(String endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    public APIGatewayStatus build() {
      return new APIGatewayStatus(this);
    }
  }
}
