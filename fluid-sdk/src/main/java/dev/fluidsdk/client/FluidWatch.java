package dev.fluidsdk.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.fluidsdk.FluidException;
import dev.fluidsdk.codec.FluidJson;
import io.kubernetes.client.common.KubernetesObject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Response;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open watch: events arrive in order through {@link #poll(Duration)}. One connection; a daemon
 * thread reads it so that waiting for an event is interruptible and has a timeout. Close it when
 * done (try-with-resources); closing ends the connection.
 *
 * <pre>{@code
 * try (FluidWatch<Dataset> w = client.datasets().inNamespace("ml").watch(rv)) {
 *   while (w.isOpen()) {
 *     w.poll(Duration.ofSeconds(30)).ifPresent(e -> ...);
 *   }
 * }
 * }</pre>
 *
 * <p>The stream ends when the server ends it (its {@code timeoutSeconds}, a restart); then {@link
 * #isOpen()} turns false and the caller watches again from the last resource version. An {@code
 * ERROR} event with code 410 means that resource version is gone: list again.
 *
 * @param <T> the object model
 */
public final class FluidWatch<T extends KubernetesObject> implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FluidWatch.class);

  /** An event, the end of the stream, or the failure that ended it. */
  private record Item<T extends KubernetesObject>(WatchEvent<T> event, FluidException failure) {}

  private final Call call;
  private final Class<T> type;
  private final String what;
  private final BlockingQueue<Item<T>> queue = new LinkedBlockingQueue<>();
  private volatile boolean closed;
  private boolean ended;

  FluidWatch(Transport.Sent sent, Class<T> type, String what) {
    this.call = sent.call();
    this.type = type;
    this.what = what;
    Response response = sent.response();
    Thread reader = new Thread(() -> read(response), "fluid-watch " + what);
    reader.setDaemon(true);
    reader.start();
  }

  private void read(Response response) {
    try (response) {
      BufferedSource source = response.body().source();
      String line;
      while (!closed && (line = source.readUtf8Line()) != null) {
        if (!line.isBlank()) {
          queue.add(new Item<>(parse(line), null));
        }
      }
      queue.add(new Item<>(null, null));
    } catch (IOException | RuntimeException e) {
      if (closed) {
        queue.add(new Item<>(null, null));
      } else {
        LOG.debug("watch {} failed", what, e);
        FluidException f =
            e instanceof FluidException fe
                ? fe
                : new FluidConnectionException("watch " + what + " failed: " + e, e);
        queue.add(new Item<>(null, f));
      }
    }
  }

  private WatchEvent<T> parse(String line) {
    JsonObject o;
    try {
      o = JsonParser.parseString(line).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new FluidException("watch " + what + ": not a watch event: " + excerpt(line), e);
    }
    String t = ApiErrors.string(o, "type");
    WatchEvent.Type kind;
    try {
      kind = WatchEvent.Type.valueOf(t == null ? "" : t);
    } catch (IllegalArgumentException e) {
      throw new FluidException("watch " + what + ": unknown event type " + t, e);
    }
    JsonElement object = o.get("object");
    if (kind == WatchEvent.Type.ERROR) {
      String body = object == null ? null : object.toString();
      int code = 500;
      if (object != null && object.isJsonObject()) {
        JsonElement c = object.getAsJsonObject().get("code");
        if (c != null && c.isJsonPrimitive() && c.getAsJsonPrimitive().isNumber()) {
          code = c.getAsInt();
        }
      }
      return new WatchEvent<>(kind, null, ApiErrors.fromResponse(code, body, what, null, null));
    }
    if (object == null || !object.isJsonObject()) {
      throw new FluidException("watch " + what + ": event without object: " + excerpt(line));
    }
    return new WatchEvent<>(kind, FluidJson.fromTree(object, type), null);
  }

  private static String excerpt(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "..." : s;
  }

  /**
   * The next event, waiting at most {@code timeout}; empty if none came in time or the stream
   * ended (then {@link #isOpen()} is false).
   *
   * @throws FluidConnectionException if the connection failed
   * @throws FluidException if interrupted (the interrupt flag is set again)
   */
  public Optional<WatchEvent<T>> poll(Duration timeout) {
    if (ended) {
      return Optional.empty();
    }
    Item<T> item;
    try {
      item = queue.poll(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new FluidException("interrupted while watching " + what, e);
    }
    if (item == null) {
      return Optional.empty();
    }
    if (item.event() != null) {
      return Optional.of(item.event());
    }
    ended = true;
    if (item.failure() != null) {
      throw item.failure();
    }
    return Optional.empty();
  }

  /** False once the stream ended and every event was taken. */
  public boolean isOpen() {
    return !ended;
  }

  /** Ends the connection; events not yet taken are dropped. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      ended = true;
      call.cancel();
    }
  }
}
