package dev.fluidsdk.model;

import dev.fluidsdk.codec.FluidJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Deep copies of client-java's mutable core objects, taken when a model is built, so that changing
 * the object given to a builder afterwards does not change the built model.
 */
final class CoreCopies {
  private CoreCopies() {}

  /** A deep copy through JSON (null stays null). */
  static <T> T copy(T value, Class<T> type) {
    return value == null ? null : FluidJson.gson().fromJson(FluidJson.gson().toJsonTree(value), type);
  }

  /** An unmodifiable list of deep copies (null stays null). */
  static <T> List<T> copyAll(List<T> values, Class<T> type) {
    if (values == null) {
      return null;
    }
    List<T> out = new ArrayList<>(values.size());
    for (T v : values) {
      out.add(copy(Objects.requireNonNull(v, "list elements must not be null"), type));
    }
    return Collections.unmodifiableList(out);
  }
}
