package dev.fluidsdk.testing;

import com.sun.net.httpserver.HttpServer;
import dev.fluidsdk.testing.internal.EventLog;
import dev.fluidsdk.testing.internal.HttpFront;
import dev.fluidsdk.testing.internal.InProcessApi;
import dev.fluidsdk.testing.internal.Router;
import dev.fluidsdk.testing.internal.Store;
import dev.fluidsdk.testing.internal.WatchStreamer;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.util.ClientBuilder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stateful Kubernetes API server on a loopback port (plain HTTP, no authentication), built on fabric8's CRUD
 * engine, with HTTP streaming watches, the status subresource, server-side apply, discovery, fault injection and
 * request counters. See this module's README for exactly what it implements.
 *
 * <pre>{@code
 * try (FluidTestServer server = FluidTestServer.start()) {
 *   ApiClient client = server.apiClient();
 *   ...
 * }
 * }</pre>
 */
public final class FluidTestServer implements AutoCloseable {
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final HttpServer http;
  private final ExecutorService executor;
  private final Store store;
  private final EventLog log;
  private final Faults faults = new Faults();
  private final ServerStats stats = new ServerStats();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final InProcessApi inProcess;

  // The JDK's HTTP server leaves Nagle's algorithm on unless told otherwise: every response on a
  // kept-alive connection then waits ~40 ms for the client's delayed ACK. The setting is read once,
  // when the first server is created, so it is set here unless the caller chose a value.
  static {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private FluidTestServer(Builder b) throws IOException {
    log = new EventLog(b.eventWindow);
    store = new Store(log);
    Router router = new Router(store);
    inProcess = new InProcessApi(router, store, log);
    WatchStreamer watches = new WatchStreamer(store, log, closed::get, b.bookmarkInterval.toMillis());
    http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), b.port), 64);
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "fluid-test-server-" + THREADS.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(executor);
    http.createContext("/", new HttpFront(router, watches, faults, stats, this::hostPort));
    http.start();
  }

  /** Starts a server on a free loopback port with default settings. */
  public static FluidTestServer start() {
    return builder().start();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
  public String url() {
    return "http://" + hostPort();
  }

  public int port() {
    return http.getAddress().getPort();
  }

  private String hostPort() {
    return "127.0.0.1:" + port();
  }

  /** A new official-client {@link ApiClient} pointed at this server (ClientBuilder defaults: read timeout 0). */
  public ApiClient apiClient() {
    return new ClientBuilder().setBasePath(url()).build();
  }

  /** Writes a kubeconfig for this server to {@code file} (context {@code fluid-test}, namespace default). */
  public Path kubeconfig(Path file) {
    String yaml = String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: fluid-test",
        "  cluster:",
        "    server: " + url(),
        "contexts:",
        "- name: fluid-test",
        "  context:",
        "    cluster: fluid-test",
        "    user: fluid-test",
        "    namespace: default",
        "current-context: fluid-test",
        "users:",
        "- name: fluid-test",
        "  user: {}",
        "");
    try {
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new FluidTestServerException("cannot write kubeconfig " + file + ": " + e.getMessage(), e);
    }
  }

  public Faults faults() {
    return faults;
  }

  public ServerStats stats() {
    return stats;
  }

  /** The server-wide resourceVersion of the last change. */
  public long resourceVersion() {
    return store.currentResourceVersion();
  }

  /** Drops the retained event window: any watch from an older resourceVersion then gets 410 Gone. */
  public void compactWatchHistory() {
    log.compact(store.currentResourceVersion());
  }

  /** Uncounted, unfaulted calls for fixtures; writes are visible to watchers. */
  public InProcessApi inProcess() {
    return inProcess;
  }

  /** Stops the server and ends every open watch. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      http.stop(0);
      executor.shutdownNow();
    }
  }

  /** Server settings. */
  public static final class Builder {
    private int port;
    private int eventWindow = 10_000;
    private Duration bookmarkInterval = Duration.ofSeconds(1);

    private Builder() {}

    /** Port on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** How many change events watches can resume from; older resourceVersions get 410. */
    public Builder eventWindow(int events) {
      if (events < 1) {
        throw new FluidTestServerException("eventWindow must be at least 1, got " + events);
      }
      this.eventWindow = events;
      return this;
    }

    /** How often a watch with {@code allowWatchBookmarks=true} gets a BOOKMARK while idle. */
    public Builder bookmarkInterval(Duration interval) {
      this.bookmarkInterval = interval;
      return this;
    }

    public FluidTestServer start() {
      try {
        return new FluidTestServer(this);
      } catch (IOException e) {
        throw new FluidTestServerException("cannot start the test server: " + e.getMessage(), e);
      }
    }
  }
}
