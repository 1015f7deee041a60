package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import java.util.List;

/** A list of {@link ThinRuntime}s as the API server returns it. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntimeList extends FluidList<ThinRuntime> {
  public static final String KIND = "ThinRuntimeList";

  private ThinRuntimeList() {
    super(ThinRuntime.API_VERSION, KIND);
  }

  private ThinRuntimeList(List<ThinRuntime> items) {
    super(ThinRuntime.API_VERSION, KIND, items);
  }

  /** A list holding {@code items}, e.g. for tests or for writing several objects at once. */
  public static ThinRuntimeList of(List<ThinRuntime> items) {
    return new ThinRuntimeList(items);
  }
}
