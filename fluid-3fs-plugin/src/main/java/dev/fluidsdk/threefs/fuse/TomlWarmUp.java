package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.tomlj.Toml;

/**
 * Fills tomlj's parser caches on a second thread while the entrypoint reads and checks its config.
 *
 * <p>The launcher TOML is rendered and then parsed back with tomlj before use (the render check of
 * {@code LauncherToml}). tomlj's ANTLR parser is slow the first time it runs in a JVM: its classes
 * load, its state machines are built from their serialized form and its decision caches fill while
 * it parses. None of that depends on the text, so a parse of a sample with the same keys and value
 * shapes ({@code launcher-warm-up.toml}, a rendered launcher file) does it ahead of time, in
 * parallel with the JSON, mount point, option and token checks, and the real check then runs warm.
 *
 * <p>This is only a cache warm-up: its result is thrown away, anything it throws is ignored without
 * a word, and it runs on a daemon thread so that an entrypoint failing early exits at once. {@link
 * #await()} waits for it (bounded) so that the two parses do not compete for the CPU.
 */
final class TomlWarmUp {
  /** The sample, next to this class in the jar. */
  static final String SAMPLE = "launcher-warm-up.toml";
  /** A warm-up that never ends does not hold the start back for longer than this. */
  static final long MAX_WAIT_MILLIS = 2_000;

  private static final TomlWarmUp NONE = new TomlWarmUp(null, 0);

  private final Thread thread;
  private final long maxWaitMillis;

  private TomlWarmUp(Thread thread, long maxWaitMillis) {
    this.thread = thread;
    this.maxWaitMillis = maxWaitMillis;
  }

  /** No warm-up: {@link #await()} returns at once. */
  static TomlWarmUp none() {
    return NONE;
  }

  /** Starts parsing {@link #SAMPLE} on a daemon thread. */
  static TomlWarmUp start() {
    return start(new ParseSample(), MAX_WAIT_MILLIS);
  }

  /**
   * Starts {@code work} on a daemon thread; whatever it throws is ignored, and {@link #await()}
   * waits for it at most {@code maxWaitMillis}.
   */
  static TomlWarmUp start(Runnable work, long maxWaitMillis) {
    try {
      Thread t = new Thread(new Quietly(work), "toml-warm-up");
      t.setDaemon(true);
      t.start();
      return new TomlWarmUp(t, maxWaitMillis);
    } catch (RuntimeException | Error e) {
      return NONE; // no thread, no warm-up: the check runs cold, as without this class
    }
  }

  /**
   * Waits until the warm-up is done, at most {@link #MAX_WAIT_MILLIS} (or the bound it was started
   * with). Never throws; an interrupt
   * ends the wait and stays set on the calling thread.
   */
  void await() {
    if (thread == null) {
      return;
    }
    try {
      thread.join(maxWaitMillis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the warm-up thread has finished (or there is none). */
  boolean isDone() {
    return thread == null || !thread.isAlive();
  }

  /** Named classes rather than lambdas: a lambda's first use costs start-up time itself. */
  private static final class Quietly implements Runnable {
    private final Runnable work;

    Quietly(Runnable work) {
      this.work = work;
    }

    @Override
    public void run() {
      try {
        work.run();
      } catch (Throwable ignored) {
        // only a cache warm-up: a failure here changes nothing, the real parse reports its own
      }
    }
  }

  private static final class ParseSample implements Runnable {
    @Override
    public void run() {
      try (InputStream in = TomlWarmUp.class.getResourceAsStream(SAMPLE)) {
        if (in != null) {
          Toml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException ignored) {
        // no sample, no warm-up
      }
    }
  }
}
