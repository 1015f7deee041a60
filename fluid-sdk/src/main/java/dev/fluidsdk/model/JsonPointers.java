package dev.fluidsdk.model;


/** The little of RFC 6901 JSON pointers that preserving unknown core properties needs. */
final class JsonPointers {
  private JsonPointers() {}

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
