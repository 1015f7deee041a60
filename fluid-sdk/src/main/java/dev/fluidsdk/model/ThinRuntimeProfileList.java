package dev.fluidsdk.model;

import com.google.gson.annotations.JsonAdapter;
import java.util.List;

/** A list of {@link ThinRuntimeProfile}s as the API server returns it. */
@JsonAdapter(PreservingAdapterFactory.class)
public final class ThinRuntimeProfileList extends FluidList<ThinRuntimeProfile> {
  public static final String KIND = "ThinRuntimeProfileList";

  private ThinRuntimeProfileList() {
    super(ThinRuntimeProfile.API_VERSION, KIND);
  }

  private ThinRuntimeProfileList(List<ThinRuntimeProfile> items) {
    super(ThinRuntimeProfile.API_VERSION, KIND, items);
  }

  /** A list holding {@code items}, e.g. for tests or for writing several objects at once. */
  public static ThinRuntimeProfileList of(List<ThinRuntimeProfile> items) {
    return new ThinRuntimeProfileList(items);
  }
}
