package dev.fluidsdk.testing.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The retained window of store changes behind watches. Events arrive in resourceVersion order (the store appends
 * them under its write lock). A watch from a resourceVersion older than the window gets 410 Gone.
 */
public final class EventLog {
  private final Object lock = new Object();
  private final Deque<WatchEvent> retained = new ArrayDeque<>();
  private final List<Consumer<WatchEvent>> subscribers = new CopyOnWriteArrayList<>();
  private final int capacity;
  private long compactedRv;

  public EventLog(int capacity) {
    this.capacity = capacity;
  }

  void append(WatchEvent event) {
    synchronized (lock) {
      retained.addLast(event);
      while (retained.size() > capacity) {
        compactedRv = retained.removeFirst().rv();
      }
      for (Consumer<WatchEvent> s : subscribers) {
        s.accept(event);
      }
    }
  }

  /**
   * Replays retained events after {@code fromRv} into {@code sink} and then feeds it every new event, atomically.
   * The sink must not block. Returns false (and subscribes nothing) when {@code fromRv} is older than the window.
   */
  public boolean subscribe(long fromRv, Consumer<WatchEvent> sink) {
    synchronized (lock) {
      if (fromRv < compactedRv) {
        return false;
      }
      for (WatchEvent e : retained) {
        if (e.rv() > fromRv) {
          sink.accept(e);
        }
      }
      subscribers.add(sink);
      return true;
    }
  }

  public void unsubscribe(Consumer<WatchEvent> sink) {
    subscribers.remove(sink);
  }

  /** Drops every retained event: a watch from any resourceVersion below {@code currentRv} then gets 410. */
  public void compact(long currentRv) {
    synchronized (lock) {
      retained.clear();
      compactedRv = Math.max(compactedRv, currentRv);
    }
  }

  public long compactedResourceVersion() {
    synchronized (lock) {
      return compactedRv;
    }
  }
}
