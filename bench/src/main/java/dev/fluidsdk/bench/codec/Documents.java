package dev.fluidsdk.bench.codec;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.fluidsdk.model.FluidKind;
import io.kubernetes.client.common.KubernetesType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON documents the codec benchmark reads: full objects (every spec and status field) made
 * from the model golden files. A document whose kind has no model class yet is reported as absent
 * rather than benchmarked as something else.
 */
public final class Documents {
  /** Names accepted by {@link #json(String)}, in report order. */
  public static final List<String> NAMES = List.of("dataset", "thinruntime");

  private Documents() {}

  /** The document's JSON text, as stored. */
  public static String json(String name) {
    String resource = name + "-full.json";
    try (InputStream in = Documents.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no benchmark document " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The model class FluidJson reads this document as, or null if the SDK does not model it. */
  public static Class<? extends KubernetesType> modelClass(String json) {
    JsonObject o = JsonParser.parseString(json).getAsJsonObject();
    return FluidKind.modelClass(o.get("apiVersion").getAsString(), o.get("kind").getAsString())
        .orElse(null);
  }
}
