package dev.fluidsdk.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists the properties a model was read with but does not know, at every level, as field paths
 * ({@code spec.mounts[0].mountPiont}). A linter reports them: in a hand-written file an unknown
 * property is usually a typo that Fluid would silently drop.
 */
public final class UnknownFields {
  private UnknownFields() {}

  /** The paths of every unknown property in {@code model}, in document order. */
  public static List<String> of(FluidModel model) {
    List<String> out = new ArrayList<>();
    walk(model, "", out);
    return out;
  }

  private static void walk(Object value, String path, List<String> out) {
    if (value instanceof FluidModel m) {
      for (String key : m.unknownCoreFields().keySet()) {
        String relative = pointerToPath(key);
        out.add(path.isEmpty() ? relative.substring(1) : path + relative);
      }
      for (String key : m.getAdditionalProperties().keySet()) {
        out.add(join(path, key));
      }
      for (Class<?> c = m.getClass(); c != FluidModel.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          int mod = f.getModifiers();
          if (Modifier.isStatic(mod) || Modifier.isTransient(mod)) {
            continue;
          }
          com.google.gson.annotations.SerializedName sn =
              f.getAnnotation(com.google.gson.annotations.SerializedName.class);
          String name = sn == null ? f.getName() : sn.value();
          walk(read(f, m), join(path, name), out);
        }
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        walk(list.get(i), path + "[" + i + "]", out);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        walk(e.getValue(), path + "[" + e.getKey() + "]", out);
      }
    }
  }

  private static Object read(Field f, Object owner) {
    try {
      f.setAccessible(true);
      return f.get(owner);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + f, e);
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  // "/tolerations/0/newField" relative to the model -> ".tolerations[0].newField"
  private static String pointerToPath(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String t = JsonPointers.unescape(token);
      if (t.matches("\\d{1,9}")) {
        sb.append('[').append(t).append(']');
      } else {
        sb.append('.').append(t);
      }
    }
    return sb.toString();
  }
}
