package dev.fluidsdk.client;

import dev.fluidsdk.FluidException;
import io.kubernetes.client.openapi.ApiClient;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.Pair;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request through the user's {@link ApiClient} (its base path, TLS, authentication) and
 * retries it as {@link RetryPolicy} and the request's {@link Retry} class allow.
 *
 * <p>Requests are built with {@code ApiClient.buildRequest} and run on the ApiClient's OkHttp
 * client, not through {@code GenericKubernetesApi}: we need the response headers ({@code
 * Retry-After}), the raw error body (a {@code Status}, or plain text from the max-in-flight
 * filter), the {@code application/apply-patch+yaml} content type, and control over OkHttp's own
 * silent re-sending for creates.
 */
final class Transport {
  private static final Logger LOG = LoggerFactory.getLogger(Transport.class);
  private static final String[] AUTH_NAMES = {"BearerToken"};

  /** Which failures a request may be retried after. */
  enum Retry {
    /** Repeating it has the same effect as sending it once: get, list, watch, apply, update with RV, patch, delete. */
    IDEMPOTENT,
    /**
     * A create: retried only when the server cannot have acted on it: the connection was never
     * made, or HTTP 429 (the server's in-flight limiter refuses a request before handling it).
     */
    CREATE
  }

  /** One HTTP request and the object it is about (for error messages). */
  record Call0(
      String method,
      String path,
      List<Pair> query,
      byte[] body,
      String contentType,
      Retry retry,
      String kind,
      String namespace,
      String name) {}

  private final ApiClient api;
  private final OkHttpClient http;
  private final OkHttpClient createHttp;
  private final OkHttpClient watchHttp;
  private final RetryPolicy policy;

  Transport(ApiClient api, RetryPolicy policy) {
    this.api = api;
    this.http = api.getHttpClient().newBuilder().addNetworkInterceptor(Transport::hideRetryAfter).build();
    // OkHttp re-sends a request on some connection failures by itself, even after the request went
    // out; for a create that could make two objects, so it is switched off there.
    this.createHttp = http.newBuilder().retryOnConnectionFailure(false).build();
    // A watch is quiet for minutes; the server ends it (timeoutSeconds) or the caller closes it.
    this.watchHttp = http.newBuilder().readTimeout(0, TimeUnit.MILLISECONDS).build();
    this.policy = policy;
  }

  RetryPolicy policy() {
    return policy;
  }

  /** Sends the request and returns the body of its 2xx answer. */
  String call(Call0 c) {
    return call(c, Long.MAX_VALUE);
  }

  /** Like {@link #call(Call0)}, giving up on retries that would end after {@code deadlineNanos}. */
  String call(Call0 c, long deadlineNanos) {
    try (Response r = send(c, c.retry() == Retry.CREATE ? createHttp : http, deadlineNanos).response()) {
      return r.body().string();
    } catch (IOException e) {
      throw new FluidConnectionException(
          describe(c) + ": connection failed while reading the answer: " + e.getMessage(), e);
    }
  }

  /** A 2xx answer and the call that produced it (cancel it to stop a stream). */
  record Sent(Call call, Response response) {}

  /** Opens a streaming request (a watch); the caller closes the response. */
  Sent open(Call0 c, long deadlineNanos) {
    return send(c, watchHttp, deadlineNanos);
  }

  private Sent send(Call0 c, OkHttpClient client, long deadlineNanos) {
    for (int attempt = 1; ; attempt++) {
      Duration delay;
      RuntimeException failure;
      try {
        Call call = client.newCall(build(c));
        if (deadlineNanos != Long.MAX_VALUE) {
          // A wait must not hang past its deadline on a server that accepts and never answers.
          long left = Math.max(1, deadlineNanos - System.nanoTime());
          call.timeout().timeout(left + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        }
        Response r = call.execute();
        if (r.isSuccessful()) {
          return new Sent(call, r);
        }
        String body;
        try (r) {
          body = r.body().string();
        }
        failure = ApiErrors.fromResponse(r.code(), body, c.kind(), c.namespace(), c.name(), null);
        if (!retryable(r.code(), c.retry())) {
          throw failure;
        }
        Long after = retryAfterSeconds(r.header(RETRY_AFTER));
        delay = after == null ? policy.backoff(attempt) : policy.retryAfter(after);
      } catch (IOException e) {
        if (!retryable(e, c.retry())) {
          throw new FluidConnectionException(connectionMessage(c, e), e);
        }
        failure = new FluidConnectionException(connectionMessage(c, e), e);
        delay = policy.backoff(attempt);
      }
      if (attempt >= policy.maxAttempts()) {
        throw failure;
      }
      if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() + delay.toNanos() > deadlineNanos) {
        throw failure;
      }
      LOG.warn(
          "{} failed (attempt {} of {}), retrying in {} ms: {}",
          describe(c), attempt, policy.maxAttempts(), delay.toMillis(), failure.getMessage());
      sleep(delay);
    }
  }

  void sleep(Duration delay) {
    try {
      policy.sleeper().sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FluidException("interrupted while waiting to retry", e);
    }
  }

  private Request build(Call0 c) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Accept", "application/json");
    if (c.contentType() != null) {
      headers.put("Content-Type", c.contentType());
    }
    try {
      return api.buildRequest(
          null, c.path(), c.method(), c.query(), List.of(), c.body(), headers, Map.of(), Map.of(),
          AUTH_NAMES, null);
    } catch (ApiException e) {
      throw new FluidException(describe(c) + ": cannot build the request: " + e.getMessage(), e);
    }
  }

  static boolean retryable(int code, Retry retry) {
    if (code == 429) {
      return true;
    }
    return retry == Retry.IDEMPOTENT && (code == 500 || code == 502 || code == 503 || code == 504);
  }

  static boolean retryable(IOException e, Retry retry) {
    return retry == Retry.IDEMPOTENT || neverSent(e);
  }

  /** The failures after which the request certainly did not reach the server. */
  private static boolean neverSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
  }

  private static String connectionMessage(Call0 c, IOException e) {
    String s = describe(c) + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
    if (c.retry() == Retry.CREATE && !neverSent(e)) {
      s += " (the server may have created the object: get it before creating again)";
    }
    return s;
  }

  static Long retryAfterSeconds(String header) {
    if (header == null) {
      return null;
    }
    String s = header.trim();
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      // all digits but too long: as long as the policy allows; else an HTTP date: the backoff
      return !s.isEmpty() && s.chars().allMatch(ch -> ch >= '0' && ch <= '9') ? Long.MAX_VALUE : null;
    }
  }

  /** Where {@link #hideRetryAfter} moves the server's {@code Retry-After}. */
  static final String RETRY_AFTER = "X-Fluid-Sdk-Retry-After";

  /**
   * Moves {@code Retry-After} out of OkHttp's sight. On a 503 OkHttp acts on it by itself: it
   * re-sends the request at once when it says 0 (a create included, which the retry policy never
   * re-sends after a 503), and it throws a bare NumberFormatException when the number does not fit
   * an int. The retry policy reads it under {@link #RETRY_AFTER} instead.
   */
  private static Response hideRetryAfter(Interceptor.Chain chain) throws IOException {
    Response r = chain.proceed(chain.request());
    String after = r.header("Retry-After");
    return after == null ? r : r.newBuilder().removeHeader("Retry-After").header(RETRY_AFTER, after).build();
  }

  private static String describe(Call0 c) {
    return c.method() + " " + c.path();
  }

}
