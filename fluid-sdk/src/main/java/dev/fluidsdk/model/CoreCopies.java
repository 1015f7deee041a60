package dev.fluidsdk.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Deep copies of client-java's mutable core objects, taken when a model is built, so that changing
 * the object given to a builder afterwards does not change the built model.
 */
final class CoreCopies {
  // Plain reflective gson, not client-java's: its adapters reject objects that lack a field the
  // OpenAPI schema requires, and a builder must accept those (validation reports them later).
  private static final Gson COPIER =
      new GsonBuilder()
          .registerTypeAdapter(OffsetDateTime.class, new Rfc3339().nullSafe())
          .create();

  private CoreCopies() {}

  /** A deep copy (null stays null). */
  static <T> T copy(T value, Class<T> type) {
    return value == null ? null : COPIER.fromJson(COPIER.toJsonTree(value), type);
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
