package dev.fluidsdk.bench.provision;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Samples this JVM's used heap every 2 ms on a daemon thread, and counts garbage collections
 * between {@link #start()} and {@link #stop()}. The JVM holds the in-process API server too, so
 * the figures are for client and server together.
 */
final class HeapSampler {
  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
  private volatile boolean running;
  private volatile long peak;
  private Thread thread;
  private long gcCount0;
  private long gcMillis0;
  private long gcCountEnd;
  private long gcMillisEnd;

  /** The sampled maximum of used heap, in bytes. */
  long peakBytes() {
    return peak;
  }

  /** Collects garbage first, so that each run starts from the same floor. */
  void start() throws InterruptedException {
    System.gc();
    Thread.sleep(50);
    gcCount0 = gcCountTotal();
    gcMillis0 = gcMillisTotal();
    peak = memory.getHeapMemoryUsage().getUsed();
    running = true;
    thread = new Thread(() -> {
      while (running) {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
          peak = used;
        }
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    thread.setDaemon(true);
    thread.start();
  }

  void stop() throws InterruptedException {
    running = false;
    thread.join();
    gcCountEnd = gcCountTotal() - gcCount0;
    gcMillisEnd = gcMillisTotal() - gcMillis0;
  }

  long collections() {
    return gcCountEnd;
  }

  long collectionMillis() {
    return gcMillisEnd;
  }

  private long gcCountTotal() {
    long n = 0;
    for (GarbageCollectorMXBean g : gcs) {
      n += Math.max(0, g.getCollectionCount());
    }
    return n;
  }

  private long gcMillisTotal() {
    long n = 0;
    for (GarbageCollectorMXBean g : gcs) {
      n += Math.max(0, g.getCollectionTime());
    }
    return n;
  }
}
