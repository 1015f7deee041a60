package dev.fluidsdk.client;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.fluidsdk.FluidException;
import dev.fluidsdk.codec.FluidJson;
import io.kubernetes.client.common.KubernetesListObject;
import io.kubernetes.client.common.KubernetesObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for several objects of one kind to satisfy a condition, over ONE list and ONE watch of
 * their scope at a time (never a connection per object).
 *
 * <p>The loop: list (objects already satisfying count at once), then watch from the list's
 * resource version. A stream the server ends normally is resumed from the last resource version
 * seen (events and bookmarks); a 410 Gone (as an ERROR event or an HTTP answer) lists again and
 * watches from the fresh version, so no change is missed, and seeing a state twice is harmless
 * because only the latest state of each object counts. Connection failures and 429/5xx are retried
 * with the client's backoff until the deadline.
 */
final class Waiter<T extends KubernetesObject, L extends KubernetesListObject> {
  private static final Logger LOG = LoggerFactory.getLogger(Waiter.class);
  private static final long MAX_WATCH_SECONDS = 300;

  private final FluidResources<T, L> scope;
  private final List<ObjectRef> refs;
  private final Predicate<? super T> condition;
  private final String conditionName;
  private final Duration timeout;
  private final String fieldSelector;
  private final Map<ObjectRef, T> lastSeen = new LinkedHashMap<>();
  private final Map<ObjectRef, T> done = new LinkedHashMap<>();
  private final Set<ObjectRef> pending;
  private int failures;
  private RuntimeException lastFailure;
  // Survives a failed watch, so that a reconnect resumes where the events stopped.
  private String resourceVersion;

