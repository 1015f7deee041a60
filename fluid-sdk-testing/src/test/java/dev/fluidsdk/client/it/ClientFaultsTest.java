package dev.fluidsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.client.FluidApiException;
import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.client.FluidConnectionException;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.testing.Fault;
import dev.fluidsdk.testing.Faults;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Injected faults (500, 503, 429, connection resets, 410, watch streams that end or break): calls
 * still succeed where retrying is safe, waits still complete, and nothing is created twice. Needs
 * the in-process server (a real cluster cannot inject faults), so it is skipped, saying why, when
 * a real cluster is the target.
 */
class ClientFaultsTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static ItTarget target;
  private static FluidClient client;

  @BeforeAll
  static void open() {
    target = ItTarget.open();
    if (!target.inProcess()) {
      System.out.println("[fluid-sdk client tests] ClientFaultsTest skipped: fault injection needs the in-process FluidTestServer");
    }
    Assumptions.assumeTrue(target.inProcess(), "fault injection needs the in-process FluidTestServer");
    client = target.client;
  }

  @AfterAll
  static void close() {
    if (target != null) {
      target.close();
    }
  }

  @AfterEach
  void clearFaults() {
    target.server.faults().clear();
    target.sleeper.asked.clear();
  }

  private static int count(String ns) {
    return client.datasets().inNamespace(ns).list().getItems().size();
  }

  @Test
  void readsSurviveServerErrorsThrottlingAndResets() {
    String ns = target.newNamespace();
    client.datasets().create(ClientBehaviourTest.dataset(ns, "r"));
    long firedBefore = target.server.faults().fired();
    target.server.faults()
        .inject(Fault.status(500), 1, Faults.on("get", "datasets"))
        .inject(Fault.status(503), 1, Faults.on("get", "datasets"))
        .inject(Fault.tooManyRequests(3), 1, Faults.on("get", "datasets"))
        .inject(Fault.resetConnection(), 1, Faults.on("get", "datasets"));

    Dataset d = client.datasets().inNamespace(ns).withName("r").require();

    assertThat(d.getMetadata().getName()).isEqualTo("r");
    assertThat(target.server.faults().fired() - firedBefore).isEqualTo(4);
    // OkHttp itself may re-send a GET after a reset on a pooled connection, without our backoff.
    assertThat(target.sleeper.asked).contains(Duration.ofSeconds(3)).hasSizeBetween(3, 4);
  }

  @Test
  void createIsNotRetriedAfterAServerErrorSoNothingIsCreatedTwice() {
    String ns = target.newNamespace();
    target.server.faults().inject(Fault.status(500), 1, Faults.on("create", "datasets"));

    assertThatThrownBy(() -> client.datasets().create(ClientBehaviourTest.dataset(ns, "once")))
        .isInstanceOf(FluidApiException.class);

    assertThat(target.sleeper.asked).isEmpty();
    assertThat(count(ns)).isZero();
  }

  @Test
  void createAfterAResetIsReportedNotRepeated() {
    String ns = target.newNamespace();
    target.server.faults().inject(Fault.resetConnection(), 1, Faults.on("create", "datasets"));

    assertThatThrownBy(() -> client.datasets().create(ClientBehaviourTest.dataset(ns, "once")))
        .isInstanceOf(FluidConnectionException.class)
        .hasMessageContaining("may have created");

    assertThat(count(ns)).isLessThanOrEqualTo(1);
  }

  @Test
  void createIsRetriedOnTooManyRequestsAndExistsOnce() {
    String ns = target.newNamespace();
    target.server.faults().inject(Fault.tooManyRequests(1), 2, Faults.on("create", "datasets"));

    client.datasets().create(ClientBehaviourTest.dataset(ns, "once"));

    assertThat(target.sleeper.asked).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(count(ns)).isEqualTo(1);
  }

  @Test
  void applyAndDeleteAreRetriedAfterServerErrors() {
    String ns = target.newNamespace();
    target.server.faults().inject(Fault.status(503), 2, Faults.on("patch", "datasets"));

    client.datasets().apply(ClientBehaviourTest.dataset(ns, "ap"));
    client.datasets().apply(ClientBehaviourTest.dataset(ns, "ap"));
    assertThat(count(ns)).isEqualTo(1);

    target.server.faults().inject(Fault.status(500), 1, Faults.on("delete", "datasets"));
    assertThat(client.datasets().inNamespace(ns).withName("ap").delete()).isTrue();
  }

  @Test
  void awaitCompletesThroughListErrorsWatchResetsEndsAnd410() throws Exception {
    String ns = target.newNamespace();
    List<String> names = List.of("f0", "f1", "f2");
    long firedBefore = target.server.faults().fired();
    for (String n : names) {
      client.datasets().create(ClientBehaviourTest.dataset(ns, n));
    }
    target.server.faults()
        .inject(Fault.status(503), 1, Faults.on("list", "datasets"))
        .inject(Fault.resetConnection(), 1, Faults.on("watch", "datasets"))
        .inject(Fault.endWatchAfter(1), 1, Faults.on("watch", "datasets"))
        .inject(Fault.abortWatchAfter(1), 1, Faults.on("watch", "datasets"))
        .expireNextWatch();
    Thread binder = bindEach(ns, names);

    List<Dataset> all = client.awaitAllBound(ns, names, WAIT);

    binder.join();
    assertThat(all).allMatch(Dataset::isBound);
    assertThat(target.server.faults().fired() - firedBefore).isGreaterThanOrEqualTo(2);
  }

  @Test
  void awaitAfterCompactionListsAgain() throws Exception {
    String ns = target.newNamespace();
    client.datasets().create(ClientBehaviourTest.dataset(ns, "cmp"));
    target.server.faults().expireNextWatch();
    Thread binder = bindEach(ns, List.of("cmp"));

    assertThat(client.awaitBound(ns, "cmp", WAIT).isBound()).isTrue();
    binder.join();
  }

  /** Binds one dataset every 200 ms, so the wait sees several watch events and faults between them. */
  private static Thread bindEach(String ns, List<String> names) {
    Thread t =
        new Thread(
            () -> {
              try {
                for (String n : names) {
                  Thread.sleep(200);
                  target.bind(ns, n);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "binder");
    t.start();
    return t;
  }
}
