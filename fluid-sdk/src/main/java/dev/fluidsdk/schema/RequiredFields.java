package dev.fluidsdk.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.FluidModel;
import dev.fluidsdk.validation.Violation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds which properties a kind's validator requires by asking it: a skeleton object (every nested
 * Fluid object present, lists of them with one element, every other field absent) is validated
 * whole and then once with each nested object left out; every {@code required} violation names a
 * required property. So the CRD requires exactly what {@code validate()} does, with no second list
 * to keep in step. Client-java objects are left out of the skeleton (their own adapters reject
 * incomplete objects); their required properties come from client-java's metadata instead.
 */
final class RequiredFields {
  private static final Logger LOG = LoggerFactory.getLogger(RequiredFields.class);

  private RequiredFields() {}

  /** Required property paths of {@code root} (e.g. {@code spec.mounts[].mountPoint}), sorted. */
  static Set<String> of(Class<?> root) {
    Method validate;
    try {
      validate = root.getMethod("validate");
    } catch (NoSuchMethodException e) {
      return Set.of();
    }
    List<Container> containers = new ArrayList<>();
    JsonObject skeleton = skeleton(root, "", List.of(), containers, new ArrayDeque<>());
    Set<String> required = new TreeSet<>(requiredPaths(root, validate, skeleton));
    for (Container c : containers) {
      JsonObject without = skeleton.deepCopy();
      c.removeFrom(without);
      for (String p : requiredPaths(root, validate, without)) {
        if (p.equals(c.path())) {
          required.add(p);
        }
      }
    }
    required.removeIf(p -> p.equals("metadata") || p.startsWith("metadata."));
    return required;
  }

  /** A nested object of the skeleton, by its JSON location and its property path. */
  private record Container(List<String> location, String path) {
    void removeFrom(JsonObject root) {
      JsonElement at = root;
      for (int i = 0; i < location.size() - 1; i++) {
        at = step(at, location.get(i));
      }
      String last = location.get(location.size() - 1);
      at.getAsJsonObject().remove(last);
    }

    private static JsonElement step(JsonElement e, String key) {
      return e.isJsonArray() ? e.getAsJsonArray().get(Integer.parseInt(key)) : e.getAsJsonObject().get(key);
    }
  }

  private static JsonObject skeleton(
      Class<?> c, String path, List<String> location, List<Container> containers,
      Deque<Class<?>> stack) {
    JsonObject o = new JsonObject();
    if (stack.contains(c)) {
      return o;
    }
    stack.push(c);
    for (Map.Entry<String, Field> e : ModelSchemaWalker.jsonFields(c).entrySet()) {
      String name = e.getKey();
      String childPath = path.isEmpty() ? name : path + "." + name;
      Type t = e.getValue().getGenericType();
      List<String> loc = append(location, name);
      Class<?> element = fluidElement(t);
      if (t instanceof Class<?> k && FluidModel.class.isAssignableFrom(k)) {
        containers.add(new Container(loc, childPath));
        o.add(name, skeleton(k, childPath, loc, containers, stack));
      } else if (element != null) {
        List<String> itemLoc = append(loc, "0");
        containers.add(new Container(loc, childPath));
        JsonArray a = new JsonArray();
        a.add(skeleton(element, childPath + "[]", itemLoc, containers, stack));
        o.add(name, a);
      }
    }
    stack.pop();
    return o;
  }

  private static List<String> append(List<String> list, String item) {
    List<String> out = new ArrayList<>(list);
    out.add(item);
    return List.copyOf(out);
  }

  /** The Fluid model class of a {@code List<X>} field, or null. */
  private static Class<?> fluidElement(Type t) {
    if (t instanceof ParameterizedType p
        && p.getRawType() instanceof Class<?> raw
        && Collection.class.isAssignableFrom(raw)
        && p.getActualTypeArguments()[0] instanceof Class<?> e
        && FluidModel.class.isAssignableFrom(e)) {
      return e;
    }
    return null;
  }

  private static List<String> requiredPaths(Class<?> root, Method validate, JsonObject tree) {
    List<String> out = new ArrayList<>();
    try {
      Object obj = FluidJson.fromTree(tree, root);
      Object result = validate.invoke(obj);
      if (result instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Violation v && v.message().startsWith("required")) {
            out.add(v.path().replaceAll("\\[\\d+]", "[]"));
          }
        }
      }
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      LOG.debug("validating a skeleton {} failed: {}", root.getSimpleName(), e.toString());
    }
    return out;
  }
}
