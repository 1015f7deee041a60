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
    int year = utc.getYear();
    if (year < 0 || year > 9999) {
      return (utc.getNano() == 0 ? SECONDS : MICROS).format(utc);
    }
    // By hand: DateTimeFormatter was most of the cost of writing a status full of conditions.
    char[] c = new char[utc.getNano() == 0 ? 20 : 27];
    put(c, 0, year, 4);
    c[4] = '-';
    put(c, 5, utc.getMonthValue(), 2);
    c[7] = '-';
    put(c, 8, utc.getDayOfMonth(), 2);
    c[10] = 'T';
    put(c, 11, utc.getHour(), 2);
    c[13] = ':';
    put(c, 14, utc.getMinute(), 2);
    c[16] = ':';
    put(c, 17, utc.getSecond(), 2);
    if (utc.getNano() != 0) {
      c[19] = '.';
      put(c, 20, utc.getNano() / 1000, 6);
    }
    c[c.length - 1] = 'Z';
    return new String(c);
  }

  private static void put(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Parses any RFC 3339 date-time (offset required). */
  public static OffsetDateTime parse(String text) {
    OffsetDateTime fast = parseCommon(text);
    return fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  // yyyy-MM-ddTHH:mm:ss[.fraction](Z|+hh:mm|-hh:mm), the forms the API server and Go write, read
  // without the general formatter, which dominates reading a status full of conditions. Anything
  // else (or out of range) returns null and takes the general path, which also words the errors.
  private static OffsetDateTime parseCommon(String t) {
    int n = t.length();
    if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
        || t.charAt(13) != ':' || t.charAt(16) != ':') {
      return null;
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    int at = 19;
    int nanos = 0;
    if (t.charAt(at) == '.') {
      int from = ++at;
      while (at < n && at - from < 9 && t.charAt(at) >= '0' && t.charAt(at) <= '9') {
        nanos = nanos * 10 + (t.charAt(at++) - '0');
      }
      if (at == from) {
        return null;
      }
      for (int i = at - from; i < 9; i++) {
        nanos *= 10;
      }
    }
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    ZoneOffset offset = offset(t, at);
    if (offset == null) {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String t, int at) {
    int rest = t.length() - at;
    if (rest == 1 && t.charAt(at) == 'Z') {
      return ZoneOffset.UTC;
    }
    char sign = rest == 6 ? t.charAt(at) : 0;
    if ((sign != '+' && sign != '-') || t.charAt(at + 3) != ':') {
      return null;
    }
    int hours = digits(t, at + 1, at + 3);
    int minutes = digits(t, at + 4, at + 6);
    int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
    if ((hours | minutes) < 0 || minutes > 59 || Math.abs(seconds) > 18 * 3600) {
      return null;
    }
    return seconds == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(seconds);
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
    String text = in.nextString();
    try {
      return parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonParseException(
          "expected an RFC 3339 time such as 2024-05-01T10:00:00Z at path " + in.getPreviousPath(),
          e);
    }
  }
}
