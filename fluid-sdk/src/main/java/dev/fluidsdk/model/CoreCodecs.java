package dev.fluidsdk.model;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams the client-java objects embedded in our models ({@code V1ObjectMeta}, {@code
 * List<V1Toleration>}, ...) straight off the reader and onto the writer.
 *
 * <p>client-java's own adapters read every object into a tree, check it against the OpenAPI schema
 * (again for each nested object) and throw on any property they do not know, so a newer
 * Kubernetes would make our models unreadable. These codecs bind the same fields gson's reflective
 * adapter would, hand unknown properties to a {@link CoreWalk} by JSON pointer, and, like Go,
 * leave empty lists and maps out when writing. A missing required field is not an error here:
 * {@code validate()} reports it with its path.
 *
 * <p>One instance serves one Gson: leaf values (quantities, int-or-string, times) use its adapters.
 */
final class CoreCodecs {
  private static final String MODELS_PACKAGE = "io.kubernetes.client.openapi.models";
  private final Gson gson;
  private final TypeAdapter<JsonElement> trees;
  private final Map<Class<?>, ObjectCodec> objects = new ConcurrentHashMap<>();

  CoreCodecs(Gson gson) {
    this.gson = gson;
    this.trees = gson.getAdapter(JsonElement.class);
  }

  /** Reads and writes one field's value; {@code walk} is null on writes without unknowns. */
  abstract static class Codec {
    abstract Object read(JsonReader in, CoreWalk walk) throws IOException;

    abstract void write(JsonWriter out, Object value, CoreWalk walk) throws IOException;

    /**
     * Reads the value at {@code step} (a member name or an item index), keeping the walk's
     * position in step.
     */
    final Object readMember(JsonReader in, Object step, CoreWalk walk) throws IOException {
      walk.enter(step);
      Object value = read(in, walk);
      walk.leave();
      return value;
    }

    /** Writes the value at {@code step} (a member name or an item index), like {@link #readMember}. */
    final void writeMember(JsonWriter out, Object step, Object value, CoreWalk walk)
        throws IOException {
      if (walk == null) {
        write(out, value, null);
      } else {
        walk.enter(step);
        write(out, value, walk);
        walk.leave();
      }
    }
  }

