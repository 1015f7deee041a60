package dev.fluidsdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;

/**
 * Gives every {@link FluidModel} class a {@link ModelAdapter}: a streaming adapter that keeps
 * every property the model does not know, at its own level and inside embedded client-java
 * objects (which client-java's own adapters would reject with an exception).
 *
 * <p>Referenced by {@code @JsonAdapter} on each model class, so it applies with any Gson.
 */
final class PreservingAdapterFactory implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (!FluidModel.class.isAssignableFrom(type.getRawType())) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Class<T> raw = (Class<T>) type.getRawType();
    return new ModelAdapter<>(gson, raw).nullSafe();
  }
}
