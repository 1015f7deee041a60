package dev.fluidsdk.model;

import com.google.gson.annotations.SerializedName;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.openapi.models.V1ListMeta;
import java.util.List;

/**
 * A list of one Fluid kind as the API server returns it ({@code DatasetList}, ...), as client-java's
 * {@link KubernetesListObject} wants it.
 *
 * @param <T> the kind listed
 */
public abstract class FluidList<T extends FluidObject> extends FluidModel implements KubernetesListObject {
  @SerializedName("apiVersion")
  private String apiVersion;

  @SerializedName("kind")
  private String kind;

  @SerializedName("metadata")
  private V1ListMeta metadata;

  @SerializedName("items")
  private List<T> items;

  /** For gson: the subclass's no-argument constructor passes its constants. */
  protected FluidList(String apiVersion, String kind) {
    this.apiVersion = apiVersion;
    this.kind = kind;
  }

  /** A list holding {@code items}, e.g. for tests or for writing several objects at once. */
  protected FluidList(String apiVersion, String kind, List<T> items) {
    this(apiVersion, kind);
    this.metadata = new V1ListMeta();
    this.items = copyOrNull(items);
  }

  @Override
  public final String getApiVersion() {
    return apiVersion;
  }

  @Override
  public final String getKind() {
    return kind;
  }

  @Override
  public final V1ListMeta getMetadata() {
    return metadata;
  }

  @Override
  public final List<T> getItems() {
    return view(items);
  }
}
