package dev.fluidsdk.model;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Kubernetes' {@code metav1.Time}: RFC 3339, written in UTC with whole seconds as the API server
 * writes it ({@code 2024-05-01T10:00:00Z}), and with microseconds only when the value has them, so
 * a value read from the server is written back byte for byte.
 */
public final class Rfc3339 extends TypeAdapter<OffsetDateTime> {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

  /** Formats a time the way the API server does. */
  public static String format(OffsetDateTime time) {
    OffsetDateTime utc = time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    return (utc.getNano() == 0 ? SECONDS : MICROS).format(utc);
  }

  /** Parses any RFC 3339 date-time (offset required). */
  public static OffsetDateTime parse(String text) {
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  @Override
  public void write(JsonWriter out, OffsetDateTime value) throws IOException {
    if (value == null) {
      out.nullValue();
    } else {
      out.value(format(value));
    }
  }

  @Override
  public OffsetDateTime read(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    String path = in.getPath();
    String text = in.nextString();
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonParseException(
          "expected an RFC 3339 time such as 2024-05-01T10:00:00Z at path " + path, e);
    }
  }
}
