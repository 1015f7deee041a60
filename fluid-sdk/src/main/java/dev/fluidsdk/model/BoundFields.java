package dev.fluidsdk.model;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reflection the streaming adapters share: which fields gson would bind and in which order,
 * their JSON names, their types with the class's type variables filled in, and field access.
 *
 * <p>The rules are gson's own (static, transient and synthetic fields are skipped; a class's
 * fields come before its superclass's), so that output is the same as gson's reflective adapter
 * would write.
 */
final class BoundFields {
  private BoundFields() {}

  /** One bindable field of {@code owner}, with its type resolved for {@code owner}. */
  record Bound(Field field, String name, List<String> alternates, Type type) {}

  static List<Bound> of(Class<?> owner) {
    Map<TypeVariable<?>, Type> vars = typeVariables(owner);
    List<Bound> out = new ArrayList<>();
    for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
          continue;
        }
        f.setAccessible(true);
        SerializedName sn = f.getAnnotation(SerializedName.class);
        String name = sn == null ? f.getName() : sn.value();
        List<String> alternates = sn == null ? List.of() : List.of(sn.alternate());
        out.add(new Bound(f, name, alternates, resolve(f.getGenericType(), vars)));
      }
    }
    return out;
  }

  // FluidList<T>'s items are List<T>; the adapter of DatasetList must know T is Dataset.
  private static Map<TypeVariable<?>, Type> typeVariables(Class<?> owner) {
    Map<TypeVariable<?>, Type> vars = new HashMap<>();
    for (Class<?> c = owner; c != null && c != Object.class; c = c.getSuperclass()) {
      if (c.getGenericSuperclass() instanceof ParameterizedType p
          && p.getRawType() instanceof Class<?> raw) {
        TypeVariable<?>[] params = raw.getTypeParameters();
        Type[] args = p.getActualTypeArguments();
        for (int i = 0; i < params.length; i++) {
          vars.put(params[i], resolve(args[i], vars));
        }
      }
    }
    return vars;
  }

  private static Type resolve(Type type, Map<TypeVariable<?>, Type> vars) {
    if (type instanceof TypeVariable<?> v) {
      return vars.getOrDefault(v, Object.class);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments().clone();
      boolean changed = false;
      for (int i = 0; i < args.length; i++) {
        Type r = resolve(args[i], vars);
        changed |= r != args[i];
        args[i] = r;
      }
      return changed ? TypeToken.getParameterized(raw, args).getType() : type;
    }
    return type;
  }

  /** The adapter gson would use for the field, honouring a field-level {@code @JsonAdapter}. */
  @SuppressWarnings("unchecked")
  static TypeAdapter<Object> adapter(Gson gson, Bound bound) {
    TypeToken<Object> token = (TypeToken<Object>) TypeToken.get(bound.type());
    JsonAdapter annotation = bound.field().getAnnotation(JsonAdapter.class);
    if (annotation == null) {
      return stringKeyedMap(bound.type())
          ? (TypeAdapter<Object>) (TypeAdapter<?>) new NamedMapAdapter<>(gson.getAdapter(
              TypeToken.get(((ParameterizedType) bound.type()).getActualTypeArguments()[1])))
          : gson.getAdapter(token);
    }
    Object made = instantiate(annotation.value());
    TypeAdapter<Object> adapter;
    if (made instanceof TypeAdapter<?> a) {
      adapter = (TypeAdapter<Object>) a;
    } else if (made instanceof TypeAdapterFactory f) {
      adapter = f.create(gson, token);
    } else {
      throw new IllegalStateException(
          "@JsonAdapter on " + bound.field() + " names neither a TypeAdapter nor a factory");
    }
    return annotation.nullSafe() ? adapter.nullSafe() : adapter;
  }

  // Map or LinkedHashMap with String keys: what NamedMapAdapter creates fits the field.
  private static boolean stringKeyedMap(Type type) {
    return type instanceof ParameterizedType p
        && (p.getRawType() == Map.class || p.getRawType() == java.util.LinkedHashMap.class)
        && p.getActualTypeArguments()[0] == String.class;
  }

  static <T> Constructor<T> noArgConstructor(Class<T> type) {
    try {
      Constructor<T> c = type.getDeclaredConstructor();
      c.setAccessible(true);
      return c;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " needs a no-argument constructor", e);
    }
  }

  static <T> T newInstance(Constructor<T> constructor) {
    try {
      return constructor.newInstance();
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot create " + constructor.getDeclaringClass(), e);
    }
  }

  static Object get(Field f, Object owner) {
    try {
      return f.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }

  static void set(Field f, Object owner, Object value) {
    if (value == null && f.getType().isPrimitive()) {
      return;
    }
    try {
      f.set(owner, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot set " + f, e);
    }
  }

  /**
   * Writes a kept unknown value exactly as it was read, nulls inside it included (the writer
   * otherwise leaves nulls out, which is right for our own fields only).
   */
  static void writeUnknown(JsonWriter out, TypeAdapter<JsonElement> trees, JsonElement value)
      throws IOException {
    boolean serializeNulls = out.getSerializeNulls();
    out.setSerializeNulls(true);
    try {
      trees.write(out, value);
    } finally {
      out.setSerializeNulls(serializeNulls);
    }
  }

  private static Object instantiate(Class<?> type) {
    return newInstance(noArgConstructor(type));
  }

  /**
   * Writes {@code value} with {@code adapter} (or a JSON null) so that a null, as a map value or
   * inside one, is written as {@code null} rather than dropped with its key: gson drops object
   * members whose value is null, and a map read as {@code {"k": null}} must come back the same.
   */
  static <T> void writeKeepingNulls(JsonWriter out, TypeAdapter<T> adapter, T value) throws IOException {
    boolean nulls = out.getSerializeNulls();
    out.setSerializeNulls(true);
    try {
      if (value == null) {
        out.nullValue();
      } else {
        adapter.write(out, value);
      }
    } finally {
      out.setSerializeNulls(nulls);
    }
  }
}
