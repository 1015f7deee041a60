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
    OffsetDateTime fast = parseUtcSeconds(text);
    return fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  // The form the API server writes, yyyy-MM-ddTHH:mm:ssZ, read without the general formatter,
  // which dominates reading a status full of conditions; anything else takes the general path.
  private static OffsetDateTime parseUtcSeconds(String t) {
    if (t.length() != 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
        || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(19) != 'Z') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null; // out of range: let the general parser produce its message
    }
  }

  private static int digits(String t, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
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
