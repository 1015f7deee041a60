package dev.fluidsdk.client;

import static dev.fluidsdk.client.Fixtures.dataset;
import static dev.fluidsdk.client.Fixtures.json;
import static dev.fluidsdk.client.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.FluidException;
import dev.fluidsdk.model.Dataset;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Which failures are retried, how long the client waits, and that a create never repeats. */
class RetryTest {
  @StartStop public final MockWebServer server = new MockWebServer();

  private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

  private FluidClient client() {
    return Fixtures.client(server, sleeper);
  }

  @Test
  void tooManyRequestsHonoursRetryAfter() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7").body("Too many requests").build());
    server.enqueue(ok(dataset("ns", "x", "1", null)));

    Dataset d = client().datasets().inNamespace("ns").withName("x").require();

    assertThat(d.getMetadata().getName()).isEqualTo("x");
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterIsCappedByThePolicy() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    server.enqueue(ok(dataset("ns", "x", "1", null)));
    FluidClient c =
        FluidClient.builder()
            .apiClient(Fixtures.apiClient(server))
            .retry(RetryPolicy.builder().sleeper(sleeper).maxRetryAfter(Duration.ofSeconds(5)).build())
            .build();

    c.datasets().inNamespace("ns").withName("x").require();

    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(5));
  }

  /** Found by HostileServerPropertyTest: OkHttp acted on Retry-After by itself. */
  @Test
  void aCreateAnswered503WithRetryAfterZeroIsNotResentBehindThePolicysBack() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "0")
        .body(Fixtures.status(503, "ServiceUnavailable", "try again")).build());
    server.enqueue(ok(dataset("ns", "x", "1", null)));

    assertThatThrownBy(() -> client().datasets().create(dataset("ns", "x", null, null)))
        .isInstanceOf(FluidException.class).hasMessageContaining("503");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRetryAfterTooLargeForAnyNumberWaitsAsLongAsThePolicyAllows() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "99999999999999999999").build());
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "99999999999999999999").build());
    server.enqueue(ok(dataset("ns", "x", "1", null)));

    client().datasets().inNamespace("ns").withName("x").require();

    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60));
  }

  @Test
  void serviceUnavailableThenSuccessUsesExponentialBackoff() {
    server.enqueue(json(503, Fixtures.status(503, "ServiceUnavailable", "etcd leader changed")));
    server.enqueue(json(503, Fixtures.status(503, "ServiceUnavailable", "etcd leader changed")));
    server.enqueue(ok(dataset("ns", "x", "1", null)));

    client().datasets().inNamespace("ns").withName("x").require();

    assertThat(server.getRequestCount()).isEqualTo(3);
    // jitter 0: 200 ms, then doubled.
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void attemptsAreBounded() {
    for (int i = 0; i < 10; i++) {
      server.enqueue(json(503, Fixtures.status(503, "ServiceUnavailable", "down")));
    }

    assertThatThrownBy(() -> client().datasets().inNamespace("ns").list())
        .isInstanceOf(FluidApiException.class)
        .extracting(e -> ((FluidApiException) e).code())
        .isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.sleeps).hasSize(3);
  }

  @Test
  void createIsNotRetriedOnServerError() {
    server.enqueue(json(500, Fixtures.status(500, "InternalError", "etcd timeout")));
    server.enqueue(ok(dataset("ns", "x", "1", null)));

    assertThatThrownBy(() -> client().datasets().create(dataset("ns", "x", null, null)))
        .isInstanceOf(FluidApiException.class)
        .hasMessageContaining("HTTP 500");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void createIsNotRetriedWhenTheConnectionDropsAfterTheRequestWasSent() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok(dataset("ns", "x", "1", null)));

    assertThatThrownBy(() -> client().datasets().create(dataset("ns", "x", null, null)))
        .isInstanceOf(FluidConnectionException.class)
        .hasMessageContaining("may have created");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createIsRetriedOnTooManyRequests() {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "1").build());
    server.enqueue(json(201, dev.fluidsdk.codec.FluidJson.toJson(dataset("ns", "x", "1", null))));

    client().datasets().create(dataset("ns", "x", null, null));

    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void createIsRetriedWhenTheConnectionIsRefused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    FluidClient c =
        FluidClient.builder()
            .apiClient(new io.kubernetes.client.openapi.ApiClient().setBasePath("http://127.0.0.1:" + port))
            .retry(RetryPolicy.builder().sleeper(sleeper).maxAttempts(3).build())
            .build();

    assertThatThrownBy(() -> c.datasets().create(dataset("ns", "x", null, null)))
        .isInstanceOf(FluidConnectionException.class)
        .hasMessageNotContaining("may have created");
    assertThat(sleeper.sleeps).hasSize(2);
  }

  @Test
  void getIsRetriedAfterAConnectionReset() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    server.enqueue(ok(dataset("ns", "x", "1", null)));

    assertThat(client().datasets().inNamespace("ns").withName("x").get()).isPresent();
    assertThat(sleeper.sleeps).hasSize(1);
  }

  @Test
  void notFoundAndConflictAreNeverRetried() {
    server.enqueue(json(409, Fixtures.status(409, "Conflict", "modified")));

    assertThatThrownBy(() -> client().datasets().update(dataset("ns", "x", "1", null)))
        .isInstanceOf(ConflictException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps).isEmpty();
  }

  @Test
  void interruptDuringBackoffRestoresTheFlag() {
    server.enqueue(json(503, Fixtures.status(503, "ServiceUnavailable", "down")));
    FluidClient c =
        FluidClient.builder()
            .apiClient(Fixtures.apiClient(server))
            .retry(RetryPolicy.builder().sleeper(d -> { throw new InterruptedException(); }).build())
            .build();

    try {
      assertThatThrownBy(() -> c.datasets().inNamespace("ns").list())
          .isExactlyInstanceOf(FluidException.class)
          .hasMessageContaining("interrupted");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void backoffGrowsIsCappedAndJitterStaysInBounds() {
    RetryPolicy p =
        RetryPolicy.builder()
            .initialDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofSeconds(1))
            .jitter(0.5)
            .random(() -> 0.999999)
            .build();
    RetryPolicy low = p.toBuilder().random(() -> 0).build();

    assertThat(p.backoff(1)).isBetween(Duration.ofMillis(149), Duration.ofMillis(150));
    assertThat(low.backoff(1)).isEqualTo(Duration.ofMillis(50));
    assertThat(low.backoff(3)).isEqualTo(Duration.ofMillis(200));
    assertThat(low.backoff(30)).isEqualTo(Duration.ofMillis(500));
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
