package dev.fluidsdk.model;

import com.google.gson.JsonElement;
import dev.fluidsdk.codec.FluidJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Base of every Fluid model class: keeps what this SDK does not know, so that an object written by
 * a newer Fluid survives a read and a write unchanged.
 *
 * <p>Two kinds of unknown data are kept: properties of the Fluid type itself ({@link
 * #getAdditionalProperties()}), and properties inside embedded Kubernetes core objects (a field a
 * newer Kubernetes added to, say, a {@code Toleration}), which client-java's models would reject.
 * The latter are kept by JSON pointer relative to this object and put back on write where the
 * pointer still leads to an object.
 *
 * <p>Every concrete subclass carries {@code @JsonAdapter(PreservingAdapterFactory.class)} (gson does
 * not inherit the annotation), so any Gson instance, including client-java's, reads and writes it
 * this way.
 *
 * <p>Equality, hash code and {@code toString} are defined on the JSON form, so they cover every
 * field, known or not.
 */
public abstract class FluidModel {
  // transient: not bound as JSON fields; ModelAdapter reads and writes them itself.
  private transient Map<String, JsonElement> additionalProperties;
  private transient Map<String, JsonElement> unknownCoreFields;

  protected FluidModel() {}

  protected FluidModel(AbstractBuilder<?> builder) {
    this.additionalProperties = copyOrNull(builder.additionalProperties);
    this.unknownCoreFields = copyOrNull(builder.unknownCoreFields);
  }

  /** Properties of this object that this version of the SDK does not model, in input order. */
  public final Map<String, JsonElement> getAdditionalProperties() {
    return view(additionalProperties);
  }

  final Map<String, JsonElement> unknownCoreFields() {
    return view(unknownCoreFields);
  }

  final void preserved(Map<String, JsonElement> additional, Map<String, JsonElement> core) {
    this.additionalProperties = additional == null || additional.isEmpty() ? null : additional;
    this.unknownCoreFields = core == null || core.isEmpty() ? null : core;
  }

  @Override
  public final boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o != null
        && o.getClass() == getClass()
        && FluidJson.toTree(this).equals(FluidJson.toTree((FluidModel) o));
  }

  @Override
  public final int hashCode() {
    return FluidJson.toTree(this).hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + FluidJson.toJson(this);
  }

  /** A read-only view of a list field: empty when the field is absent. */
  protected static <T> List<T> view(List<T> list) {
    return list == null ? List.of() : Collections.unmodifiableList(list);
  }

  /** A read-only view of a map field: empty when the field is absent. */
  protected static <K, V> Map<K, V> view(Map<K, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(map);
  }

  /** An immutable copy for a built object; null stays null so the field is left out of JSON. */
  protected static <T> List<T> copyOrNull(List<T> list) {
    if (list == null) {
      return null;
    }
    List<T> copy = new ArrayList<>(list.size());
    for (T t : list) {
      copy.add(Objects.requireNonNull(t, "list elements must not be null"));
    }
    return Collections.unmodifiableList(copy);
  }

  /** An immutable, order-keeping copy; null stays null so the field is left out of JSON. */
  protected static <K, V> Map<K, V> copyOrNull(Map<K, V> map) {
    if (map == null) {
      return null;
    }
    Map<K, V> copy = new LinkedHashMap<>();
    map.forEach(
        (k, v) ->
            copy.put(
                Objects.requireNonNull(k, "map keys must not be null"),
                Objects.requireNonNull(v, "map values must not be null")));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Shared part of every model builder: the unknown properties carried over by {@code
   * toBuilder()}.
   *
   * @param <B> the concrete builder, returned by the fluent methods
   */
  public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {
    private Map<String, JsonElement> additionalProperties;
    private Map<String, JsonElement> unknownCoreFields;

    protected AbstractBuilder() {}

    protected AbstractBuilder(FluidModel from) {
      this.additionalProperties = from.additionalProperties;
      this.unknownCoreFields = from.unknownCoreFields;
    }

    /** Sets a property this SDK does not model; it is written as given. */
    public final B additionalProperty(String name, JsonElement value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (additionalProperties == null) {
        additionalProperties = new LinkedHashMap<>();
      } else if (!(additionalProperties instanceof LinkedHashMap)) {
        additionalProperties = new LinkedHashMap<>(additionalProperties);
      }
      additionalProperties.put(name, value);
      return self();
    }

    /** Drops every property this SDK does not model, at this level and in embedded core objects. */
    public final B clearAdditionalProperties() {
      additionalProperties = null;
      unknownCoreFields = null;
      return self();
    }

    /** Appends to a builder's list field, creating it on first use. */
    protected static <T> List<T> append(List<T> list, T item) {
      List<T> l = list == null ? new ArrayList<>() : new ArrayList<>(list);
      l.add(Objects.requireNonNull(item, "item"));
      return l;
    }

    /** Puts into a builder's map field, creating it on first use. */
    protected static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
      Map<K, V> m = map == null ? new LinkedHashMap<>() : new LinkedHashMap<>(map);
      m.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return m;
    }

    @SuppressWarnings("unchecked")
    protected final B self() {
      return (B) this;
    }
  }
}
