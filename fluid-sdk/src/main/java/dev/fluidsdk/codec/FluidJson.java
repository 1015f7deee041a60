package dev.fluidsdk.codec;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import dev.fluidsdk.model.CoreTrees;
import dev.fluidsdk.model.FluidKind;
import dev.fluidsdk.model.FluidModel;
import io.kubernetes.client.common.KubernetesType;
import dev.fluidsdk.model.Rfc3339;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.util.generic.dynamic.DynamicKubernetesObject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON in and out for Fluid objects, on client-java's gson configuration (its adapters for
 * quantities, int-or-string and times) with Kubernetes' own time format.
 */
public final class FluidJson {
  private static final Gson GSON =
      JSON.getGson()
          .newBuilder()
          .registerTypeAdapter(OffsetDateTime.class, new Rfc3339().nullSafe())
          .registerTypeAdapter(Quantity.class, new QuantityMemo())
          .registerTypeAdapterFactory(StrictIntegers.INSTANCE)
          .disableHtmlEscaping()
          .create();
  private static final Gson PRETTY = GSON.newBuilder().setPrettyPrinting().create();
  private static final CoreTrees CORE_TREES = new CoreTrees(GSON);
  private static final Pattern GSON_PATH = Pattern.compile("path \\$\\.?(\\S*)");

  private FluidJson() {}

  /** The Gson this codec uses; models also work with any Gson built on client-java's. */
  public static Gson gson() {
    return GSON;
  }

  /** Compact JSON; the same object always gives the same string. */
  public static String toJson(Object value) {
    return write(GSON, value);
  }

  /** Indented JSON for people. */
  public static String toPrettyJson(Object value) {
    return write(PRETTY, value);
  }

  // Models stream themselves; anything else goes through its tree so toTree's rules apply.
  private static String write(Gson gson, Object value) {
    if (!(value instanceof FluidModel)) {
      return gson.toJson(toTree(value));
    }
    TextBuffer text = new TextBuffer();
    try {
      gson.toJson(value, value.getClass(), gson.newJsonWriter(text));
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return text.toString();
  }

  /**
   * The JSON tree of a value, without nulls; for client-java's own models (a {@code V1Secret},
   * say) also without the empty lists and maps Go would leave out.
   */
  public static JsonElement toTree(Object value) {
    return CoreTrees.isCoreModel(value) ? CORE_TREES.toTree(value) : GSON.toJsonTree(value);
  }

  /** Reads JSON text as the given type. */
  public static <T> T fromJson(String json, Class<T> type) {
    if (!FluidModel.class.isAssignableFrom(type)) {
      return fromTree(parseTree(json), type);
    }
    // Straight off the text, with no tree in between: the same leniency as parseTree.
    T value = null;
    if (!json.isBlank()) {
      JsonReader reader = new JsonReader(new StringReader(json));
      reader.setStrictness(Strictness.LENIENT);
      try {
        value = GSON.getAdapter(type).read(reader);
        if (value != null && reader.peek() != JsonToken.END_DOCUMENT) {
          throw new FluidCodecException(
              "not valid JSON: a second value after the document, at " + reader.getPath(), null, null);
        }
      } catch (IOException e) {
        throw new FluidCodecException("not valid JSON: " + e.getMessage(), null, e);
      } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
        if (e.getCause() instanceof MalformedJsonException) {
          throw new FluidCodecException("not valid JSON: " + e.getCause().getMessage(), null, e);
        }
        throw wrap(type.getSimpleName(), e);
      }
    }
    if (value == null) {
      throw new FluidCodecException("empty document, expected " + type.getSimpleName(), null, null);
    }
    return value;
  }

  /** Reads a JSON tree as the given type. */
  public static <T> T fromTree(JsonElement tree, Class<T> type) {
    try {
      T value = GSON.fromJson(tree, type);
      if (value == null) {
        throw new FluidCodecException("empty document, expected " + type.getSimpleName(), null, null);
      }
      return value;
    } catch (JsonParseException | IllegalArgumentException | IllegalStateException e) {
      throw wrap(type.getSimpleName(), e);
    }
  }

  /**
   * Reads one object of any kind: a typed model for Fluid's kinds ({@code Dataset}, {@code
   * ThinRuntime}, {@code ThinRuntimeProfile} and their lists), a {@link DynamicKubernetesObject}
   * for anything else.
   */
  public static KubernetesType read(String json) {
    return read(parseTree(json));
  }

  /** Like {@link #read(String)}, from a tree. */
  public static KubernetesType read(JsonElement tree) {
    if (!tree.isJsonObject()) {
      throw new FluidCodecException("expected a JSON object with apiVersion and kind", null, null);
    }
    JsonObject o = tree.getAsJsonObject();
    String apiVersion = stringOrNull(o, "apiVersion");
    String kind = stringOrNull(o, "kind");
    if (apiVersion == null || kind == null) {
      throw new FluidCodecException(
          "missing " + (apiVersion == null ? "apiVersion" : "kind"),
          apiVersion == null ? "apiVersion" : "kind",
          null);
    }
    Optional<Class<? extends KubernetesType>> type = FluidKind.modelClass(apiVersion, kind);
    if (type.isPresent()) {
      return fromTree(o, type.get());
    }
    return new DynamicKubernetesObject(o);
  }

  static JsonElement parseTree(String json) {
    try {
      return JsonParser.parseString(json);
    } catch (JsonParseException e) {
      throw new FluidCodecException("not valid JSON: " + e.getMessage(), null, e);
    }
  }

  private static String stringOrNull(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }

  static FluidCodecException wrap(String what, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Matcher m = GSON_PATH.matcher(message);
    String path = null;
    if (m.find()) {
      path = m.group(1).isEmpty() ? null : m.group(1);
      message = message.substring(0, m.start()).replaceAll("\\s*at\\s*$", "").trim();
    }
    String prefix = path == null ? "cannot read " + what : path;
    return new FluidCodecException(prefix + ": " + message, path, e);
  }
}
