package dev.fluidsdk.model;

import com.google.gson.JsonElement;

/**
 * JSON trees of client-java objects written the way Go writes Kubernetes objects: client-java's
 * models start with empty lists and maps ({@code finalizers: []}, {@code annotations: {}}) where
 * Go's types leave the field out; this drops those, as the models of this SDK do for embedded
 * core objects.
 */
public final class CoreTrees {
  private CoreTrees() {}

  /** Whether {@code value} is one of client-java's generated models. */
  public static boolean isCoreModel(Object value) {
    return value != null && CoreShape.of(value.getClass()) != null;
  }

  /** Removes empty list- and map-typed fields from {@code tree}, the JSON of {@code value}. */
  public static JsonElement dropEmptyCollections(Object value, JsonElement tree) {
    CoreShape shape = CoreShape.of(value.getClass());
    if (shape != null) {
      shape.dropEmptyCollections(tree);
    }
    return tree;
  }
}
