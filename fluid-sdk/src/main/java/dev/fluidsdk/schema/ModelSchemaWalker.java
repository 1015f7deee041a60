package dev.fluidsdk.schema;

import com.google.gson.JsonElement;
import com.google.gson.annotations.SerializedName;
import dev.fluidsdk.model.FluidEnum;
import dev.fluidsdk.model.FluidModel;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the JSON schema of a model class by reflection, the way gson writes it: every non-static,
 * non-transient field under its {@code @SerializedName}, into nested Fluid models, client-java's
 * {@code io.kubernetes.client.openapi.models} classes, lists, string-keyed maps, {@code Quantity}
 * and {@code IntOrString} (int-or-string), {@code OffsetDateTime} (date-time string) and scalars.
 *
 * <p>What the Java types say beyond the JSON type is kept too: a {@code String} field of a Fluid
 * model whose getter returns a {@link FluidEnum} gets that enum's values; a client-java class's
 * required properties come from its {@code openapiRequiredFields}.
 *
 * <p>A top-level {@code metadata} ({@code V1ObjectMeta}, {@code V1ListMeta}) is an opaque object:
 * the API server validates object metadata itself, and a CRD's schema may not describe it.
 */
public final class ModelSchemaWalker {
  private static final String CORE_MODELS = "io.kubernetes.client.openapi.models";

  private final Deque<Class<?>> stack = new ArrayDeque<>();

  private ModelSchemaWalker() {}

  /** The schema of {@code root}, e.g. {@code Dataset.class}. */
  public static SchemaNode walk(Class<?> root) {
    ModelSchemaWalker w = new ModelSchemaWalker();
    return w.object(root, "", true);
  }

  /** Whether {@code c} is walked field by field: a Fluid model or a client-java model. */
  static boolean isStructured(Class<?> c) {
    return FluidModel.class.isAssignableFrom(c)
        || (c.getPackageName().equals(CORE_MODELS) && !c.isEnum() && !c.isInterface());
  }

  /** The JSON properties of a structured class: name to field, in declaration order. */
  static Map<String, Field> jsonFields(Class<?> c) {
    List<Class<?>> chain = new ArrayList<>();
    for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
      chain.add(0, k);
    }
    Map<String, Field> out = new LinkedHashMap<>();
    for (Class<?> k : chain) {
      for (Field f : k.getDeclaredFields()) {
        int mod = f.getModifiers();
        if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()) {
          continue;
        }
        SerializedName sn = f.getAnnotation(SerializedName.class);
        out.put(sn == null ? f.getName() : sn.value(), f);
      }
    }
    return out;
  }

  private SchemaNode object(Class<?> c, String path, boolean root) {
    if (stack.contains(c)) {
      // A recursive core type (JSONSchemaProps): a schema cannot nest for ever.
      return SchemaNode.any();
    }
    stack.push(c);
    try {
      Map<String, SchemaNode> props = new LinkedHashMap<>();
      for (Map.Entry<String, Field> e : jsonFields(c).entrySet()) {
        String name = e.getKey();
        Field f = e.getValue();
        String childPath = path.isEmpty() ? name : path + "." + name;
        SchemaNode node;
        if (root && name.equals("metadata") && f.getType().getPackageName().equals(CORE_MODELS)) {
          node = SchemaNode.object(Map.of());
        } else {
          node = of(f.getGenericType(), childPath);
          if (node.type() == JsonType.STRING && FluidModel.class.isAssignableFrom(c)) {
            node = node.withEnumValues(enumValues(c, f));
          }
        }
        props.put(name, node);
      }
      return SchemaNode.object(SchemaNode.sorted(props)).withRequired(requiredOf(c, props));
    } finally {
      stack.pop();
    }
  }

  private SchemaNode of(Type type, String path) {
    if (type instanceof WildcardType w) {
      return of(w.getUpperBounds()[0], path);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] args = p.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw)) {
        return SchemaNode.array(of(args[0], path + "[]"));
      }
      if (Map.class.isAssignableFrom(raw)) {
        if (args[0] != String.class) {
          throw new SchemaException(path + ": map keys must be strings, got " + args[0]);
        }
        return SchemaNode.map(of(args[1], path + "{}"));
      }
      throw new SchemaException(path + ": unsupported generic type " + type.getTypeName());
    }
    if (!(type instanceof Class<?> c)) {
      throw new SchemaException(path + ": unsupported type " + type.getTypeName());
    }
    if (c == String.class || c.isEnum()) {
      return SchemaNode.leaf(JsonType.STRING, null);
    }
    if (c == Boolean.class || c == boolean.class) {
      return SchemaNode.leaf(JsonType.BOOLEAN, null);
    }
    if (c == Integer.class || c == int.class || c == Short.class || c == short.class) {
      return SchemaNode.leaf(JsonType.INTEGER, "int32");
    }
    if (c == Long.class || c == long.class) {
      return SchemaNode.leaf(JsonType.INTEGER, "int64");
    }
    if (c == Double.class || c == double.class || c == BigDecimal.class) {
      return SchemaNode.leaf(JsonType.NUMBER, "double");
    }
    if (c == Float.class || c == float.class) {
      return SchemaNode.leaf(JsonType.NUMBER, "float");
    }
    if (c == Quantity.class || c == IntOrString.class) {
      return SchemaNode.leaf(JsonType.INT_OR_STRING, null);
    }
    if (c == OffsetDateTime.class) {
      return SchemaNode.leaf(JsonType.STRING, "date-time");
    }
    if (c == byte[].class) {
      return SchemaNode.leaf(JsonType.STRING, "byte");
    }
    if (c == Object.class || JsonElement.class.isAssignableFrom(c)) {
      return SchemaNode.any();
    }
    if (List.class.isAssignableFrom(c) || Set.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
      throw new SchemaException(path + ": raw collection type " + c.getName());
    }
    if (isStructured(c)) {
      return object(c, path, false);
    }
    throw new SchemaException(path + ": unsupported type " + c.getName());
  }

  /** The values of the FluidEnum that the field's typed getter returns; empty if it has none. */
  static List<String> enumValues(Class<?> owner, Field f) {
    String getter = "get" + Character.toUpperCase(f.getName().charAt(0)) + f.getName().substring(1);
    Method m;
    try {
      m = owner.getMethod(getter);
    } catch (NoSuchMethodException e) {
      return List.of();
    }
    Class<?> r = m.getReturnType();
    if (!r.isEnum() || !FluidEnum.class.isAssignableFrom(r)) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Object constant : r.getEnumConstants()) {
      String v = ((FluidEnum) constant).value();
      if (v != null) {
        values.add(v);
      }
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  private static List<String> requiredOf(Class<?> c, Map<String, SchemaNode> props) {
    if (!c.getPackageName().equals(CORE_MODELS)) {
      return List.of();
    }
    try {
      Field f = c.getField("openapiRequiredFields");
      if (!Modifier.isStatic(f.getModifiers()) || !(f.get(null) instanceof Set<?>)) {
        return List.of();
      }
      Set<String> names = (Set<String>) f.get(null);
      List<String> out = new ArrayList<>();
      for (String name : props.keySet()) {
        if (names.contains(name)) {
          out.add(name);
        }
      }
      return out;
    } catch (NoSuchFieldException | IllegalAccessException e) {
      return List.of();
    }
  }
}
