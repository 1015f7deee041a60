package dev.fluidsdk.codec;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts between SnakeYAML's plain Java values and gson trees. */
final class YamlTrees {
  private YamlTrees() {}

  static JsonElement toTree(Object yaml, String path) {
    if (yaml == null) {
      return JsonNull.INSTANCE;
    }
    if (yaml instanceof Map<?, ?> map) {
      JsonObject o = new JsonObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        o.add(key, toTree(e.getValue(), path + "." + key));
      }
      return o;
    }
    if (yaml instanceof List<?> list) {
      JsonArray a = new JsonArray();
      for (int i = 0; i < list.size(); i++) {
        a.add(toTree(list.get(i), path + "[" + i + "]"));
      }
      return a;
    }
    if (yaml instanceof String s) {
      return new JsonPrimitive(s);
    }
    if (yaml instanceof Boolean b) {
      return new JsonPrimitive(b);
    }
    if (yaml instanceof Double d && (d.isNaN() || d.isInfinite())) {
      throw new FluidCodecException(
          (path.isEmpty() ? "" : path.substring(1) + ": ") + "NaN and infinity are not JSON numbers",
          path.isEmpty() ? null : path.substring(1),
          null);
    }
    if (yaml instanceof Number n) {
      return new JsonPrimitive(n);
    }
    if (yaml instanceof byte[] bytes) {
      return new JsonPrimitive(Base64.getEncoder().encodeToString(bytes));
    }
    if (yaml instanceof Date date) {
      return new JsonPrimitive(date.toInstant().toString());
    }
    return new JsonPrimitive(yaml.toString());
  }

  static Object fromTree(JsonElement tree) {
    if (tree == null || tree.isJsonNull()) {
      return null;
    }
    if (tree.isJsonObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> e : tree.getAsJsonObject().entrySet()) {
        map.put(e.getKey(), fromTree(e.getValue()));
      }
      return map;
    }
    if (tree.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      for (JsonElement e : tree.getAsJsonArray()) {
        list.add(fromTree(e));
      }
      return list;
    }
    JsonPrimitive p = tree.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    if (p.isNumber()) {
      return number(p.getAsBigDecimal());
    }
    return p.getAsString();
  }

  private static Object number(BigDecimal d) {
    if (d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0) {
      try {
        BigInteger i = d.toBigIntegerExact();
        return i.bitLength() < 64 ? (Object) i.longValue() : i;
      } catch (ArithmeticException e) {
        return d.doubleValue();
      }
    }
    return d.doubleValue();
  }
}
