package dev.fluidsdk.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How often and how long {@link FluidClient} retries a request the server may not have acted on:
 * HTTP 429, 500, 502, 503, 504 and connection failures, with exponential backoff and jitter. A
 * {@code Retry-After} header (429, 503) is honoured instead of the backoff, up to {@link
 * Builder#maxRetryAfter(Duration)}. Which calls are retried at all is described on {@link
 * FluidClient}.
 *
 * <pre>{@code
 * RetryPolicy.builder().maxAttempts(8).initialDelay(Duration.ofMillis(100)).build()
 * }</pre>
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialDelay;
  private final Duration maxDelay;
  private final double multiplier;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialDelay = b.initialDelay;
    this.maxDelay = b.maxDelay;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.sleeper = b.sleeper;
    this.random = b.random;
  }

  /** 5 attempts, 200 ms doubling to at most 10 s, ±20 % jitter, Retry-After up to 60 s. */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** One attempt: every failure is thrown at once. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Attempts in total, the first included; at least 1. */
  public int maxAttempts() {
    return maxAttempts;
  }

  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The wait before attempt {@code failures + 1}: {@code initialDelay * multiplier^(failures-1)},
   * capped at {@code maxDelay}, then spread by the jitter.
   */
  public Duration backoff(int failures) {
    double base = initialDelay.toNanos() * Math.pow(multiplier, Math.max(0, failures - 1));
    base = Math.min(base, maxDelay.toNanos());
    double spread = 1 + jitter * (2 * random.getAsDouble() - 1);
    return Duration.ofNanos((long) Math.max(0, base * spread));
  }

  /** The wait a server asked for, capped at {@code maxRetryAfter}. */
  Duration retryAfter(long seconds) {
    Duration d = Duration.ofSeconds(Math.max(0, seconds));
    return d.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : d;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialDelay=" + initialDelay
        + ", maxDelay=" + maxDelay + ", multiplier=" + multiplier + ", jitter=" + jitter
        + ", maxRetryAfter=" + maxRetryAfter + "}";
  }

  /** Builds a {@link RetryPolicy}; every setting has the default of {@link #defaults()}. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(10);
    private double multiplier = 2.0;
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder() {}

    private Builder(RetryPolicy p) {
      this.maxAttempts = p.maxAttempts;
      this.initialDelay = p.initialDelay;
      this.maxDelay = p.maxDelay;
      this.multiplier = p.multiplier;
      this.jitter = p.jitter;
      this.maxRetryAfter = p.maxRetryAfter;
      this.sleeper = p.sleeper;
      this.random = p.random;
    }

    /** @throws IllegalArgumentException if below 1 */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    public Builder initialDelay(Duration initialDelay) {
      this.initialDelay = nonNegative(initialDelay, "initialDelay");
      return this;
    }

    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /** @throws IllegalArgumentException if below 1 */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1)) {
        throw new IllegalArgumentException("multiplier < 1: " + multiplier);
      }
      this.multiplier = multiplier;
      return this;
    }

    /** Fraction of each backoff added or removed at random, 0 (none) to 1. */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0 && jitter <= 1)) {
        throw new IllegalArgumentException("jitter not in [0, 1]: " + jitter);
      }
      this.jitter = jitter;
      return this;
    }

    /** The longest {@code Retry-After} honoured; a longer one is cut to this. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** What waits between attempts; {@link Sleeper#SYSTEM} by default. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
    }

    /** Source of uniform numbers in [0, 1) for the jitter (tests make it fixed). */
    public Builder random(DoubleSupplier random) {
      this.random = Objects.requireNonNull(random, "random == null");
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String what) {
      Objects.requireNonNull(d, what + " == null");
      if (d.isNegative()) {
        throw new IllegalArgumentException(what + " < 0: " + d);
      }
      return d;
    }
  }
}