  Waiter(
      FluidResources<T, L> scope,
      Collection<ObjectRef> refs,
      Predicate<? super T> condition,
      String conditionName,
      Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout < 0: " + timeout);
    }
    this.scope = scope;
    this.refs = List.copyOf(new LinkedHashSet<>(refs));
    this.condition = condition;
    this.conditionName = conditionName;
    this.timeout = timeout;
    this.pending = new LinkedHashSet<>(this.refs);
    // One object: let the server filter. Several: watch the whole scope and filter here.
    this.fieldSelector = this.refs.size() == 1 ? "metadata.name=" + this.refs.get(0).name() : null;
  }

  /** The objects in the order given, each in the first state that satisfied the condition. */
  List<T> await() {
    long deadline = System.nanoTime() + timeout.toNanos();
    boolean relist = true;
    while (!pending.isEmpty()) {
      if (remaining(deadline) <= 0) {
        throw timedOut();
      }
      try {
        if (relist) {
          L list = scope.list(fieldSelector, deadline);
          for (KubernetesObject o : list.getItems()) {
            observe(scope.kind().type().cast(o));
          }
          resourceVersion = list.getMetadata() == null ? null : list.getMetadata().getResourceVersion();
          relist = false;
          failures = 0;
          if (pending.isEmpty()) {
            break;
          }
        }
        WatchResult r = watchOnce(deadline);
        relist = r.relist;
        if (r.timedOut) {
          throw timedOut();
        }
        if (r.events == 0 && !r.relist && !pending.isEmpty()) {
          backoff(deadline, null); // a stream that ends at once must not make us spin
        }
      } catch (FluidConnectionException e) {
        backoff(deadline, e);
      } catch (FluidApiException e) {
        if (e.code() == 410) {
          relist = true;
        } else if (Transport.retryable(e.code(), Transport.Retry.IDEMPOTENT)) {
          backoff(deadline, e);
        } else {
          throw e;
        }
      }
    }
    List<T> result = new ArrayList<>(refs.size());
    for (ObjectRef ref : refs) {
      result.add(done.get(ref));
    }
    return result;
  }

  private static final class WatchResult {
    boolean relist;
    boolean timedOut;
    int events;
  }

  private WatchResult watchOnce(long deadline) {
    WatchResult r = new WatchResult();
    long seconds = Math.max(1, Math.min(MAX_WATCH_SECONDS, (remaining(deadline) + 999_999_999L) / 1_000_000_000L));
    try (FluidWatch<T> w = scope.watch(resourceVersion, fieldSelector, seconds, deadline)) {
      while (!pending.isEmpty()) {
        long left = remaining(deadline);
        if (left <= 0) {
          r.timedOut = true;
          return r;
        }
        Optional<WatchEvent<T>> next = w.poll(Duration.ofNanos(left));
        if (next.isEmpty()) {
          if (w.isOpen()) {
            r.timedOut = true;
          } else {
            LOG.debug("watch of {} ended; resuming from resourceVersion {}", scope.kind(), resourceVersion);
          }
          return r;
        }
        WatchEvent<T> e = next.get();
        r.events++;
        failures = 0;
        switch (e.type()) {
          case ADDED, MODIFIED -> observe(e.object());
          case DELETED -> lastSeen.remove(ref(e.object()));
          case BOOKMARK -> { }
          case ERROR -> {
            if (e.error().code() == 410) {
              LOG.debug("resourceVersion {} of {} is gone; listing again", resourceVersion, scope.kind());
              r.relist = true;
              return r;
            }
            throw e.error();
          }
          default -> throw new IllegalStateException("unknown event type " + e.type());
        }
        if (e.resourceVersion() != null) {
          resourceVersion = e.resourceVersion();
        }
      }
    }
    return r;
  }

  private void observe(T o) {
    ObjectRef ref = ref(o);
    if (!pending.contains(ref)) {
      return;
    }
    lastSeen.put(ref, o);
    if (condition.test(o)) {
      pending.remove(ref);
      done.put(ref, o);
    }
  }

  private ObjectRef ref(T o) {
    String ns = scope.kind().namespaced() ? o.getMetadata().getNamespace() : null;
    return new ObjectRef(ns, o.getMetadata().getName());
  }

  private void backoff(long deadline, RuntimeException cause) {
    if (cause != null) {
      lastFailure = cause;
      LOG.info("waiting for {} {}: {}; retrying", scope.kind(), pending, cause.getMessage());
    }
    failures++;
    Duration d = scope.client().retryPolicy().backoff(failures);
    long left = remaining(deadline);
    if (left <= 0) {
      throw timedOut();
    }
    if (d.toNanos() > left) {
      d = Duration.ofNanos(left);
    }
    try {
      scope.client().retryPolicy().sleeper().sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FluidException("interrupted while waiting for " + scope.kind() + " " + pending, e);
    }
  }

  private static long remaining(long deadline) {
    return deadline - System.nanoTime();
  }

  private FluidTimeoutException timedOut() {
    StringBuilder s = new StringBuilder();
    s.append("timed out after ").append(timeout.toMillis()).append(" ms waiting for ")
        .append(scope.kind()).append(' ').append(pending).append(" to be ").append(conditionName)
        .append(':');
    List<KubernetesObject> seen = new ArrayList<>();
    for (ObjectRef ref : pending) {
      T last = lastSeen.get(ref);
      s.append(' ').append(ref).append(": ");
      if (last == null) {
        s.append("not found;");
      } else {
        seen.add(last);
        s.append(describe(last)).append(';');
      }
    }
    s.setLength(s.length() - 1);
    if (!done.isEmpty()) {
      s.append(" (").append(done.size()).append(" of ").append(refs.size()).append(" done)");
    }
    List<String> names = pending.stream().map(ObjectRef::toString).toList();
    return new FluidTimeoutException(s.toString(), timeout, names, seen, lastFailure);
  }

  /** Phase and conditions as the server wrote them, read from the JSON form (works for any kind). */
  static String describe(KubernetesObject o) {
    JsonElement tree = FluidJson.toTree(o);
    JsonObject status = object(tree.getAsJsonObject().get("status"));
    if (status == null) {
      return "no status yet";
    }
    StringBuilder s = new StringBuilder();
    String phase = ApiErrors.string(status, "phase");
    s.append("phase ").append(phase == null || phase.isEmpty() ? "(none)" : phase);
    JsonElement conditions = status.get("conditions");
    if (conditions != null && conditions.isJsonArray() && conditions.getAsJsonArray().size() > 0) {
      s.append(", conditions [");
      String sep = "";
      for (JsonElement c : conditions.getAsJsonArray()) {
        JsonObject co = object(c);
        if (co == null) {
          continue;
        }
        s.append(sep).append(ApiErrors.string(co, "type")).append('=').append(ApiErrors.string(co, "status"));
        String reason = ApiErrors.string(co, "reason");
        String message = ApiErrors.string(co, "message");
        if (reason != null && !reason.isEmpty()) {
          s.append(" (").append(reason).append(')');
        }
        if (message != null && !message.isEmpty()) {
          s.append(": ").append(message);
        }
        sep = "; ";
      }
      s.append(']');
    }
    return s.toString();
  }

  private static JsonObject object(JsonElement e) {
    return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
  }
}
