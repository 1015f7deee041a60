package dev.fluidsdk.model;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes one {@link FluidModel} class in a single pass over the JSON stream: known
 * properties go straight into the fields through their own adapters, unknown ones are kept as
 * trees in the model, embedded client-java objects go through {@link CoreCodecs}.
 *
 * <p>Output is what gson's reflective adapter writes (a class's fields before its superclass's,
 * nulls left out), with {@code apiVersion}, {@code kind} and {@code metadata} first for top-level
 * objects, and the unknown properties after the known ones.
 */
final class ModelAdapter<T> extends TypeAdapter<T> {
  private static final List<String> TYPE_META = List.of("apiVersion", "kind", "metadata");

  private final String simpleName;
  private final Constructor<T> constructor;
  private final TypeAdapter<JsonElement> trees;
  private final Slot[] writeOrder;
  private final NameTable<Slot> byName;
  private final Map<String, Slot> byPrimaryName;

  /** One bound field; {@code core} is set for fields holding client-java objects. */
  private record Slot(String name, Field field, CoreCodecs.Codec core, TypeAdapter<Object> adapter) {}

  ModelAdapter(Gson gson, Class<T> type) {
    this.simpleName = type.getSimpleName();
    this.constructor = BoundFields.noArgConstructor(type);
    this.trees = gson.getAdapter(JsonElement.class);
    CoreCodecs codecs = new CoreCodecs(gson);
    List<Slot> slots = new ArrayList<>();
    Map<String, Slot> names = new HashMap<>();
    Map<String, Slot> primary = new HashMap<>();
    for (BoundFields.Bound b : BoundFields.of(type)) {
      CoreCodecs.Codec core = codecs.forType(b.type());
      Slot slot =
          new Slot(b.name(), b.field(), core, core == null ? BoundFields.adapter(gson, b) : null);
      slots.add(slot);
      primary.put(b.name(), slot);
      names.put(b.name(), slot);
      b.alternates().forEach(a -> names.put(a, slot));
    }
    if (FluidObject.class.isAssignableFrom(type)) {
      // gson writes a subclass's fields before its superclass's; Kubernetes objects read best,
      // and are conventionally written, with apiVersion, kind and metadata first.
      List<Slot> ordered = new ArrayList<>();
      TYPE_META.forEach(n -> ordered.add(primary.get(n)));
      slots.stream().filter(s -> !TYPE_META.contains(s.name())).forEach(ordered::add);
      slots = ordered;
    }
    this.writeOrder = slots.toArray(new Slot[0]);
    this.byName = new NameTable<>(names);
    this.byPrimaryName = Map.copyOf(primary);
  }

  @Override
  public T read(JsonReader in) throws IOException {
    if (in.peek() != JsonToken.BEGIN_OBJECT) {
      throw new JsonParseException(
          "expected an object for " + simpleName + " at path " + in.getPath());
    }
    T model = BoundFields.newInstance(constructor);
    Map<String, JsonElement> additional = null;
    CoreWalk walk = null;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      Slot slot = byName.get(name);
      if (slot == null) {
        if (additional == null) {
          additional = new LinkedHashMap<>();
        }
        additional.put(name, trees.read(in));
        continue;
      }
      Object value;
      try {
        if (slot.core() != null) {
          if (walk == null) {
            walk = CoreWalk.reading();
          }
          value = slot.core().readMember(in, name, walk);
        } else {
          value = slot.adapter().read(in);
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw located(e, in);
      }
      BoundFields.set(slot.field(), model, value);
    }
    in.endObject();
    ((FluidModel) model).preserved(additional, walk == null ? null : walk.found());
    return model;
  }

  // A value adapter that fails without saying where (an enum, a time) gets the reader's path.
  private static JsonParseException located(RuntimeException e, JsonReader in) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new JsonParseException(
        message.contains("path $") ? message : message + " at path " + in.getPath(), e);
  }

  @Override
  public void write(JsonWriter out, T value) throws IOException {
    FluidModel model = (FluidModel) value;
    Map<String, JsonElement> unknownCore = model.unknownCoreFields();
    CoreWalk walk = unknownCore.isEmpty() ? null : CoreWalk.writing(unknownCore);
    out.beginObject();
    for (Slot slot : writeOrder) {
      Object v = BoundFields.get(slot.field(), value);
      if (v == null) {
        continue;
      }
      out.name(slot.name());
      if (slot.core() == null) {
        slot.adapter().write(out, v);
      } else {
        slot.core().writeMember(out, slot.name(), v, walk);
      }
    }
    for (Map.Entry<String, JsonElement> e : model.getAdditionalProperties().entrySet()) {
      Slot known = byPrimaryName.get(e.getKey());
      if (known == null || BoundFields.get(known.field(), value) == null) {
        out.name(e.getKey());
        BoundFields.writeUnknown(out, trees, e.getValue());
      }
    }
    out.endObject();
  }
}
