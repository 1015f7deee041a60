package dev.fluidsdk.model;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes a {@link FluidModel} through gson's reflective adapter, keeping every property
 * the model does not know: unknown keys of the object itself, and unknown keys inside embedded
 * client-java objects (which client-java's own adapters would reject with an exception).
 *
 * <p>Referenced by {@code @JsonAdapter} on each model class, so it applies with any Gson.
 */
final class PreservingAdapterFactory implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    if (!FluidModel.class.isAssignableFrom(type.getRawType())) {
      return null;
    }
    TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
    TypeAdapter<JsonElement> trees = gson.getAdapter(JsonElement.class);
    ModelShape shape = ModelShape.of(type.getRawType());
    return new PreservingAdapter<>(delegate, trees, shape).nullSafe();
  }

  private static final class PreservingAdapter<T> extends TypeAdapter<T> {
    private final TypeAdapter<T> delegate;
    private final TypeAdapter<JsonElement> trees;
    private final ModelShape shape;

    PreservingAdapter(TypeAdapter<T> delegate, TypeAdapter<JsonElement> trees, ModelShape shape) {
      this.delegate = delegate;
      this.trees = trees;
      this.shape = shape;
    }

    @Override
    public T read(JsonReader in) throws IOException {
      String here = in.getPath();
      JsonElement tree = trees.read(in);
      if (!tree.isJsonObject()) {
        throw new JsonParseException(
            "expected an object for " + shape.simpleName() + " at path " + here);
      }
      JsonObject known = new JsonObject();
      Map<String, JsonElement> additional = new LinkedHashMap<>();
      Map<String, JsonElement> core = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> e : tree.getAsJsonObject().entrySet()) {
        String name = e.getKey();
        if (!shape.knows(name)) {
          additional.put(name, e.getValue());
          continue;
        }
        JsonElement value = e.getValue();
        CoreShape coreShape = shape.coreShape(name);
        if (coreShape != null && !value.isJsonNull() && coreShape.hasUnknown(value)) {
          // Copied first: the tree may be the caller's (FluidJson.fromTree).
          value = value.deepCopy();
          coreShape.prune(value, "/" + JsonPointers.escape(name), core);
        }
        known.add(name, value);
      }
      T result;
      try {
        result = delegate.fromJsonTree(known);
      } catch (JsonParseException e) {
        throw new JsonParseException(rebase(e.getMessage(), here), e);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new JsonParseException(e.getMessage() + " at path " + here, e);
      }
      ((FluidModel) result).preserved(additional, core);
      return result;
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
      JsonObject tree = stripNulls(delegate.toJsonTree(value)).getAsJsonObject();
      for (Map.Entry<String, CoreShape> e : shape.coreShapes().entrySet()) {
        JsonElement field = tree.get(e.getKey());
        if (field != null) {
          e.getValue().dropEmptyCollections(field);
        }
      }
      FluidModel model = (FluidModel) value;
      for (Map.Entry<String, JsonElement> e : model.unknownCoreFields().entrySet()) {
        JsonPointers.putIfParentExists(tree, e.getKey(), e.getValue());
      }
      for (Map.Entry<String, JsonElement> e : model.getAdditionalProperties().entrySet()) {
        if (!tree.has(e.getKey())) {
          tree.add(e.getKey(), e.getValue());
        }
      }
      trees.write(out, model instanceof FluidObject ? typeMetaFirst(tree) : tree);
    }
  }

  // gson writes a subclass's fields before its superclass's; Kubernetes objects read best, and
  // are conventionally written, with apiVersion, kind and metadata first.
  private static JsonObject typeMetaFirst(JsonObject tree) {
    JsonObject ordered = new JsonObject();
    for (String key : new String[] {"apiVersion", "kind", "metadata"}) {
      if (tree.has(key)) {
        ordered.add(key, tree.get(key));
      }
    }
    for (Map.Entry<String, JsonElement> e : tree.entrySet()) {
      if (!ordered.has(e.getKey())) {
        ordered.add(e.getKey(), e.getValue());
      }
    }
    return ordered;
  }

  /** Rewrites gson's "path $.x" (relative to the subtree it read) to the path in the document. */
  static String rebase(String message, String here) {
    if (message == null) {
      return "invalid value at path " + here;
    }
    if ("$".equals(here)) {
      return message;
    }
    int at = message.indexOf("path $");
    return at < 0
        ? message + " at path " + here
        : message.substring(0, at) + "path " + here + message.substring(at + "path $".length());
  }

  static JsonElement stripNulls(JsonElement e) {
    if (e.isJsonObject()) {
      JsonObject o = e.getAsJsonObject();
      for (String key : new ArrayList<>(o.keySet())) {
        JsonElement v = o.get(key);
        if (v.isJsonNull()) {
          o.remove(key);
        } else {
          stripNulls(v);
        }
      }
    } else if (e.isJsonArray()) {
      JsonArray a = e.getAsJsonArray();
      for (JsonElement v : a) {
        stripNulls(v);
      }
    }
    return e;
  }
}
