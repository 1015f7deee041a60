package dev.fluidsdk.testing;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Request counters for benchmarks: every HTTP request that reached the server (faulted ones included), per
 * "verb resource" key such as {@code "list datasets"} or {@code "patch datasets/status"} ({@code "discovery"} for
 * discovery and OpenAPI documents), and the number of watch
 * streams opened. The fixture's in-process calls are not counted.
 */
public final class ServerStats {
  private final LongAdder total = new LongAdder();
  private final LongAdder watches = new LongAdder();
  private final Map<String, LongAdder> perKey = new ConcurrentHashMap<>();

  /** Internal: counts one request. */
  public void record(RequestInfo request) {
    total.increment();
    perKey.computeIfAbsent(key(request.verb(), request.resource()), k -> new LongAdder()).increment();
  }

  /** Internal: counts one watch stream opened. */
  public void recordWatchOpened() {
    watches.increment();
  }

  public long totalRequests() {
    return total.sum();
  }

  /** Requests with this verb on this resource, e.g. {@code requests("create", "datasets")}. */
  public long requests(String verb, String resource) {
    LongAdder a = perKey.get(key(verb, resource));
    return a == null ? 0 : a.sum();
  }

  /** A sorted snapshot of all per-key counters. */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    perKey.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  private static String key(String verb, String resource) {
    return resource.isEmpty() ? verb : verb + " " + resource;
  }

  public long watchConnections() {
    return watches.sum();
  }

  public void reset() {
    total.reset();
    watches.reset();
    perKey.clear();
  }
}
