package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.openapi.models.V1ListMeta;
import java.util.List;

/** A list of {@link ThinRuntime}s as the API server returns it. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntimeList extends FluidModel implements KubernetesListObject {
  public static final String KIND = "ThinRuntimeList";

  @SerializedName("apiVersion")
  private String apiVersion = ThinRuntime.API_VERSION;

  @SerializedName("kind")
  private String kind = KIND;

  @SerializedName("metadata")
  private V1ListMeta metadata;

  @SerializedName("items")
  private List<ThinRuntime> items;

  private ThinRuntimeList() {}

  /** A list holding {@code items}, e.g. for tests or for writing several objects at once. */
  public static ThinRuntimeList of(List<ThinRuntime> items) {
    ThinRuntimeList l = new ThinRuntimeList();
    l.metadata = new V1ListMeta();
    l.items = copyOrNull(items);
    return l;
  }

  @Override
  public String getApiVersion() {
    return apiVersion;
  }

  @Override
  public String getKind() {
    return kind;
  }

  @Override
  public V1ListMeta getMetadata() {
    return metadata;
  }

  @Override
  public List<ThinRuntime> getItems() {
    return view(items);
  }
}
