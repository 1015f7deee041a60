package dev.fluidsdk.schema;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an API server would do with an object under a structural schema, as far as the tests need:
 * type errors, values outside an enum, missing required properties (rejections), and properties
 * the schema does not declare (pruned). Not a full OpenAPI validator.
 */
final class SchemaCheck {
  private SchemaCheck() {}

  static List<String> problems(SchemaNode schema, JsonElement value) {
    List<String> out = new ArrayList<>();
    check(schema, value, "", out);
    return out;
  }

  private static void check(SchemaNode s, JsonElement v, String path, List<String> out) {
    if (v.isJsonNull() || s.type() == JsonType.ANY) {
      return;
    }
    String where = path.isEmpty() ? "<root>" : path;
    switch (s.type()) {
      case STRING -> expect(v.isJsonPrimitive() && v.getAsJsonPrimitive().isString(), where, s, out);
      case BOOLEAN -> expect(v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean(), where, s, out);
      case INTEGER -> expect(isInteger(v), where, s, out);
      case NUMBER -> expect(v.isJsonPrimitive() && v.getAsJsonPrimitive().isNumber(), where, s, out);
      case INT_OR_STRING -> expect(
          isInteger(v) || (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()), where, s, out);
      case ARRAY -> {
        if (expect(v.isJsonArray(), where, s, out)) {
          for (int i = 0; i < v.getAsJsonArray().size(); i++) {
            check(s.items(), v.getAsJsonArray().get(i), path + "[" + i + "]", out);
          }
        }
      }
      case OBJECT -> {
        if (expect(v.isJsonObject(), where, s, out)) {
          object(s, v.getAsJsonObject(), path, out);
        }
      }
      default -> throw new IllegalStateException(s.type().toString());
    }
    if (!s.enumValues().isEmpty() && v.isJsonPrimitive()
        && !s.enumValues().contains(v.getAsString())) {
      out.add(where + ": " + v + " not in enum " + s.enumValues());
    }
  }

  private static void object(SchemaNode s, JsonObject o, String path, List<String> out) {
    String prefix = path.isEmpty() ? "" : path + ".";
    for (String r : s.required()) {
      if (!o.has(r)) {
        out.add(prefix + r + ": required");
      }
    }
    if (s.isOpaque() || s.preserveUnknownFields()) {
      return;
    }
    for (Map.Entry<String, JsonElement> e : o.entrySet()) {
      SchemaNode child = s.properties().get(e.getKey());
      if (child == null && s.additionalProperties() != null) {
        check(s.additionalProperties(), e.getValue(), prefix + e.getKey(), out);
      } else if (child == null) {
        out.add(prefix + e.getKey() + ": not in the schema (pruned)");
      } else {
        check(child, e.getValue(), prefix + e.getKey(), out);
      }
    }
  }

  private static boolean isInteger(JsonElement v) {
    if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) {
      return false;
    }
    JsonPrimitive p = v.getAsJsonPrimitive();
    return p.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
  }

  private static boolean expect(boolean ok, String where, SchemaNode s, List<String> out) {
    if (!ok) {
      out.add(where + ": expected " + s.type().label());
    }
    return ok;
  }
}
