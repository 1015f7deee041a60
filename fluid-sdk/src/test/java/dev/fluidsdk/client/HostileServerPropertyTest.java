package dev.fluidsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.FluidException;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.Dataset;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.SocketEffect;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Whatever an API server (or something pretending to be one) answers: any status code, a body
 * that is garbage, truncated, another kind, a Status with odd fields, Retry-After values that make
 * no sense, a dropped connection. Each call either returns what it promises or throws from the
 * {@link FluidException} family, and the client never sends more than its retry policy allows.
 */
class HostileServerPropertyTest {
  private static final int MAX_ATTEMPTS = 4;
  private static final AtomicInteger RETURNED = new AtomicInteger();
  private static final AtomicInteger THREW = new AtomicInteger();

  private MockWebServer server;

  @BeforeTry
  void start() throws IOException {
    server = new MockWebServer();
    // once the answers run out, end the call rather than leave the client waiting for a timeout
    ((QueueDispatcher) server.getDispatcher()).setFailFast(
        Fixtures.json(404, Fixtures.status(404, "NotFound", "no more answers")));
    server.start();
  }

  @AfterTry
  void stop() {
    server.close();
  }

  @AfterContainer
  static void report() {
    System.out.printf("hostile API answers: %d calls returned, %d threw a FluidException%n",
        RETURNED.get(), THREW.get());
  }

  @Property(tries = 400, generation = GenerationMode.RANDOMIZED)
  void everyAnswerEndsInAResultOrTheExceptionFamily(
      @ForAll("answers") List<MockResponse> answers, @ForAll("calls") int call) {
    answers.forEach(server::enqueue);
    FluidClient client = Fixtures.client(server, new Fixtures.RecordingSleeper());
    FluidResource<Dataset> x = client.datasets().inNamespace("ns").withName("x");
    Dataset d = Fixtures.dataset("ns", "x", "1", null);
    try {
      Object result = switch (call) {
        case 0 -> x.get();
        case 1 -> x.require();
        case 2 -> client.datasets().create(d);
        case 3 -> client.datasets().apply(d);
        case 4 -> client.datasets().inNamespace("ns").list();
        case 5 -> client.datasets().update(d);
        case 6 -> x.patch("{\"metadata\":{\"labels\":{\"a\":\"b\"}}}");
        default -> x.delete();
      };
      RETURNED.incrementAndGet();
      assertThat(result).isNotNull();
    } catch (FluidException e) {
      THREW.incrementAndGet();
      assertThat(e.getMessage()).isNotBlank();
    }
    if (call == 2) {
      // a create is sent once, or again only after an answer that says it was not applied
      assertThat(server.getRequestCount()).isLessThanOrEqualTo(MAX_ATTEMPTS);
      for (int i = 0; i + 1 < server.getRequestCount(); i++) {
        assertThat(answers.get(i).getCode()).as("answer %d before a resend", i).isEqualTo(429);
      }
    } else {
      // our retries, plus at most one transparent retry by OkHttp per dropped connection
      long dropped = answers.stream().filter(a -> a.getOnResponseStart() != null).count();
      assertThat(server.getRequestCount()).isLessThanOrEqualTo(MAX_ATTEMPTS + (int) dropped);
    }
  }

  @Provide
  Arbitrary<Integer> calls() {
    return Arbitraries.integers().between(0, 7);
  }

  @Provide
  Arbitrary<List<MockResponse>> answers() {
    Arbitrary<Integer> code = Arbitraries.of(200, 201, 202, 204, 301, 400, 401, 403, 404, 409, 410, 422, 429,
        500, 502, 503, 504, 599);
    Arbitrary<String> body = Arbitraries.of(
        "", "null", "[]", "{}", "{", "garbage", "\u0000\u00ff",
        FluidJson.toJson(Fixtures.dataset("ns", "x", "2", "Bound")),
        FluidJson.toJson(Fixtures.dataset("ns", "x", "2", "Bound")).substring(0, 40),
        Fixtures.list("5", Fixtures.dataset("ns", "x", "2", null)),
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"x\"}}",
        Fixtures.status(409, "AlreadyExists", "exists"),
        "{\"kind\":\"Status\",\"code\":\"not a number\",\"details\":[],\"reason\":7}",
        "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"code\":422,\"reason\":\"Invalid\","
            + "\"details\":{\"causes\":[null,{\"field\":7},{}]}}",
        "{\"items\":\"nope\",\"kind\":\"DatasetList\"}",
        "{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"Dataset\",\"spec\":{\"mounts\":7}}");
    Arbitrary<String> retryAfter = Arbitraries.of("", "0", "1", "-5", "soon", "99999999999999999999",
        "Wed, 21 Oct 2015 07:28:00 GMT");
    Arbitrary<MockResponse> answer = Combinators.combine(code, body, retryAfter, Arbitraries.integers().between(0, 9))
        .as((c, b, ra, shape) -> {
          MockResponse.Builder r = new MockResponse.Builder().code(c).body(b);
          if (shape < 6) {
            r.addHeader("Content-Type", shape == 5 ? "text/html" : "application/json");
          }
          if (!ra.isEmpty()) {
            r.addHeader("Retry-After", ra);
          }
          if (shape == 9) {
            r.onResponseStart(SocketEffect.ShutdownConnection.INSTANCE);
          }
          return r.build();
        });
    return answer.list().ofMinSize(1).ofMaxSize(MAX_ATTEMPTS + 1);
  }
}
