package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.fluidsdk.testing.Fault;
import dev.fluidsdk.testing.Faults;
import dev.fluidsdk.testing.RequestInfo;
import dev.fluidsdk.testing.ServerStats;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP side: counts, injects faults, serves discovery, streams watches, hands the rest to the {@link Router}. */
public final class HttpFront implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
  /** Thrown to make the HTTP server close the connection without an answer. */
  public static final class ResetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ResetException() {
      super("connection reset by an injected fault");
    }
  }

  private final Router router;
  private final WatchStreamer watches;
  private final Faults faults;
  private final ServerStats stats;
  private final Supplier<String> address;

  public HttpFront(Router router, WatchStreamer watches, Faults faults, ServerStats stats, Supplier<String> address) {
    this.router = router;
    this.watches = watches;
    this.faults = faults;
    this.stats = stats;
    this.address = address;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      serve(exchange);
    } catch (ResetException | WatchStreamer.AbortException injected) {
      throw injected;
    } catch (RuntimeException bug) {
      LOG.warn("test server failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), bug);
      send(exchange, ApiResponse.status(Statuses.failure(500, "InternalError",
          "test server error: " + bug, null, null)));
    }
  }

  private void serve(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
    String path = exchange.getRequestURI().getPath();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    Map<String, String> query = parseQuery(rawQuery);
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Optional<ApiPath> api = ApiPath.parse(path);
    RequestInfo info = classify(method, path, query, api.orElse(null));
    stats.record(info);
    Optional<Fault> fault = faults.take(info);
    if (fault.isPresent() && fault.get().kind() == Fault.Kind.RESET) {
      throw new ResetException();
    }
    if (fault.isPresent() && fault.get().kind() == Fault.Kind.STATUS) {
      Fault f = fault.get();
      JsonObject status = Statuses.failure(f.code(), Statuses.reasonFor(f.code()), "injected fault", null, null);
      if (f.retryAfterSeconds() > 0) {
        JsonObject details = new JsonObject();
        details.addProperty("retryAfterSeconds", f.retryAfterSeconds());
        status.add("details", details);
        exchange.getResponseHeaders().set("Retry-After", Integer.toString(f.retryAfterSeconds()));
      }
      send(exchange, ApiResponse.status(status));
      return;
    }
    if (info.isWatch()) {
      stats.recordWatchOpened();
      watches.stream(exchange, api.get(), query, fault.orElse(null), faults.takeExpireNextWatch());
      return;
    }
    if (api.isEmpty()) {
      JsonObject doc = null;
      if (method.equals("GET")) {
        doc = path.startsWith("/openapi/v3") ? OpenApi.document(path) : Discovery.document(path, address.get());
      }
      send(exchange, doc != null ? ApiResponse.of(200, doc) : ApiResponse.status(Statuses.failure(404, "NotFound",
          "the server could not find the requested resource", null, null)));
      return;
    }
    send(exchange, router.handle(method, api.get(), query, exchange.getRequestHeaders().getFirst(
        "Content-Type"), body));
  }

  static RequestInfo classify(String method, String path, Map<String, String> query, ApiPath api) {
    if (api == null) {
      return new RequestInfo(method, path, query, "discovery", "");
    }
    boolean watch = "true".equals(query.get("watch")) || "1".equals(query.get("watch"));
    String verb = switch (method) {
      case "GET" -> watch ? "watch" : api.name() == null ? "list" : "get";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> api.name() == null ? "deletecollection" : "delete";
      default -> method.toLowerCase(java.util.Locale.ROOT);
    };
    return new RequestInfo(method, path, query, verb, api.resourceLabel());
  }

  static Map<String, String> parseQuery(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  private static void send(HttpExchange exchange, ApiResponse response) throws IOException {
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(response.code(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
