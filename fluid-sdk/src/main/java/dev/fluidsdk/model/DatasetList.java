package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import java.util.List;

/** A list of {@link Dataset}s as the API server returns it. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class DatasetList extends FluidList<Dataset> {
  public static final String KIND = "DatasetList";

  private DatasetList() {
    super(Dataset.API_VERSION, KIND);
  }

  private DatasetList(List<Dataset> items) {
    super(Dataset.API_VERSION, KIND, items);
  }

  /** A list holding {@code items}, e.g. for tests or for writing several objects at once. */
  public static DatasetList of(List<Dataset> items) {
    return new DatasetList(items);
  }
}
