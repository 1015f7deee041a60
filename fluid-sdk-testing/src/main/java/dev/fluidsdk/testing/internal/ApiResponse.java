package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;
import java.util.Map;

/**
 * An answer of the front, before it goes on the wire.
 *
 * @param code HTTP status
 * @param body JSON body
 * @param headers extra headers
 */
public record ApiResponse(int code, String body, Map<String, String> headers) {
  public ApiResponse {
    headers = Map.copyOf(headers);
  }

  public static ApiResponse of(int code, JsonObject body) {
    return new ApiResponse(code, Json.write(body), Map.of());
  }

  public static ApiResponse status(JsonObject status) {
    return of(status.get("code").getAsInt(), status);
  }

  public boolean ok() {
    return code >= 200 && code < 300;
  }
}
