package dev.fluidsdk.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.models.V1Status;
import io.kubernetes.client.openapi.models.V1StatusCause;
import io.kubernetes.client.openapi.models.V1StatusDetails;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the API server's error answers, and client-java's ways of reporting them, into this
 * package's exceptions. Public so that code which also calls client-java directly gets the same
 * error model.
 */
public final class ApiErrors {
  private ApiErrors() {}

  /** An error answer: HTTP code and body (a {@code Status} or anything else). */
  public static FluidApiException fromResponse(
      int code, String body, String kind, String namespace, String name) {
    return fromResponse(code, body, kind, namespace, name, null);
  }

  static FluidApiException fromResponse(
      int code, String body, String kind, String namespace, String name, Throwable cause) {
    String reason = null;
    String message = null;
    List<FluidApiException.Cause> causes = new ArrayList<>();
    JsonObject status = parseStatus(body);
    if (status != null) {
      reason = string(status, "reason");
      message = string(status, "message");
      JsonElement details = status.get("details");
      if (details != null && details.isJsonObject()) {
        JsonElement cs = details.getAsJsonObject().get("causes");
        if (cs != null && cs.isJsonArray()) {
          for (JsonElement c : cs.getAsJsonArray()) {
            if (c.isJsonObject()) {
              JsonObject o = c.getAsJsonObject();
              causes.add(
                  new FluidApiException.Cause(
                      string(o, "field"), string(o, "reason"), string(o, "message")));
            }
          }
        }
      }
    } else if (body != null && !body.isBlank()) {
      // Not a Status (a proxy's page, the max-in-flight filter's plain text): keep a short excerpt.
      message = body.length() > 200 ? body.substring(0, 200) + "..." : body.strip();
    }
    return of(
        new FluidApiException.Details(code, reason, kind, namespace, name, message, causes), cause);
  }

  /** A {@code Status} that client-java returned, e.g. from {@code KubernetesApiResponse.getStatus()}. */
  public static FluidApiException fromStatus(V1Status status, String namespace, String name) {
    List<FluidApiException.Cause> causes = new ArrayList<>();
    V1StatusDetails d = status.getDetails();
    String kind = null;
    if (d != null) {
      kind = d.getKind();
      if (name == null) {
        name = d.getName();
      }
      if (d.getCauses() != null) {
        for (V1StatusCause c : d.getCauses()) {
          causes.add(new FluidApiException.Cause(c.getField(), c.getReason(), c.getMessage()));
        }
      }
    }
    int code = status.getCode() == null ? 0 : status.getCode();
    return of(
        new FluidApiException.Details(
            code, status.getReason(), kind, namespace, name, status.getMessage(), causes),
        null);
  }

  /**
   * client-java's checked exception: an error answer becomes a {@link FluidApiException}, a
   * request that got no answer ({@code code == 0}) a {@link FluidConnectionException}. The
   * original is kept as the cause.
   */
  public static RuntimeException fromApiException(
      ApiException e, String kind, String namespace, String name) {
    if (e.getCode() == 0) {
      return new FluidConnectionException(
          "no answer from the API server: " + e.getMessage(), e);
    }
    return fromResponse(e.getCode(), e.getResponseBody(), kind, namespace, name, e);
  }

  /**
   * What {@code GenericKubernetesApi} throws for network failures: an {@code
   * IllegalStateException} wrapping an {@link IOException}. Other exceptions are returned as they
   * are.
   */
  public static RuntimeException fromRuntime(RuntimeException e) {
    Throwable c = e.getCause();
    if (e instanceof UncheckedIOException || (e instanceof IllegalStateException && c instanceof IOException)) {
      return new FluidConnectionException("no answer from the API server: " + c.getMessage(), e);
    }
    if (e instanceof IllegalStateException && c instanceof ApiException api) {
      return fromApiException(api, null, null, null);
    }
    return e;
  }

  static FluidApiException of(FluidApiException.Details d, Throwable cause) {
    switch (d.code()) {
      case 401:
        return new UnauthorizedException(d, cause);
      case 403:
        return new ForbiddenException(d, cause);
      case 404:
        return new NotFoundException(d, cause);
      case 409:
        return new ConflictException(d, cause);
      case 422:
        return new InvalidException(d, cause);
      default:
        return new FluidApiException(d, cause);
    }
  }

  private static JsonObject parseStatus(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonElement e = JsonParser.parseString(body);
      if (e.isJsonObject() && "Status".equals(string(e.getAsJsonObject(), "kind"))) {
        return e.getAsJsonObject();
      }
    } catch (JsonParseException ignored) {
      // not JSON: handled by the caller as plain text
    }
    return null;
  }

  static String string(JsonObject o, String key) {
    JsonElement e = o.get(key);
    return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
  }
}
