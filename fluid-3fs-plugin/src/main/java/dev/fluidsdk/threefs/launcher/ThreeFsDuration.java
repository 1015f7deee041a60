package dev.fluidsdk.threefs.launcher;

import java.time.Duration;

/**
 * A 3FS {@code Duration} config value ({@code src/common/utils/Duration.cc}): one or more
 * {@code <integer><unit>} parts separated by whitespace, units strictly decreasing, e.g. {@code
 * 5s}, {@code 100ms}, {@code 1min 30s}. Units are {@code day h min s ms us ns}, case-sensitive.
 * Fractions, bare numbers, signs, empty text and parts without a space between them are refused.
 * The value is a whole number of nanoseconds that fits a signed 64-bit integer.
 *
 * <p>Equal by value ({@code 60s} equals {@code 1min}); {@link #toString()} is canonical: the
 * largest units first, zero parts left out, {@code 0ns} for zero. 3FS reads that form back.
 */
public final class ThreeFsDuration implements Comparable<ThreeFsDuration> {

  private static final String[] UNITS = {"day", "h", "min", "s", "ms", "us", "ns"};
  private static final long[] NANOS = {
    86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L, 1L
  };
  static final String FORMAT =
      "a 3FS Duration: <integer><unit> parts with strictly decreasing units (day h min s ms us ns)"
          + " separated by spaces, e.g. '5s', '100ms', '1min 30s'";

  private final long nanos;

  private ThreeFsDuration(long nanos) {
    this.nanos = nanos;
  }

  public static ThreeFsDuration ofNanos(long nanos) {
    if (nanos < 0) {
      throw new InvalidConfigException("", "a 3FS Duration cannot be negative: " + nanos + "ns");
    }
    return new ThreeFsDuration(nanos);
  }

  public static ThreeFsDuration ofMillis(long millis) {
    return ofNanos(Math.multiplyExact(millis, 1_000_000L));
  }

  public static ThreeFsDuration ofSeconds(long seconds) {
    return ofNanos(Math.multiplyExact(seconds, 1_000_000_000L));
  }

  /** Converts a non-negative {@link Duration} that fits in 64-bit nanoseconds. */
  public static ThreeFsDuration of(Duration duration) {
    try {
      return ofNanos(duration.toNanos());
    } catch (ArithmeticException e) {
      throw new InvalidConfigException("", "a 3FS Duration must fit in 64-bit nanoseconds");
    }
  }

  /**
   * Parses 3FS's Duration text.
   *
   * @throws InvalidConfigException with an empty key when {@code text} is not a 3FS Duration
   */
  public static ThreeFsDuration parse(String text) {
    return parse("", text);
  }

  static ThreeFsDuration parse(String key, String text) {
    String trimmed = trimAscii(text);
    if (trimmed.isEmpty()) {
      throw invalid(key, text, "empty duration");
    }
    long total = 0;
    int lastUnit = -1;
    for (String part : trimmed.split("[ \\t\\n\\x0B\\f\\r]+")) {
      int digits = 0;
      while (digits < part.length() && part.charAt(digits) >= '0' && part.charAt(digits) <= '9') {
        digits++;
      }
      if (digits == 0) {
        throw invalid(key, text, "part " + Problems.show(part) + " does not start with a digit");
      }
      int unit = unitIndex(part.substring(digits));
      if (unit < 0) {
        throw invalid(key, text, "part " + Problems.show(part) + " has no unit of day h min s ms us ns");
      }
      if (unit <= lastUnit) {
        throw invalid(key, text, "units must strictly decrease");
      }
      lastUnit = unit;
      try {
        long amount = Long.parseLong(part.substring(0, digits));
        total = Math.addExact(total, Math.multiplyExact(amount, NANOS[unit]));
      } catch (NumberFormatException | ArithmeticException e) {
        throw invalid(key, text, "does not fit in 64-bit nanoseconds");
      }
    }
    return new ThreeFsDuration(total);
  }

  private static int unitIndex(String unit) {
    for (int i = 0; i < UNITS.length; i++) {
      if (UNITS[i].equals(unit)) {
        return i;
      }
    }
    return -1;
  }

  private static String trimAscii(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isAsciiSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  private static InvalidConfigException invalid(String key, String text, String why) {
    return new InvalidConfigException(
        key, Problems.show(text) + " is not " + FORMAT + " (" + why + ")");
  }

  public long nanos() {
    return nanos;
  }

  public Duration toDuration() {
    return Duration.ofNanos(nanos);
  }

  @Override
  public int compareTo(ThreeFsDuration o) {
    return Long.compare(nanos, o.nanos);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThreeFsDuration d && d.nanos == nanos;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(nanos);
  }

  @Override
  public String toString() {
    if (nanos == 0) {
      return "0ns";
    }
    StringBuilder out = new StringBuilder();
    long rest = nanos;
    for (int i = 0; i < UNITS.length; i++) {
      long amount = rest / NANOS[i];
      if (amount > 0) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(amount).append(UNITS[i]);
        rest -= amount * NANOS[i];
      }
    }
    return out.toString();
  }
}
