package dev.fluidsdk.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON shape of a value typed with client-java models ({@code V1Secret}, {@code
 * List<V1Volume>}, ...), for trees of client-java objects written outside our models ({@link
 * CoreTrees}). Inside our models {@link CoreCodecs} does the same while streaming.
 */
abstract class CoreShape {
  private static final String MODELS_PACKAGE = "io.kubernetes.client.openapi.models";
  private static final Map<Class<?>, ObjectShape> OBJECTS = new ConcurrentHashMap<>();

  /**
   * Removes empty lists and maps from list- and map-typed fields. client-java's models start with
   * empty collections where Go's types leave the field out ({@code omitempty}); writing them would
   * add {@code finalizers: []} to every object and, under server-side apply, claim those fields.
   * Empty objects of struct-typed fields ({@code emptyDir: {}}) mean something and stay.
   */
  abstract void dropEmptyCollections(JsonElement tree);

  static CoreShape of(Type type) {
    if (type instanceof Class<?> c) {
      return isCoreModel(c) ? OBJECTS.computeIfAbsent(c, ObjectShape::new) : null;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        CoreShape element = of(args[0]);
        return element == null ? null : new ListShape(element);
      }
      if (Map.class.isAssignableFrom(raw)) {
        CoreShape value = of(args[1]);
        return value == null ? null : new MapShape(value);
      }
    }
    return null;
  }

  static boolean isCoreModel(Class<?> c) {
    return c.getPackageName().equals(MODELS_PACKAGE) && openapiFields(c) != null;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> openapiFields(Class<?> c) {
    try {
      Field f = c.getField("openapiFields");
      return Modifier.isStatic(f.getModifiers()) ? (Set<String>) f.get(null) : null;
    } catch (NoSuchFieldException | IllegalAccessException e) {
      return null;
    }
  }

  private static final class ObjectShape extends CoreShape {
    private final Set<String> allowed;
    private final Class<?> type;
    private volatile Map<String, CoreShape> children;
    private volatile Set<String> collections;

    ObjectShape(Class<?> type) {
      this.type = type;
      this.allowed = Set.copyOf(openapiFields(type));
    }

    // Computed lazily: core types refer to each other (JSONSchemaProps, for one, recursively).
    private Map<String, CoreShape> children() {
      Map<String, CoreShape> c = children;
      if (c == null) {
        c = new HashMap<>();
        for (Field f : type.getDeclaredFields()) {
          SerializedName sn = f.getAnnotation(SerializedName.class);
          if (sn != null && !Modifier.isStatic(f.getModifiers())) {
            CoreShape shape = of(f.getGenericType());
            if (shape != null) {
              c.put(sn.value(), shape);
            }
          }
        }
        children = c;
      }
      return c;
    }

    private Set<String> collections() {
      Set<String> c = collections;
      if (c == null) {
        Set<String> names = new java.util.HashSet<>();
        for (Field f : type.getDeclaredFields()) {
          SerializedName sn = f.getAnnotation(SerializedName.class);
          if (sn != null
              && !Modifier.isStatic(f.getModifiers())
              && (Collection.class.isAssignableFrom(f.getType())
                  || Map.class.isAssignableFrom(f.getType()))) {
            names.add(sn.value());
          }
        }
        c = Set.copyOf(names);
        collections = c;
      }
      return c;
    }

    @Override
    void dropEmptyCollections(JsonElement tree) {
      if (!tree.isJsonObject()) {
        return;
      }
      JsonObject o = tree.getAsJsonObject();
      for (String key : new ArrayList<>(o.keySet())) {
        JsonElement value = o.get(key);
        if (collections().contains(key) && isEmptyCollection(value)) {
          o.remove(key);
          continue;
        }
        CoreShape shape = children().get(key);
        if (shape != null) {
          shape.dropEmptyCollections(value);
        }
      }
    }

  }

  private static boolean isEmptyCollection(JsonElement e) {
    return (e.isJsonArray() && e.getAsJsonArray().isEmpty())
        || (e.isJsonObject() && e.getAsJsonObject().isEmpty());
  }

  private static final class ListShape extends CoreShape {
    private final CoreShape element;

    ListShape(CoreShape element) {
      this.element = element;
    }

    @Override
    void dropEmptyCollections(JsonElement tree) {
      if (tree.isJsonArray()) {
        for (JsonElement e : tree.getAsJsonArray()) {
          element.dropEmptyCollections(e);
        }
      }
    }

  }

  private static final class MapShape extends CoreShape {
    private final CoreShape value;

    MapShape(CoreShape value) {
      this.value = value;
    }

    @Override
    void dropEmptyCollections(JsonElement tree) {
      if (tree.isJsonObject()) {
        for (JsonElement e : tree.getAsJsonObject().asMap().values()) {
          value.dropEmptyCollections(e);
        }
      }
    }

  }
}
