package dev.fluidsdk.testing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Fault injection: make the next N requests matching a predicate fail in a given way. Rules are tried in the order
 * they were added; the first rule that matches and has uses left fires. Requests the fixture makes in-process are
 * never faulted.
 */
public final class Faults {
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final AtomicBoolean expireNextWatch = new AtomicBoolean();
  private final AtomicLong fired = new AtomicLong();

  private static final class Rule {
    final Fault fault;
    final AtomicInteger remaining;
    final Predicate<RequestInfo> when;

    Rule(Fault fault, int times, Predicate<RequestInfo> when) {
      this.fault = fault;
      this.remaining = new AtomicInteger(times);
      this.when = when;
    }
  }

  /** Makes the next {@code times} requests for which {@code when} holds answer with {@code fault}. */
  public Faults inject(Fault fault, int times, Predicate<RequestInfo> when) {
    if (times < 1) {
      throw new FluidTestServerException("times must be at least 1, got " + times);
    }
    rules.add(new Rule(fault, times, when));
    return this;
  }

  /** Matches requests by Kubernetes verb (get, list, watch, create, update, patch, delete) and resource. */
  public static Predicate<RequestInfo> on(String verb, String resource) {
    return r -> r.verb().equals(verb) && r.resource().equals(resource);
  }

  /** Matches every request of one verb. */
  public static Predicate<RequestInfo> verb(String verb) {
    return r -> r.verb().equals(verb);
  }

  /**
   * The next watch that names a resourceVersion gets an ERROR event with a 410 Status, as after a compaction.
   */
  public Faults expireNextWatch() {
    expireNextWatch.set(true);
    return this;
  }

  /** Removes every pending rule. */
  public void clear() {
    rules.clear();
    expireNextWatch.set(false);
  }

  /** How many faults fired so far. */
  public long fired() {
    return fired.get();
  }

  /** Takes a use of the first matching rule, if any. Internal: called by the server for each request. */
  public Optional<Fault> take(RequestInfo request) {
    for (Rule rule : rules) {
      if (rule.fault.watchOnly() && !request.isWatch()) {
        continue;
      }
      if (rule.remaining.get() > 0 && rule.when.test(request) && rule.remaining.getAndDecrement() > 0) {
        fired.incrementAndGet();
        return Optional.of(rule.fault);
      }
    }
    return Optional.empty();
  }

  /** Internal: whether this watch must be answered with 410 (consumes the flag). */
  public boolean takeExpireNextWatch() {
    boolean taken = expireNextWatch.getAndSet(false);
    if (taken) {
      fired.incrementAndGet();
    }
    return taken;
  }
}
