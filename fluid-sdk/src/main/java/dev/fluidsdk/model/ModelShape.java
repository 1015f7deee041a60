package dev.fluidsdk.model;

import com.google.gson.annotations.SerializedName;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** What the preserving adapter needs to know of one model class, computed once per class. */
final class ModelShape {
  private static final Map<Class<?>, ModelShape> CACHE = new ConcurrentHashMap<>();

  private final String simpleName;
  private final Set<String> names;
  private final Map<String, CoreShape> coreShapes;

  private ModelShape(Class<?> type) {
    this.simpleName = type.getSimpleName();
    Set<String> known = new HashSet<>();
    Map<String, CoreShape> core = new HashMap<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod) || Modifier.isTransient(mod)) {
          continue;
        }
        SerializedName sn = f.getAnnotation(SerializedName.class);
        String name = sn == null ? f.getName() : sn.value();
        known.add(name);
        if (sn != null) {
          Collections.addAll(known, sn.alternate());
        }
        CoreShape shape = CoreShape.of(f.getGenericType());
        if (shape != null) {
          core.put(name, shape);
        }
      }
    }
    this.names = Set.copyOf(known);
    this.coreShapes = Map.copyOf(core);
  }

  static ModelShape of(Class<?> type) {
    return CACHE.computeIfAbsent(type, ModelShape::new);
  }

  String simpleName() {
    return simpleName;
  }

  boolean knows(String jsonName) {
    return names.contains(jsonName);
  }

  /** Every field that holds client-java objects, by JSON name. */
  Map<String, CoreShape> coreShapes() {
    return coreShapes;
  }

  /** The shape of a field that holds client-java objects, or null for any other field. */
  CoreShape coreShape(String jsonName) {
    return coreShapes.get(jsonName);
  }
}
