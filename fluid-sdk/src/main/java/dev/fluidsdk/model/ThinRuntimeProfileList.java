package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.openapi.models.V1ListMeta;
import java.util.List;

/** A list of {@link ThinRuntimeProfile}s as the API server returns it. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntimeProfileList extends FluidModel implements KubernetesListObject {
  public static final String KIND = "ThinRuntimeProfileList";

  @SerializedName("apiVersion")
  private String apiVersion = ThinRuntimeProfile.API_VERSION;

  @SerializedName("kind")
  private String kind = KIND;

  @SerializedName("metadata")
  private V1ListMeta metadata;

  @SerializedName("items")
  private List<ThinRuntimeProfile> items;

  private ThinRuntimeProfileList() {}

  /** A list holding {@code items}, e.g. for tests or for writing several objects at once. */
  public static ThinRuntimeProfileList of(List<ThinRuntimeProfile> items) {
    ThinRuntimeProfileList l = new ThinRuntimeProfileList();
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
  public List<ThinRuntimeProfile> getItems() {
    return view(items);
  }
}
