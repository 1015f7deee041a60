package dev.fluidsdk.threefs.launcher;

/**
 * A 3FS {@code Size} config value ({@code src/common/utils/Size.cc}): {@code <uint64><unit>}
 * with binary units {@code B KB MB GB TB} (powers of 1024) and DECIMAL units {@code K M G T}
 * (powers of 1000: {@code 1M} is 1,000,000 bytes), a bare integer of bytes, or {@code infinity}.
 * No space, no sign, no fraction, case-sensitive. In TOML a Size may also be an integer.
 *
 * <p>Equal by value ({@code 1KB} equals {@code 1024}). {@link #toString()} is canonical: {@code
 * infinity}, or the largest binary unit that divides the value exactly ({@code 128KB}), or the
 * bare number of bytes ({@code 0}, {@code 1000}). Values up to 2^64-1 bytes are kept unsigned.
 */
public final class ThreeFsSize {

  public static final ThreeFsSize INFINITY = new ThreeFsSize(-1L, true);

  private static final String[] UNITS = {"TB", "GB", "MB", "KB", "B", "T", "G", "M", "K"};
  private static final long[] FACTORS = {
    1L << 40, 1L << 30, 1L << 20, 1L << 10, 1L, 1_000_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L
  };
  static final String FORMAT =
      "a 3FS Size: <uint64><unit> with B KB MB GB TB (binary) or K M G T (decimal), bare bytes,"
          + " or 'infinity', e.g. '128KB'";

  /** Unsigned 64-bit byte count; meaningless when {@link #infinite}. */
  private final long bytes;

  private final boolean infinite;

  private ThreeFsSize(long bytes, boolean infinite) {
    this.bytes = bytes;
    this.infinite = infinite;
  }

  /** A size of {@code bytes} bytes; must not be negative (use {@link #parse} above 2^63-1). */
  public static ThreeFsSize ofBytes(long bytes) {
    if (bytes < 0) {
      throw new InvalidConfigException("", "a 3FS Size cannot be negative: " + bytes);
    }
    return new ThreeFsSize(bytes, false);
  }

  /**
   * Parses 3FS's Size text.
   *
   * @throws InvalidConfigException with an empty key when {@code text} is not a 3FS Size
   */
  public static ThreeFsSize parse(String text) {
    return parse("", text);
  }

  static ThreeFsSize parse(String key, String text) {
    if (text.equals("infinity")) {
      return INFINITY;
    }
    int digits = 0;
    while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0) {
      throw invalid(key, text, "does not start with a digit");
    }
    String unit = text.substring(digits);
    long factor = 1;
    if (!unit.isEmpty()) {
      int index = -1;
      for (int i = 0; i < UNITS.length; i++) {
        if (UNITS[i].equals(unit)) {
          index = i;
        }
      }
      if (index < 0) {
        throw invalid(key, text, "unknown unit " + Problems.show(unit));
      }
      factor = FACTORS[index];
    }
    long amount;
    try {
      amount = Long.parseUnsignedLong(text.substring(0, digits));
    } catch (NumberFormatException e) {
      throw invalid(key, text, "does not fit in 64 bits");
    }
    if (Long.compareUnsigned(amount, Long.divideUnsigned(-1L, factor)) > 0) {
      throw invalid(key, text, "does not fit in 64 bits");
    }
    return new ThreeFsSize(amount * factor, false);
  }

  private static InvalidConfigException invalid(String key, String text, String why) {
    return new InvalidConfigException(
        key, Problems.show(text) + " is not " + FORMAT + " (" + why + ")");
  }

  public boolean isInfinite() {
    return infinite;
  }

  /**
   * The byte count as an unsigned 64-bit value ({@link Long#toUnsignedString} prints it).
   *
   * @throws IllegalStateException for {@link #INFINITY}
   */
  public long bytes() {
    if (infinite) {
      throw new IllegalStateException("infinity has no byte count");
    }
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThreeFsSize s
        && s.infinite == infinite
        && (infinite || s.bytes == bytes);
  }

  @Override
  public int hashCode() {
    return infinite ? -1 : Long.hashCode(bytes);
  }

  @Override
  public String toString() {
    if (infinite) {
      return "infinity";
    }
    if (bytes != 0) {
      for (int i = 0; i < 4; i++) {
        if (Long.remainderUnsigned(bytes, FACTORS[i]) == 0) {
          return Long.toUnsignedString(Long.divideUnsigned(bytes, FACTORS[i])) + UNITS[i];
        }
      }
    }
    return Long.toUnsignedString(bytes);
  }
}
