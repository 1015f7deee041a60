package dev.fluidsdk.testing.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.fluidsdk.testing.FluidTestServerException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Small gson helpers shared by the server parts. */
public final class Json {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
  // A Yaml instance is not thread-safe but is reusable, and building one (resolvers, constructors) costs more than
  // parsing a small document with it.
  private static final ThreadLocal<Yaml> YAML =
      ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

  private Json() {}

  public static String write(JsonElement e) {
    return GSON.toJson(e);
  }

  public static JsonObject parseObject(String text) {
    JsonElement e = JsonParser.parseString(text);
    if (!e.isJsonObject()) {
      throw new FluidTestServerException("expected a JSON object at column 1");
    }
    return e.getAsJsonObject();
  }

  /** Parses YAML or JSON (YAML 1.1 is a superset of JSON) into a gson tree. */
  public static JsonElement parseYamlOrJson(String text) {
    Object loaded = YAML.get().load(text);
    return toJson(loaded);
  }

  private static JsonElement toJson(Object o) {
    if (o == null) {
      return JsonNull.INSTANCE;
    }
    if (o instanceof Map<?, ?> map) {
      JsonObject obj = new JsonObject();
      map.forEach((k, v) -> obj.add(String.valueOf(k), toJson(v)));
      return obj;
    }
    if (o instanceof List<?> list) {
      JsonArray arr = new JsonArray();
      list.forEach(v -> arr.add(toJson(v)));
      return arr;
    }
    if (o instanceof Boolean b) {
      return new JsonPrimitive(b);
    }
    if (o instanceof Number n) {
      return new JsonPrimitive(n);
    }
    return new JsonPrimitive(String.valueOf(o));
  }

  /** The object at {@code key}, created when absent. */
  public static JsonObject child(JsonObject parent, String key) {
    JsonElement e = parent.get(key);
    if (e == null || !e.isJsonObject()) {
      JsonObject created = new JsonObject();
      parent.add(key, created);
      return created;
    }
    return e.getAsJsonObject();
  }

  public static JsonObject obj(JsonObject parent, String key) {
    JsonElement e = parent == null ? null : parent.get(key);
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
  }

  public static String str(JsonObject parent, String key) {
    JsonElement e = parent == null ? null : parent.get(key);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  public static JsonObject metadata(JsonObject object) {
    return child(object, "metadata");
  }

  /** JSON merge patch (RFC 7386) of {@code patch} into a copy of {@code target}. */
  public static JsonElement mergePatch(JsonElement target, JsonElement patch) {
    if (!patch.isJsonObject()) {
      return patch.deepCopy();
    }
    JsonObject result = target != null && target.isJsonObject() ? target.getAsJsonObject().deepCopy() : new JsonObject();
    for (Map.Entry<String, JsonElement> e : patch.getAsJsonObject().entrySet()) {
      if (e.getValue().isJsonNull()) {
        result.remove(e.getKey());
      } else {
        result.add(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
      }
    }
    return result;
  }
}