  /** Whether {@code c} is one of client-java's generated models. */
  static boolean isCoreModel(Class<?> c) {
    if (!c.getPackageName().equals(MODELS_PACKAGE)) {
      return false;
    }
    try {
      return Modifier.isStatic(c.getField("openapiFields").getModifiers());
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  /** The codec of a value of {@code type}, or null when the type holds no client-java object. */
  Codec forType(Type type) {
    if (type instanceof Class<?> c) {
      return isCoreModel(c) ? objects.computeIfAbsent(c, ObjectCodec::new) : null;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        Codec element = forType(args[0]);
        return element == null ? null : new ListCodec(element);
      }
      if (Map.class.isAssignableFrom(raw)) {
        Codec value = forType(args[1]);
        return value == null ? null : new MapCodec(value);
      }
    }
    return null;
  }

  private record Slot(
      String name, Field field, boolean collection, Codec core, TypeAdapter<Object> leaf) {}

  private final class ObjectCodec extends Codec {
    private final Class<?> type;
    private final Constructor<?> constructor;
    // Bound on first use: core types refer to each other, some (JSONSchemaProps) to themselves.
    private volatile Slot[] slots;
    private volatile NameTable<Slot> byName;

    ObjectCodec(Class<?> type) {
      this.type = type;
      this.constructor = BoundFields.noArgConstructor(type);
    }

    private Slot[] slots() {
      Slot[] s = slots;
      if (s == null) {
        List<Slot> list = new ArrayList<>();
        Map<String, Slot> names = new HashMap<>();
        for (BoundFields.Bound b : BoundFields.of(type)) {
          Class<?> raw = b.field().getType();
          boolean collection =
              Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw);
          Codec core = forType(b.type());
          Slot slot = new Slot(
              b.name(), b.field(), collection, core, core == null ? BoundFields.adapter(gson, b) : null);
          list.add(slot);
          names.put(b.name(), slot);
          b.alternates().forEach(a -> names.put(a, slot));
        }
        byName = new NameTable<>(names);
        s = list.toArray(new Slot[0]);
        slots = s;
      }
      return s;
    }

    @Override
    Object read(JsonReader in, CoreWalk walk) throws IOException {
      JsonToken token = in.peek();
      if (token == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      if (token != JsonToken.BEGIN_OBJECT) {
        throw new JsonSyntaxException(
            "expected an object (" + type.getSimpleName() + ") but was " + token
                + " at path " + in.getPath());
      }
      slots();
      NameTable<Slot> names = byName;
      Object o = BoundFields.newInstance(constructor);
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        Slot slot = names.get(name);
        if (slot == null) {
          walk.found(name, trees.read(in));
          continue;
        }
        Object value;
        if (slot.core() != null) {
          value = slot.core().readMember(in, name, walk);
        } else {
          value = slot.leaf().read(in);
        }
        BoundFields.set(slot.field(), o, value);
      }
      in.endObject();
      return o;
    }

    @Override
    void write(JsonWriter out, Object value, CoreWalk walk) throws IOException {
      if (value == null) {
        out.nullValue();
        return;
      }
      out.beginObject();
      for (Slot slot : slots()) {
        Object v = BoundFields.get(slot.field(), value);
        if (v == null || (slot.collection() && isEmpty(v))) {
          continue;
        }
        out.name(slot.name());
        if (slot.core() == null && slot.collection()) {
          // a map read as {"k": null} is written the same, not as {}
          BoundFields.writeKeepingNulls(out, slot.leaf(), v);
        } else if (slot.core() == null) {
          slot.leaf().write(out, v);
        } else {
          slot.core().writeMember(out, slot.name(), v, walk);
        }
      }
      if (walk != null) {
        for (Map.Entry<String, JsonElement> e : walk.unknownHere()) {
          out.name(e.getKey());
          BoundFields.writeUnknown(out, trees, e.getValue());
        }
      }
      out.endObject();
    }
  }

  private static boolean isEmpty(Object collectionOrMap) {
    return collectionOrMap instanceof Collection<?> c ? c.isEmpty() : ((Map<?, ?>) collectionOrMap).isEmpty();
  }

  private static final class ListCodec extends Codec {
    private final Codec element;

    ListCodec(Codec element) {
      this.element = element;
    }

    @Override
    Object read(JsonReader in, CoreWalk walk) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      List<Object> list = new ArrayList<>();
      in.beginArray();
      for (int i = 0; in.hasNext(); i++) {
        list.add(element.readMember(in, i, walk));
      }
      in.endArray();
      return list;
    }

    @Override
    void write(JsonWriter out, Object value, CoreWalk walk) throws IOException {
      out.beginArray();
      int i = 0;
      for (Object e : (Collection<?>) value) {
        element.writeMember(out, i++, e, walk);
      }
      out.endArray();
    }
  }

  private static final class MapCodec extends Codec {
    private final Codec value;

    MapCodec(Codec value) {
      this.value = value;
    }

    @Override
    Object read(JsonReader in, CoreWalk walk) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      Map<String, Object> map = new LinkedHashMap<>();
      in.beginObject();
      while (in.hasNext()) {
        String key = in.nextName();
        map.put(key, value.readMember(in, key, walk));
      }
      in.endObject();
      return map;
    }

    @Override
    void write(JsonWriter out, Object map, CoreWalk walk) throws IOException {
      out.beginObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) map).entrySet()) {
        String key = String.valueOf(e.getKey());
        out.name(key);
        if (e.getValue() == null) {
          BoundFields.writeKeepingNulls(out, null, null);
        } else {
          value.writeMember(out, key, e.getValue(), walk);
        }
      }
      out.endObject();
    }
  }
}
