package dev.fluidsdk.model;

/**
 * A Go string enum of Fluid's API as a Java enum. Models store the raw string, so a value from a
 * newer Fluid that this SDK does not know survives a round trip; the typed getter then answers the
 * enum's {@code UNRECOGNIZED} constant and the {@code ...Value()} getter the raw string.
 */
public interface FluidEnum {

  /** The string Fluid's API uses for this constant; null only for {@code UNRECOGNIZED}. */
  String value();

  /**
   * Finds the constant whose {@link #value()} equals {@code raw}; {@code unrecognized} when none
   * does; null when {@code raw} is null (the field is absent).
   */
  static <E extends Enum<E> & FluidEnum> E parse(Class<E> type, String raw, E unrecognized) {
    if (raw == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (raw.equals(e.value())) {
        return e;
      }
    }
    return unrecognized;
  }

  /** The raw value of a constant a caller wants to set; {@code UNRECOGNIZED} cannot be set. */
  static String valueOf(FluidEnum e) {
    if (e == null) {
      return null;
    }
    if (e.value() == null) {
      throw new IllegalArgumentException(
          "UNRECOGNIZED stands for a value this SDK does not know; set the raw string instead");
    }
    return e.value();
  }
}
