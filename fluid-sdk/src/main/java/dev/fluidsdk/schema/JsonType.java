package dev.fluidsdk.schema;

/**
 * The JSON type of one property as a structural schema states it. Kubernetes' int-or-string
 * ({@code Quantity}, {@code IntOrString}) is a type of its own here, because a model that writes
 * a plain string where the schema also takes numbers (or the reverse) is a real mismatch.
 */
public enum JsonType {
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  OBJECT("object"),
  ARRAY("array"),
  /** {@code x-kubernetes-int-or-string: true}. */
  INT_OR_STRING("int-or-string"),
  /** No type: {@code x-kubernetes-preserve-unknown-fields} without {@code type}, any JSON value. */
  ANY("any");

  private final String label;

  JsonType(String label) {
    this.label = label;
  }

  /** The name used in reports, e.g. {@code int-or-string}. */
  public String label() {
    return label;
  }

  /** The {@code type} keyword for this type, or null where the schema states none. */
  String schemaType() {
    return this == INT_OR_STRING || this == ANY ? null : label;
  }

  /** The type for a schema's {@code type} keyword. */
  static JsonType ofSchemaType(String type, String path) {
    for (JsonType t : values()) {
      if (t.label.equals(type) && t.schemaType() != null) {
        return t;
      }
    }
    throw new SchemaException(path + ": unknown schema type " + type);
  }
}
