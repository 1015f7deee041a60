package dev.fluidsdk.codec;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.kubernetes.client.custom.IntOrString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Function;

/**
 * {@code int} and {@code long} fields read the same from a tree as from text. gson's own adapters
 * refuse {@code 123456789012345678901234567890} for an int when they read text, but from a tree
 * (which is how YAML is read) they silently keep its low 32 bits. These accept what gson's text
 * reader accepts (a JSON number or numeric string whose value is integral and in range, {@code
 * 1.0} and {@code 1e3} included) and refuse the rest with the field's path. client-java's
 * {@link IntOrString} has the same flaw, so its number half is read the same way. An int in text
 * is read by gson's own {@code nextInt}, which is already strict there; a long never is, because
 * gson reads {@code 9223372036854775808} or {@code 12345678901234567.5} through a double and
 * keeps a different number.
 */
final class StrictIntegers implements TypeAdapterFactory {
  static final StrictIntegers INSTANCE = new StrictIntegers();

  private static final Strict<Integer> INT =
      new Strict<>("an int", JsonReader::nextInt, Integer::parseInt, BigDecimal::intValueExact);
  private static final Strict<Long> LONG =
      new Strict<>("a long", null, Long::parseLong, BigDecimal::longValueExact);

  /** Reads text that is already strict with {@code textRead}; a null one means "never". */
  private interface TextRead<N> {
    N read(JsonReader in) throws IOException;
  }

  private static final class Strict<N extends Number> extends TypeAdapter<N> {
    private final String what;
    private final TextRead<N> textRead;
    private final Function<String, N> plain;
    private final Function<BigDecimal, N> exact;

    Strict(String what, TextRead<N> textRead, Function<String, N> plain, Function<BigDecimal, N> exact) {
      this.what = what;
      this.textRead = textRead;
      this.plain = plain;
      this.exact = exact;
    }

    @Override
    public void write(JsonWriter out, N value) throws IOException {
      out.value(value);
    }

    /** The plain decimal form, else any exact integral notation ({@code 1.0}, {@code 1e3}). */
    @Override
    public N read(JsonReader in) throws IOException {
      JsonToken token = in.peek();
      if (token == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      if (textRead != null && in.getClass() == JsonReader.class) {
        return textRead.read(in);
      }
      String path = in.getPath();
      if (token != JsonToken.NUMBER && token != JsonToken.STRING) {
        throw new IllegalStateException("Expected " + what + " but was " + token + " at path " + path);
      }
      String text = in.nextString();
      try {
        return plain.apply(text);
      } catch (NumberFormatException notPlain) {
        try {
          return exact.apply(new BigDecimal(text.strip()));
        } catch (NumberFormatException | ArithmeticException e) {
          throw refused(path, text, what);
        }
      }
    }
  }

  /** client-java's IntOrString: a number is an int read as strictly; any string stays a string. */
  private static final TypeAdapter<IntOrString> INT_OR_STRING = new TypeAdapter<>() {
    @Override
    public void write(JsonWriter out, IntOrString value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else if (value.isInteger()) {
        out.value(value.getIntValue());
      } else {
        out.value(value.getStrValue());
      }
    }

    @Override
    public IntOrString read(JsonReader in) throws IOException {
      JsonToken token = in.peek();
      if (token == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      if (token == JsonToken.NUMBER) {
        return new IntOrString(INT.read(in));
      }
      if (token == JsonToken.STRING) {
        return new IntOrString(in.nextString());
      }
      throw new IllegalStateException("Expected an int or a string but was " + token + " at path " + in.getPath());
    }
  };

  private StrictIntegers() {}

  @Override
  @SuppressWarnings("unchecked")
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    Class<?> raw = type.getRawType();
    if (raw == Integer.class || raw == int.class) {
      return (TypeAdapter<T>) INT;
    }
    if (raw == Long.class || raw == long.class) {
      return (TypeAdapter<T>) LONG;
    }
    if (raw == IntOrString.class) {
      return (TypeAdapter<T>) INT_OR_STRING;
    }
    return null;
  }

  private static NumberFormatException refused(String path, String text, String what) {
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return new NumberFormatException("Expected " + what + " but was " + shown + " at path " + path);
  }
}
