package dev.fluidsdk.client;

import static dev.fluidsdk.client.Fixtures.dataset;
import static dev.fluidsdk.client.Fixtures.event;
import static dev.fluidsdk.client.Fixtures.json;
import static dev.fluidsdk.client.Fixtures.list;
import static dev.fluidsdk.client.Fixtures.watchStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fluidsdk.FluidException;
import dev.fluidsdk.model.Dataset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** awaitBound / awaitAllBound: list, then one watch, resumed, re-listed and reconnected as needed. */
class AwaitBoundTest {
  private static final String DS = "/apis/data.fluid.io/v1alpha1/namespaces/ns/datasets";
  private static final Duration LONG = Duration.ofSeconds(20);

  @StartStop public final MockWebServer server = new MockWebServer();

  private final Fixtures.RecordingSleeper sleeper = new Fixtures.RecordingSleeper();

  private FluidClient client() {
    return Fixtures.client(server, sleeper);
  }

  private RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("expected another request").isNotNull();
    return r;
  }

  @Test
  void alreadyBoundAtListTimeNeedsNoWatch() throws Exception {
    server.enqueue(json(200, list("10", dataset("ns", "x", "9", "Bound"))));

    Dataset d = client().awaitBound("ns", "x", LONG);

    assertThat(d.isBound()).isTrue();
    RecordedRequest r = take();
    assertThat(r.getUrl().encodedPath()).isEqualTo(DS);
    assertThat(r.getUrl().queryParameter("watch")).isNull();
    assertThat(r.getUrl().queryParameter("fieldSelector")).isEqualTo("metadata.name=x");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void waitsThroughModifiedEventsUntilBound() throws Exception {
    server.enqueue(json(200, list("10", dataset("ns", "x", "9", "NotBound"))));
    server.enqueue(
        watchStream(
            event("MODIFIED", dataset("ns", "x", "11", "Pending")),
            event("MODIFIED", dataset("ns", "x", "12", "Bound"))));

    Dataset d = client().awaitBound("ns", "x", LONG);

    assertThat(d.getMetadata().getResourceVersion()).isEqualTo("12");
    take();
    RecordedRequest w = take();
    assertThat(w.getUrl().encodedPath()).isEqualTo(DS);
    assertThat(w.getUrl().queryParameter("watch")).isEqualTo("true");
    assertThat(w.getUrl().queryParameter("resourceVersion")).isEqualTo("10");
    assertThat(w.getUrl().queryParameter("allowWatchBookmarks")).isEqualTo("true");
    assertThat(w.getUrl().queryParameter("fieldSelector")).isEqualTo("metadata.name=x");
    assertThat(w.getUrl().queryParameter("timeoutSeconds")).isNotNull();
  }

  @Test
  void aWatchEndingNormallyIsResumedFromTheLastResourceVersionWithoutListingAgain() throws Exception {
    server.enqueue(json(200, list("10")));
    server.enqueue(watchStream(event("ADDED", dataset("ns", "x", "11", "")), Fixtures.bookmark("15")));
    server.enqueue(watchStream(event("MODIFIED", dataset("ns", "x", "16", "Bound"))));

    client().awaitBound("ns", "x", LONG);

    take();
    assertThat(take().getUrl().queryParameter("resourceVersion")).isEqualTo("10");
    RecordedRequest resumed = take();
    assertThat(resumed.getUrl().queryParameter("watch")).isEqualTo("true");
    assertThat(resumed.getUrl().queryParameter("resourceVersion")).isEqualTo("15");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void goneErrorEventListsAgainAndWatchesFromTheFreshVersion() throws Exception {
    server.enqueue(json(200, list("10", dataset("ns", "x", "9", "NotBound"))));
    server.enqueue(watchStream(Fixtures.goneEvent()));
    server.enqueue(json(200, list("50", dataset("ns", "x", "49", "NotBound"))));
    server.enqueue(watchStream(event("MODIFIED", dataset("ns", "x", "51", "Bound"))));

    Dataset d = client().awaitBound("ns", "x", LONG);

    assertThat(d.getMetadata().getResourceVersion()).isEqualTo("51");
    assertThat(take().getUrl().queryParameter("watch")).isNull();
    assertThat(take().getUrl().queryParameter("resourceVersion")).isEqualTo("10");
    RecordedRequest relist = take();
    assertThat(relist.getUrl().queryParameter("watch")).isNull();
    assertThat(take().getUrl().queryParameter("resourceVersion")).isEqualTo("50");
    assertThat(sleeper.sleeps).as("a 410 is not a failure: no backoff").isEmpty();
  }

  @Test
  void goneAnswerToTheWatchRequestAlsoListsAgain() throws Exception {
    server.enqueue(json(200, list("10")));
    server.enqueue(json(410, Fixtures.status(410, "Expired", "too old resource version")));
    server.enqueue(json(200, list("60", dataset("ns", "x", "59", "Bound"))));

    assertThat(client().awaitBound("ns", "x", LONG).isBound()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void manyDatasetsShareOneWatch() throws Exception {
    server.enqueue(
        json(200, list("10", dataset("ns", "a", "5", "Bound"), dataset("ns", "b", "6", "NotBound"))));
    server.enqueue(
        watchStream(
            event("ADDED", dataset("ns", "c", "11", "")),
            event("MODIFIED", dataset("ns", "other", "12", "Bound")),
            event("MODIFIED", dataset("ns", "b", "13", "Bound")),
            event("MODIFIED", dataset("ns", "c", "14", "Bound"))));

    List<Dataset> all = client().awaitAllBound("ns", List.of("c", "a", "b"), LONG);

    assertThat(all).extracting(d -> d.getMetadata().getName()).containsExactly("c", "a", "b");
    assertThat(all).allMatch(Dataset::isBound);
    assertThat(server.getRequestCount()).isEqualTo(2);
    take();
    RecordedRequest w = take();
    assertThat(w.getUrl().queryParameter("watch")).isEqualTo("true");
    assertThat(w.getUrl().queryParameter("fieldSelector")).isNull();
  }

  @Test
  void datasetsInSeveralNamespacesShareOneClusterWideWatch() throws Exception {
    server.enqueue(json(200, list("10", dataset("n1", "a", "5", "Bound"))));
    server.enqueue(watchStream(event("MODIFIED", dataset("n2", "a", "11", "Bound"))));

    List<Dataset> all = client().awaitAllBound(List.of(ObjectRef.of("n1", "a"), ObjectRef.of("n2", "a")), LONG);

    assertThat(all).extracting(d -> d.getMetadata().getNamespace()).containsExactly("n1", "n2");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/apis/data.fluid.io/v1alpha1/datasets");
    assertThat(take().getUrl().encodedPath()).isEqualTo("/apis/data.fluid.io/v1alpha1/datasets");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aConnectionResetMidStreamReconnectsWithBackoffFromTheLastVersion() throws Exception {
    server.enqueue(json(200, list("10")));
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(event("ADDED", dataset("ns", "x", "11", "NotBound")))
            .setHeader("Content-Length", "100000")
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(watchStream(event("MODIFIED", dataset("ns", "x", "12", "Bound"))));

    client().awaitBound("ns", "x", LONG);

    take();
    take();
    assertThat(take().getUrl().queryParameter("resourceVersion")).isEqualTo("11");
    assertThat(sleeper.sleeps).hasSize(1);
  }

  @Test
  void serverErrorsOpeningTheWatchAreRetried() throws Exception {
    server.enqueue(json(200, list("10")));
    server.enqueue(json(503, Fixtures.status(503, "ServiceUnavailable", "down")));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "2").build());
    server.enqueue(watchStream(event("ADDED", dataset("ns", "x", "12", "Bound"))));

    assertThat(client().awaitBound("ns", "x", LONG).isBound()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(4);
    assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(200), Duration.ofSeconds(2));
  }

  @Test
  void timeoutCarriesTheLastDatasetWithPhaseAndConditions() {
    Dataset seen =
        dataset("ns", "x", "9", "NotBound").toBuilder()
            .status(
                st ->
                    st.condition(
                        c -> c.type("Ready").status("False").reason("NoRuntime").message("no ThinRuntime named x")))
            .build();
    server.enqueue(json(200, list("10", seen)));
    server.enqueue(new MockResponse.Builder().code(200).onResponseBody(SocketEffect.Stall.INSTANCE).body("{}").build());

    FluidTimeoutException e =
        catchThrowableOfType(FluidTimeoutException.class, () -> client().awaitBound("ns", "x", Duration.ofMillis(500)));

    assertThat(e).hasMessageContaining("ns/x: phase NotBound, conditions [Ready=False (NoRuntime): no ThinRuntime named x]");
    assertThat(e.pending()).containsExactly("ns/x");
    Dataset last = e.lastSeen(Dataset.class).orElseThrow();
    assertThat(last.getStatus().getPhaseValue()).isEqualTo("NotBound");
    assertThat(last.getStatus().getConditions()).singleElement().extracting(c -> c.getReason()).isEqualTo("NoRuntime");
    assertThat(e.timeout()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void timeoutNamesDatasetsNeverSeen() {
    server.enqueue(json(200, list("10", dataset("ns", "a", "9", "Bound"))));
    server.enqueue(new MockResponse.Builder().code(200).onResponseBody(SocketEffect.Stall.INSTANCE).body("{}").build());

    FluidTimeoutException e =
        catchThrowableOfType(
            FluidTimeoutException.class, () -> client().awaitAllBound("ns", List.of("a", "b"), Duration.ofMillis(300)));

    assertThat(e).hasMessageContaining("ns/b: not found").hasMessageContaining("1 of 2 done");
    assertThat(e.pending()).containsExactly("ns/b");
    assertThat(e.lastSeen()).isEmpty();
  }

  @Test
  void interruptStopsTheWaitAndRestoresTheFlag() throws Exception {
    server.enqueue(json(200, list("10")));
    server.enqueue(new MockResponse.Builder().code(200).onResponseBody(SocketEffect.Stall.INSTANCE).body("{}").build());
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flag = new AtomicReference<>();
    FluidClient c = client();
    Thread t =
        new Thread(
            () -> {
              try {
                c.awaitBound("ns", "x", LONG);
              } catch (RuntimeException e) {
                thrown.set(e);
                flag.set(Thread.currentThread().isInterrupted());
              }
            });
    t.start();
    take();
    take(); // the watch is open
    Thread.sleep(100);
    t.interrupt();
    t.join(10_000);

    assertThat(t.isAlive()).isFalse();
    assertThat(thrown.get()).isExactlyInstanceOf(FluidException.class).hasMessageContaining("interrupted");
    assertThat(flag.get()).isTrue();
  }

  @Test
  void forbiddenWatchFailsAtOnce() {
    server.enqueue(json(200, list("10")));
    server.enqueue(json(403, Fixtures.status(403, "Forbidden", "cannot watch datasets")));

    catchThrowableOfType(ForbiddenException.class, () -> client().awaitBound("ns", "x", LONG));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
