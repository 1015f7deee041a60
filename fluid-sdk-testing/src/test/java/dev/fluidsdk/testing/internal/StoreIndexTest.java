package dev.fluidsdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.mockwebserver.crud.AttributeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The store's lookups by name (from its {@link NameIndex}) give exactly what the CRUD engine's scan of every stored
 * object gives: same entry, same order among equals, after any mix of creates, updates (which change the engine's
 * key when labels change), status writes and deletes (with and without finalizers), in and across namespaces.
 */
class StoreIndexTest {
  private static final List<String> NAMES = List.of("a", "b", "c");
  private static final List<String> NAMESPACES = List.of("n1", "n2");
  /** Collection URLs: namespaced core, namespaced Fluid (status subresource), cluster-scoped core. */
  private static final List<String> KINDS = List.of("configmaps", "datasets", "persistentvolumes");

  record Op(String verb, String kind, String namespace, String name, String label) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op = Combinators.combine(
        Arbitraries.of("create", "update", "status", "delete", "finalize", "unfinalize"),
        Arbitraries.of(KINDS), Arbitraries.of(NAMESPACES), Arbitraries.of(NAMES), Arbitraries.of("x", "y", ""))
        .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(40);
  }

  @Property(tries = 60)
  void lookupsByNameMatchTheEnginesScan(@ForAll("ops") List<Op> ops) {
    Store store = new Store(new EventLog(1000));
    for (Op op : ops) {
      run(store, op);
      assertLookupsMatchScan(store);
    }
  }

  @Test
  void aWildcardNameIsAnsweredByTheScan() {
    Store store = new Store(new EventLog(100));
    run(store, new Op("create", "configmaps", "n1", "a", ""));
    run(store, new Op("create", "configmaps", "n1", "b", ""));
    // fabric8's value "*" equals every value: a GET of "*" finds the first object, as the scan does
    Store.Reply star = store.call("GET", "/api/v1/namespaces/n1/configmaps/*", null, null);
    assertThat(star.code()).isEqualTo(200);
    assertThat(star.body()).isEqualTo(scan(store, store.getKey("/api/v1/namespaces/n1/configmaps/*")));
    assertLookupsMatchScan(store);
  }

  @Test
  void anObjectNamedWildcardMatchesEveryNameAsInTheScan() {
    Store store = new Store(new EventLog(100));
    run(store, new Op("create", "configmaps", "n1", "*", ""));
    // the engine's existence check finds "*" for any name: the create is refused, as without the index
    run(store, new Op("create", "configmaps", "n1", "a", ""));
    assertThat(store.getMap()).hasSize(1);
    assertThat(store.call("GET", "/api/v1/namespaces/n1/configmaps/zz", null, null).code()).isEqualTo(200);
    assertLookupsMatchScan(store);
    run(store, new Op("delete", "configmaps", "n1", "*", ""));
    run(store, new Op("create", "configmaps", "n1", "a", ""));
    assertThat(store.call("GET", "/api/v1/namespaces/n1/configmaps/zz", null, null).code()).isEqualTo(404);
    assertLookupsMatchScan(store);
  }

  @Test
  void pathAttributesAreTheExtractorsWhetherCachedOrNot() {
    Store store = new Store(new EventLog(100));
    KubernetesAttributesExtractor extractor = new KubernetesAttributesExtractor();
    List<String> paths = new ArrayList<>(List.of("/api/v1/namespaces/n1/configmaps/a",
        "/api/v1/namespaces/n1/configmaps", "/apis/data.fluid.io/v1alpha1/namespaces/n1/datasets/d/status",
        "/api/v1/persistentvolumes/p", "/api/v1/namespaces/n1/pods?labelSelector=a%3Db,!c&fieldSelector=x%3Dy"));
    for (int i = 0; i < 5000; i++) { // more than the cache holds
      paths.add("/api/v1/namespaces/n" + (i % 7) + "/secrets/s" + i);
    }
    for (int round = 0; round < 2; round++) {
      for (String path : paths) {
        assertThat(store.getKey(path)).as(path).isEqualTo(extractor.fromPath(path));
      }
    }
  }

  @Test
  void resetForgetsEverything() {
    Store store = new Store(new EventLog(100));
    run(store, new Op("create", "datasets", "n1", "a", "x"));
    store.reset();
    assertThat(store.call("GET", objectUrl("datasets", "n1", "a"), null, null).code()).isEqualTo(404);
    run(store, new Op("create", "datasets", "n1", "a", "y"));
    assertThat(store.call("GET", objectUrl("datasets", "n1", "a"), null, null).code()).isEqualTo(200);
    assertLookupsMatchScan(store);
  }

  private static void run(Store store, Op op) {
    String url = objectUrl(op.kind(), op.namespace(), op.name());
    switch (op.verb()) {
      case "create" -> store.call("POST", collectionUrl(op.kind(), op.namespace()), "application/json",
          body(op, List.of()));
      case "update" -> store.call("PUT", url, "application/json", body(op, List.of()));
      case "status" -> store.call("PUT", url + "/status", "application/json", body(op, List.of()));
      case "finalize" -> store.call("PUT", url, "application/json", body(op, List.of("fluid.io/keep")));
      case "unfinalize" -> store.call("PUT", url, "application/json", body(op, List.of()));
      case "delete" -> store.call("DELETE", url, null, null);
      default -> throw new IllegalArgumentException(op.verb());
    }
  }

  private static void assertLookupsMatchScan(Store store) {
    List<String> paths = new ArrayList<>();
    for (String kind : KINDS) {
      for (String ns : NAMESPACES) {
        for (String name : List.of("a", "b", "c", "missing")) {
          paths.add(objectUrl(kind, ns, name));
          paths.add(objectUrl(kind, ns, name) + "/status");
        }
      }
    }
    // a namespaced name asked without a namespace matches that name in any namespace: the scan's first one
    paths.add("/api/v1/configmaps/a");
    paths.add("/apis/data.fluid.io/v1alpha1/datasets/b");
    for (String path : paths) {
      AttributeSet query = store.getKey(path);
      String expected = scan(store, query);
      Map.Entry<AttributeSet, String> found = store.findResource(query);
      assertThat(found == null ? null : found.getValue()).as("findResource %s", path).isEqualTo(expected);
      if (found != null) {
        assertThat(store.getMap().get(found.getKey())).as("key of %s", path).isSameAs(found.getValue());
      }
      Store.Reply got = store.call("GET", path, null, null);
      assertThat(got.code()).as("GET %s", path).isEqualTo(expected == null ? 404 : 200);
      assertThat(expected == null ? "" : got.body()).as("GET %s", path).isEqualTo(expected == null ? "" : expected);
    }
  }

  /** The engine's own lookup: the first stored entry, in the map's order, whose key matches. */
  private static String scan(Store store, AttributeSet query) {
    Map<AttributeSet, String> map = store.getMap();
    synchronized (map) {
      return map.entrySet().stream().filter(e -> e.getKey().matches(query)).map(Map.Entry::getValue)
          .findFirst().orElse(null);
    }
  }

  private static String collectionUrl(String kind, String ns) {
    return switch (kind) {
      case "configmaps" -> "/api/v1/namespaces/" + ns + "/configmaps";
      case "datasets" -> "/apis/data.fluid.io/v1alpha1/namespaces/" + ns + "/datasets";
      default -> "/api/v1/" + kind;
    };
  }

  private static String objectUrl(String kind, String ns, String name) {
    return collectionUrl(kind, ns) + "/" + name;
  }

  private static String body(Op op, List<String> finalizers) {
    String apiVersion = op.kind().equals("datasets") ? "data.fluid.io/v1alpha1" : "v1";
    String kind = switch (op.kind()) {
      case "configmaps" -> "ConfigMap";
      case "datasets" -> "Dataset";
      default -> "PersistentVolume";
    };
    String labels = op.label().isEmpty() ? "" : ",\"labels\":{\"l\":\"" + op.label() + "\"}";
    String fin = finalizers.isEmpty() ? "" : ",\"finalizers\":[\"" + String.join("\",\"", finalizers) + "\"]";
    String status = ",\"status\":{\"phase\":\"" + (op.label().isEmpty() ? "NotBound" : "Bound") + "\"}";
    return "{\"apiVersion\":\"" + apiVersion + "\",\"kind\":\"" + kind + "\",\"metadata\":{\"name\":\"" + op.name()
        + "\"" + labels + fin + "}" + status + "}";
  }
}
