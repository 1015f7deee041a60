package dev.fluidsdk.model;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * JSON trees of client-java objects written the way Go writes Kubernetes objects: client-java's
 * models start with empty lists and maps ({@code finalizers: []}, {@code annotations: {}}) where
 * Go's types leave the field out; these trees leave them out, through the same codecs that write
 * the core objects embedded in this SDK's models.
 */
public final class CoreTrees {
  private final TypeAdapter<Object> goStyle;

  /** Trees written with {@code gson}'s adapters for leaf values (quantities, times, ...). */
  public CoreTrees(Gson gson) {
    CoreCodecs codecs = new CoreCodecs(gson);
    this.goStyle =
        new TypeAdapter<>() {
          @Override
          public void write(JsonWriter out, Object value) throws IOException {
            out.setSerializeNulls(false);
            CoreCodecs.Codec codec = codecs.forType(value.getClass());
            if (codec == null) {
              throw new IllegalArgumentException(value.getClass() + " is not a client-java model");
            }
            codec.write(out, value, null);
          }

          @Override
          public Object read(JsonReader in) {
            throw new UnsupportedOperationException("write-only");
          }
        };
  }

  /** Whether {@code value} is one of client-java's generated models. */
  public static boolean isCoreModel(Object value) {
    return value != null && CoreCodecs.isCoreModel(value.getClass());
  }

  /** The tree of {@code value}, a client-java model, without nulls and empty lists and maps. */
  public JsonElement toTree(Object value) {
    return goStyle.toJsonTree(value);
  }
}
