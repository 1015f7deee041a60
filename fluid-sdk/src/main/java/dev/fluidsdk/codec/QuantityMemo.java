package dev.fluidsdk.codec;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.custom.QuantityFormatException;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * client-java's {@link Quantity} adapter with the parse of each distinct text remembered.
 *
 * <p>{@code Quantity.fromString} compiles a regular expression and does big-decimal arithmetic on
 * every call, which was an eighth of the cost of reading a ThinRuntime; resource quantities repeat
 * ({@code 100m}, {@code 1Gi}) across the objects of a list or a watch. A {@code Quantity} has no
 * mutators, so one instance can serve every reader. The memo is bounded: when full it starts over.
 * Reads and writes are otherwise client-java's, except that a malformed quantity is a
 * {@link JsonParseException} naming its path.
 */
final class QuantityMemo extends TypeAdapter<Quantity> {
  private static final int LIMIT = 4096;
  private final Map<String, Quantity> parsed = new ConcurrentHashMap<>();

  @Override
  public void write(JsonWriter out, Quantity value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else {
      out.value(value.toSuffixedString());
    }
  }

  @Override
  public Quantity read(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    String text = in.nextString();
    Quantity known = parsed.get(text);
    if (known != null) {
      return known;
    }
    Quantity q;
    try {
      q = Quantity.fromString(text);
    } catch (QuantityFormatException | NumberFormatException | ArithmeticException e) {
      // client-java's own adapter lets these escape as bare runtime exceptions, without a path.
      throw new JsonParseException(
          "not a quantity (" + e.getMessage() + ") at path " + in.getPreviousPath(), e);
    }
    if (parsed.size() >= LIMIT) {
      parsed.clear();
    }
    parsed.put(text, q);
    return q;
  }
}
