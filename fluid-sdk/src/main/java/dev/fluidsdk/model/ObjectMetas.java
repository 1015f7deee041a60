package dev.fluidsdk.model;

import dev.fluidsdk.codec.FluidJson;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.function.Consumer;

/** Metadata handling shared by the top-level models: copies, so built objects stay unchanged. */
final class ObjectMetas {
  private ObjectMetas() {}

  /** A deep copy of client-java's mutable metadata (null stays null). */
  static V1ObjectMeta copy(V1ObjectMeta meta) {
    return meta == null
        ? null
        : FluidJson.gson().fromJson(FluidJson.gson().toJsonTree(meta), V1ObjectMeta.class);
  }

  /** {@code ns/name} or {@code name} for messages. */
  static String describe(V1ObjectMeta meta) {
    if (meta == null || meta.getName() == null) {
      return "(unnamed)";
    }
    return meta.getNamespace() == null ? meta.getName() : meta.getNamespace() + "/" + meta.getName();
  }

  /** The metadata part of a top-level builder. */
  static final class Builder {
    private V1ObjectMeta meta;

    Builder(V1ObjectMeta from) {
      this.meta = copy(from);
    }

    private V1ObjectMeta meta() {
      if (meta == null) {
        meta = new V1ObjectMeta();
      }
      return meta;
    }

    void name(String name) {
      meta().setName(name);
    }

    void namespace(String namespace) {
      meta().setNamespace(namespace);
    }

    void label(String key, String value) {
      meta().putLabelsItem(key, value);
    }

    void annotation(String key, String value) {
      meta().putAnnotationsItem(key, value);
    }

    void replace(V1ObjectMeta metadata) {
      meta = copy(metadata);
    }

    void change(Consumer<V1ObjectMeta> change) {
      change.accept(meta());
    }

    V1ObjectMeta build() {
      return copy(meta);
    }
  }
}
