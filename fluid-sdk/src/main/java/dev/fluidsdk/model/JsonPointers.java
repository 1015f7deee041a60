package dev.fluidsdk.model;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The little of RFC 6901 JSON pointers that preserving unknown core properties needs. */
final class JsonPointers {
  private JsonPointers() {}

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * Puts {@code value} at {@code pointer} if every step up to the last leads to an existing
   * object or array element and the last key is free; otherwise the value has no home any more
   * (the caller changed that part) and is dropped.
   */
  static void putIfParentExists(JsonObject root, String pointer, JsonElement value) {
    String[] tokens = pointer.substring(1).split("/", -1);
    JsonElement at = root;
    for (int i = 0; i < tokens.length - 1; i++) {
      String t = unescape(tokens[i]);
      if (at.isJsonObject()) {
        at = at.getAsJsonObject().get(t);
      } else if (at.isJsonArray() && t.matches("\\d{1,9}")) {
        int index = Integer.parseInt(t);
        at = index < at.getAsJsonArray().size() ? at.getAsJsonArray().get(index) : null;
      } else {
        return;
      }
      if (at == null) {
        return;
      }
    }
    String last = unescape(tokens[tokens.length - 1]);
    if (at.isJsonObject() && !at.getAsJsonObject().has(last)) {
      at.getAsJsonObject().add(last, value.deepCopy());
    }
  }
}
