package dev.fluidsdk.model;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@code Map<String, V>} field ({@code labels}, {@code options}, resource {@code limits}) read
 * with the keys as property names, so that an error in a value names its key ({@code
 * spec.fuse.resources.limits.memory}); gson's own map adapter reads keys as values and leaves the
 * key out of the path. Written as gson writes it; a repeated key keeps the last value.
 *
 * @param <V> the value type
 */
final class NamedMapAdapter<V> extends TypeAdapter<Map<String, V>> {
  private final TypeAdapter<V> values;

  NamedMapAdapter(TypeAdapter<V> values) {
    this.values = values;
  }

  @Override
  public Map<String, V> read(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    Map<String, V> map = new LinkedHashMap<>();
    in.beginObject();
    while (in.hasNext()) {
      String key = in.nextName();
      map.put(key, values.read(in));
    }
    in.endObject();
    return map;
  }

  @Override
  public void write(JsonWriter out, Map<String, V> map) throws IOException {
    if (map == null) {
      out.nullValue();
      return;
    }
    out.beginObject();
    for (Map.Entry<String, V> e : map.entrySet()) {
      out.name(String.valueOf(e.getKey()));
      BoundFields.writeKeepingNulls(out, values, e.getValue());
    }
    out.endObject();
  }
}
