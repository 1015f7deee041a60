package dev.fluidsdk.client.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.fluidsdk.client.ConflictException;
import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.client.FluidResource;
import dev.fluidsdk.client.FluidTimeoutException;
import dev.fluidsdk.client.FluidWatch;
import dev.fluidsdk.client.ObjectRef;
import dev.fluidsdk.client.WatchEvent;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.DatasetList;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client's behaviour against a stateful API server: the in-process FluidTestServer, or a real
 * cluster (see {@link ItTarget}).
 */
class ClientBehaviourTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static ItTarget target;
  private static FluidClient client;

  @BeforeAll
  static void open() {
    target = ItTarget.open();
    client = target.client;
  }

  @AfterAll
  static void close() {
    target.close();
  }

  static Dataset dataset(String ns, String name) {
    return Dataset.builder()
        .name(name)
        .namespace(ns)
        .label("suite", "client-it")
        .mount(m -> m.name("data").mountPoint("https://example.com/data"))
        .build();
  }

  /** Binds the datasets (see {@link ItTarget#bind}) after a short delay, while the wait runs. */
  static Thread bindLater(String ns, List<String> names) {
    Thread t =
        new Thread(
            () -> {
              try {
                Thread.sleep(300);
                for (String n : names) {
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

  @Test
  void createGetListUpdatePatchDelete() {
    String ns = target.newNamespace();
    Dataset created = client.datasets().create(dataset(ns, "a"));
    client.datasets().create(dataset(ns, "b").toBuilder().label("suite", "other").build());
    FluidResource<Dataset> a = client.datasets().inNamespace(ns).withName("a");

    assertThat(created.getMetadata().getResourceVersion()).isNotBlank();
    assertThat(a.require().getSpec().getMounts()).hasSize(1);
    DatasetList selected = client.datasets().inNamespace(ns).withLabelSelector("suite=client-it").list();
    assertThat(selected.getItems()).extracting(d -> d.getMetadata().getName()).containsExactly("a");

    Dataset updated = client.datasets().update(a.require().toBuilder().label("step", "updated").build());
    assertThat(updated.getMetadata().getLabels()).containsEntry("step", "updated");

    Dataset patched = a.patch("{\"metadata\":{\"labels\":{\"step\":\"patched\"}}}");
    assertThat(patched.getMetadata().getLabels()).containsEntry("step", "patched").containsEntry("suite", "client-it");

    assertThat(a.delete()).isTrue();
    assertThat(a.get()).satisfiesAnyOf(
        o -> assertThat(o).isEmpty(),
        o -> assertThat(o.orElseThrow().getMetadata().getDeletionTimestamp()).isNotNull());
  }

  @Test
  void staleUpdateIsAConflictAndCreatingTwiceIsAlreadyExists() {
    String ns = target.newNamespace();
    Dataset first = client.datasets().create(dataset(ns, "c"));
    client.datasets().update(first.toBuilder().label("v", "1").build());

    ConflictException stale =
        catchThrowableOfType(ConflictException.class, () -> client.datasets().update(first.toBuilder().label("v", "2").build()));
    assertThat(stale.isAlreadyExists()).isFalse();

    ConflictException exists = catchThrowableOfType(ConflictException.class, () -> client.datasets().create(dataset(ns, "c")));
    assertThat(exists.isAlreadyExists()).isTrue();
    assertThat(exists.name()).isEqualTo("c");
  }

  @Test
  void serverSideApplyCreatesThenMerges() {
    String ns = target.newNamespace();
    Dataset applied = client.datasets().apply(dataset(ns, "s"));
    assertThat(applied.getMetadata().getResourceVersion()).isNotBlank();

    Dataset again = client.datasets().apply(dataset(ns, "s").toBuilder().label("extra", "yes").build());

    assertThat(again.getMetadata().getLabels()).containsEntry("extra", "yes").containsEntry("suite", "client-it");
    if (!target.inProcess()) { // the in-process server does not report managedFields
      assertThat(again.getMetadata().getManagedFields())
          .extracting(f -> f.getManager())
          .contains("fluid-sdk-it");
    }
  }

  @Test
  void statusIsWrittenThroughTheSubresource() {
    String ns = target.newNamespace();
    client.datasets().create(dataset(ns, "st"));
    FluidResource<Dataset> st = client.datasets().inNamespace(ns).withName("st");

    Dataset patched = st.patchStatus("{\"status\":{\"phase\":\"NotBound\"}}");
    assertThat(patched.getStatus().getPhaseValue()).isEqualTo("NotBound");

    Dataset updated =
        client.datasets().updateStatus(patched.toBuilder().status(s -> s.phase("Bound")).build());
    assertThat(updated.isBound()).isTrue();
    assertThat(st.require().isBound()).isTrue();
  }

  @Test
  void watchDeliversTypedEventsAfterAResourceVersion() {
    String ns = target.newNamespace();
    // An object before the list, so that the list's resourceVersion is never "0" (which means "any").
    client.datasets().create(dataset(ns, "before"));
    String rv = client.datasets().inNamespace(ns).list().getMetadata().getResourceVersion();
    client.datasets().create(dataset(ns, "w"));
    client.datasets().inNamespace(ns).withName("w").patch("{\"metadata\":{\"labels\":{\"n\":\"2\"}}}");

    List<WatchEvent<Dataset>> events = new ArrayList<>();
    long deadline = System.nanoTime() + WAIT.toNanos();
    try (FluidWatch<Dataset> w = client.datasets().inNamespace(ns).watch(rv)) {
      while (events.size() < 2 && w.isOpen() && System.nanoTime() < deadline) {
        w.poll(Duration.ofSeconds(1)).filter(e -> e.type() != WatchEvent.Type.BOOKMARK).ifPresent(events::add);
      }
    }

    assertThat(events).extracting(WatchEvent::type).containsExactly(WatchEvent.Type.ADDED, WatchEvent.Type.MODIFIED);
    assertThat(events.get(1).object().getMetadata().getLabels()).containsEntry("n", "2");
  }

  @Test
  void awaitBoundReturnsTheBoundDataset() throws Exception {
    String ns = target.newNamespace();
    client.datasets().create(dataset(ns, "bound"));
    Thread binder = bindLater(ns, List.of("bound"));

    Dataset d = client.awaitBound(ns, "bound", WAIT);

    binder.join();
    assertThat(d.isBound()).isTrue();
    assertThat(d.getMetadata().getName()).isEqualTo("bound");
  }

  @Test
  void awaitBoundCompletesWhenTheFakeFluidBindsARuntimeAndProfile() {
    Assumptions.assumeTrue(target.inProcess(), "binding through a ThinRuntime needs the in-process fake Fluid");
    String ns = target.newNamespace();
    target.fluid.autoBind(true);
    try {
      client.thinRuntimeProfiles().apply(ThinRuntimeProfile.builder().name("it-" + ns).fileSystemType("test").build());
      client.datasets().create(dataset(ns, "auto"));
      client.thinRuntimes().create(ThinRuntime.builder().name("auto").namespace(ns).profileName("it-" + ns).build());

      Dataset d = client.awaitBound(ns, "auto", WAIT);

      assertThat(d.isBound()).isTrue();
    } finally {
      target.fluid.autoBind(false);
    }
  }

  @Test
  void awaitAllBoundWaitsOnManyWithOneWatch() throws Exception {
    String ns = target.newNamespace();
    List<String> names = List.of("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7");
    for (String n : names) {
      client.datasets().create(dataset(ns, n));
    }
    target.bind(ns, "m0");
    long watchesBefore = target.inProcess() ? target.server.stats().watchConnections() : 0;
    Thread binder = bindLater(ns, names.subList(1, names.size()));

    List<Dataset> all = client.awaitAllBound(ns, names, WAIT);

    binder.join();
    assertThat(all).extracting(x -> x.getMetadata().getName()).containsExactlyElementsOf(names);
    assertThat(all).allMatch(Dataset::isBound);
    if (target.inProcess()) {
      assertThat(target.server.stats().watchConnections() - watchesBefore).isEqualTo(1);
    }
  }

  @Test
  void awaitAcrossNamespacesCompletes() throws Exception {
    String n1 = target.newNamespace();
    String n2 = target.newNamespace();
    client.datasets().create(dataset(n1, "x"));
    client.datasets().create(dataset(n2, "x"));
    Thread b1 = bindLater(n1, List.of("x"));
    Thread b2 = bindLater(n2, List.of("x"));

    List<Dataset> all = client.awaitAllBound(List.of(ObjectRef.of(n1, "x"), ObjectRef.of(n2, "x")), WAIT);

    b1.join();
    b2.join();
    assertThat(all).extracting(x -> x.getMetadata().getNamespace()).containsExactly(n1, n2);
  }

  @Test
  void awaitBoundTimesOutWithTheLastStateSeen() {
    String ns = target.newNamespace();
    client.datasets().create(dataset(ns, "never"));
    client.datasets().inNamespace(ns).withName("never").patchStatus("{\"status\":{\"phase\":\"NotBound\"}}");

    FluidTimeoutException e =
        catchThrowableOfType(FluidTimeoutException.class, () -> client.awaitBound(ns, "never", Duration.ofSeconds(2)));

    assertThat(e).hasMessageContaining(ns + "/never: phase NotBound");
    assertThat(e.lastSeen(Dataset.class)).isPresent();
  }

  @Test
  void awaitBoundOfAFailedDatasetTimesOutWithFluidsReason() {
    Assumptions.assumeTrue(target.inProcess(), "failing a Dataset on purpose needs the in-process fake Fluid");
    String ns = target.newNamespace();
    client.datasets().create(dataset(ns, "bad"));
    target.fluid.fail(ns, "bad", "mount failed: no such host");

    FluidTimeoutException e =
        catchThrowableOfType(FluidTimeoutException.class, () -> client.awaitBound(ns, "bad", Duration.ofSeconds(1)));

    assertThat(e).hasMessageContaining("phase Failed").hasMessageContaining("mount failed: no such host");
  }

  @Test
  void getOfAMissingDatasetIsEmpty() {
    String ns = target.newNamespace();
    assertThat(client.datasets().inNamespace(ns).withName("missing").get()).isEmpty();
    assertThatThrownBy(() -> client.datasets().inNamespace(ns).withName("missing").require())
        .isInstanceOf(dev.fluidsdk.client.NotFoundException.class);
  }
}
