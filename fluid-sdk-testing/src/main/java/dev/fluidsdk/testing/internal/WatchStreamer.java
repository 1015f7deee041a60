package dev.fluidsdk.testing.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import dev.fluidsdk.testing.Fault;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Serves one {@code ?watch=true} request as a chunked stream of JSON lines, from the {@link EventLog}. Without a
 * resourceVersion (or with "0") it first sends ADDED for every matching object, as kube-apiserver does.
 */
public final class WatchStreamer {
  /** Thrown to make the HTTP server drop the connection without finishing the chunked body. */
  public static final class AbortException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AbortException() {
      super("watch aborted by an injected fault");
    }
  }

  private final Store store;
  private final EventLog log;
  private final BooleanSupplier stopping;
  private final long bookmarkMillis;

  public WatchStreamer(Store store, EventLog log, BooleanSupplier stopping, long bookmarkMillis) {
    this.store = store;
    this.log = log;
    this.stopping = stopping;
    this.bookmarkMillis = bookmarkMillis;
  }

  public void stream(HttpExchange exchange, ApiPath path, Map<String, String> query, Fault fault,
      boolean expire) throws IOException {
    String fieldSelector = query.get("fieldSelector");
    if (path.name() != null) {
      fieldSelector = (fieldSelector == null ? "" : fieldSelector + ",") + "metadata.name=" + path.name();
    }
    Selector selector = Selector.of(query.get("labelSelector"), fieldSelector);
    boolean bookmarks = "true".equals(query.get("allowWatchBookmarks"));
    long timeoutMillis = parseLong(query.get("timeoutSeconds"), 1800) * 1000;
    String rvParam = query.get("resourceVersion");
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, 0);
    OutputStream out = exchange.getResponseBody();
    BlockingQueue<WatchEvent> queue = new LinkedBlockingQueue<>();
    Consumer<WatchEvent> sink = queue::offer;
    boolean fromNow = rvParam == null || rvParam.isEmpty() || rvParam.equals("0");
    long from;
    if (fromNow) {
      JsonObject list = Json.parseObject(store.call("GET", path.collectionUrl(), null, null).body());
      from = parseLong(Json.str(Json.obj(list, "metadata"), "resourceVersion"), 0);
      for (JsonElement item : list.getAsJsonArray("items")) {
        // synthetic ADDED events go through the queue so that watch faults count them too
        JsonObject o = item.getAsJsonObject();
        JsonObject meta = Json.metadata(o);
        queue.add(new WatchEvent(from, "ADDED", path.type(), Json.str(meta, "namespace"), Json.str(meta, "name"),
            null, o));
      }
    } else {
      from = parseLong(rvParam, 0);
    }
    if (expire || !log.subscribe(from, sink)) {
      write(out, "ERROR", Statuses.failure(410, "Expired", "too old resource version: " + from + " ("
          + log.compactedResourceVersion() + ")", null, null));
      out.close();
      return;
    }
    int sent = 0;
    long deadline = System.currentTimeMillis() + timeoutMillis;
    long nextBookmark = System.currentTimeMillis() + bookmarkMillis;
    try {
      while (!stopping.getAsBoolean() && System.currentTimeMillis() < deadline) {
        if (fault != null && sent >= fault.afterEvents()) {
          if (fault.kind() == Fault.Kind.ABORT_WATCH) {
            out.write("{\"type\":\"MODIFIED\",\"obj".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new AbortException();
          }
          break;
        }
        WatchEvent e = queue.poll(200, TimeUnit.MILLISECONDS);
        if (e == null) {
          if (bookmarks && System.currentTimeMillis() >= nextBookmark) {
            write(out, "BOOKMARK", bookmark(path));
            nextBookmark = System.currentTimeMillis() + bookmarkMillis;
          }
          continue;
        }
        if (deliver(out, path, selector, e)) {
          sent++;
        }
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (IOException clientGone) {
      log.unsubscribe(sink);
      exchange.close();
      return;
    } finally {
      log.unsubscribe(sink);
    }
    out.close();
  }

  private boolean deliver(OutputStream out, ApiPath path, Selector selector, WatchEvent e) throws IOException {
    if (!e.resource().equals(path.type()) || (path.namespace() != null && !path.namespace().equals(e.namespace()))) {
      return false;
    }
    boolean before = e.before() != null && selector.test(e.before());
    boolean after = e.after() != null && selector.test(e.after());
    String type;
    if (before && after) {
      type = "MODIFIED";
    } else if (before) {
      type = "DELETED";
    } else if (after) {
      type = "ADDED";
    } else {
      return false;
    }
    write(out, type, e.object());
    return true;
  }

  private JsonObject bookmark(ApiPath path) {
    JsonObject o = new JsonObject();
    o.addProperty("kind", path.type().kind());
    o.addProperty("apiVersion", path.type().groupVersion());
    JsonObject meta = new JsonObject();
    meta.addProperty("resourceVersion", Long.toString(store.currentResourceVersion()));
    o.add("metadata", meta);
    return o;
  }

  private static void write(OutputStream out, String type, JsonObject object) throws IOException {
    JsonObject line = new JsonObject();
    line.addProperty("type", type);
    line.add("object", object);
    out.write((Json.write(line) + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static long parseLong(String s, long fallback) {
    try {
      return s == null || s.isEmpty() ? fallback : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
