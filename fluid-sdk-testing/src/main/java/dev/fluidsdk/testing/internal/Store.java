package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * fabric8's CRUD engine, called in-process, with a hook that feeds every change into the {@link EventLog}. The
 * engine runs each write under its own write lock and bumps one server-wide resourceVersion counter, so events
 * reach the log in resourceVersion order.
 *
 * <p>The engine finds an object by matching every stored object against the request's attributes; lookups by name
 * (a GET of one object, and the existence check of every create, update and patch) go through a {@link NameIndex}
 * instead, which finds the same entry among the objects of that name. Lists, selectors and deletes still scan.
 */
public final class Store extends KubernetesCrudDispatcher {
  private static final Logger LOG = LoggerFactory.getLogger(Store.class);
  private final EventLog log;
  private final NameIndex index = new NameIndex();
  // Guards the index together with the engine's map: a GET by name reads both without the engine's own lock
  // (private to it), so the map change and the index change of one write must look atomic to it. Taken inside
  // the engine's write lock, never around it.
  private final ReadWriteLock indexLock = new ReentrantReadWriteLock();
  // The engine parses a request path into attributes (a URL parse and a regex) on every call; the same paths come
  // back (an apply reads then writes one URL; the fake Fluid reads each object several times). Attribute sets are
  // never modified once made (the engine derives new ones), so they can be shared. Bounded: cleared when full.
  private final Map<String, AttributeSet> pathKeys = new ConcurrentHashMap<>();
  private static final int PATH_KEYS_MAX = 4096;
  // Every counter bump is followed by a change reaching processEvent, so this equals the engine's counter.
  private volatile long lastRv;

  /** A reply from the engine. */
  public record Reply(int code, String body) {}

  public Store(EventLog log) {
    super(crdContexts());
    this.log = log;
  }

  private static List<CustomResourceDefinitionContext> crdContexts() {
    return ResourceTable.all().stream()
        .filter(r -> r.group().equals(ResourceTable.FLUID_GROUP))
        .map(r -> new CustomResourceDefinitionContext.Builder()
            .withGroup(r.group())
            .withVersion(r.version())
            .withPlural(r.plural())
            .withKind(r.kind())
            .withName(r.plural() + "." + r.group())
            .withScope(r.namespaced() ? "Namespaced" : "Cluster")
            .withStatusSubresource(r.statusSubresource())
            .build())
        .toList();
  }

  public Reply call(String method, String pathAndQuery, String contentType, String body) {
    Headers.Builder headers = Headers.builder();
    if (contentType != null) {
      headers.add("Content-Type", contentType);
    }
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    RecordedRequest request = new RecordedRequest("HTTP/1.1", HttpMethod.valueOf(method), pathAndQuery,
        headers.build(), new Buffer(bytes));
    MockResponse response = dispatch(request);
    Buffer responseBody = response.getBody();
    return new Reply(response.code(), responseBody == null ? "" : responseBody.readUtf8());
  }

  /** The attributes of a request path, as the engine's extractor reads them. */
  @Override
  public AttributeSet getKey(String path) {
    AttributeSet key = pathKeys.get(path);
    if (key == null) {
      key = super.getKey(path);
      if (pathKeys.size() >= PATH_KEYS_MAX) {
        pathKeys.clear();
      }
      pathKeys.put(path, key);
    }
    return key;
  }

  /** A GET of one object by name, from the index; anything else (lists, queries, watches) goes to the engine. */
  @Override
  public MockResponse handleGet(String path) {
    if (path.indexOf('?') < 0) {
      AttributeSet query = getKey(path);
      if (query.containsKey(KubernetesAttributesExtractor.NAME)) {
        Lookup found = indexed(query);
        if (found.answered()) {
          // the engine's answer for a name: the first match's body, or 404 without a body
          return found.entry() != null
              ? new MockResponse().setBody(found.entry().getValue()).setResponseCode(HttpURLConnection.HTTP_OK)
              : new MockResponse().setResponseCode(HttpURLConnection.HTTP_NOT_FOUND);
        }
      }
    }
    return super.handleGet(path);
  }

  /** The first stored entry matching {@code attributes}, as the engine's scan finds it. */
  @Override
  public Map.Entry<AttributeSet, String> findResource(AttributeSet attributes) {
    Lookup found = indexed(attributes);
    return found.answered() ? found.entry() : super.findResource(attributes);
  }

  /** What the index says about a query: whether it can answer and, if so, the first match (null: none). */
  private record Lookup(boolean answered, Map.Entry<AttributeSet, String> entry) {}

  private Lookup indexed(AttributeSet query) {
    indexLock.readLock().lock();
    try {
      List<AttributeSet> candidates = index.candidates(query);
      if (candidates == null) {
        return new Lookup(false, null);
      }
      for (AttributeSet key : candidates) {
        String value = key.matches(query) ? map.get(key) : null;
        if (value != null) {
          return new Lookup(true, new AbstractMap.SimpleImmutableEntry<>(key, value));
        }
      }
      return new Lookup(true, null);
    } finally {
      indexLock.readLock().unlock();
    }
  }

  @Override
  public void reset() {
    super.reset();
    indexLock.writeLock().lock();
    try {
      index.clear();
    } finally {
      indexLock.writeLock().unlock();
    }
  }

  /** The server-wide resourceVersion of the last change. */
  public long currentResourceVersion() {
    return lastRv;
  }

  @Override
  public void processEvent(String path, AttributeSet pathAttributes, AttributeSet oldAttributes,
      GenericKubernetesResource resource, String newState) {
    String existing = oldAttributes == null ? null : map.get(oldAttributes);
    // Without a resource the engine reads the new state's attributes from its JSON; reading it once here lets the
    // engine and the index share it (the engine's own key is then computed from it, as it would have been).
    GenericKubernetesResource parsed = resource != null || newState == null || newState.isEmpty() ? resource
        : Serialization.unmarshal(newState, GenericKubernetesResource.class);
    indexLock.writeLock().lock();
    try {
      super.processEvent(path, pathAttributes, oldAttributes, parsed, newState);
      mirror(pathAttributes, oldAttributes, existing, parsed, newState);
    } finally {
      indexLock.writeLock().unlock();
    }
    if (Objects.equals(existing, newState)) {
      return;
    }
    String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    Optional<ApiPath> api = ApiPath.parse(bare);
    if (api.isEmpty()) {
      return;
    }
    JsonObject before = existing == null ? null : Json.parseObject(existing);
    JsonObject after = newState == null ? null : Json.parseObject(newState);
    JsonObject any = after != null ? after : before;
    JsonObject meta = Json.metadata(any);
    long rv = after != null ? Long.parseLong(Json.str(Json.metadata(after), "resourceVersion")) : requestResourceVersion();
    lastRv = Math.max(lastRv, rv);
    String type = before == null ? "ADDED" : after == null ? "DELETED" : "MODIFIED";
    log.append(new WatchEvent(rv, type, api.get().type(), Json.str(meta, "namespace"), Json.str(meta, "name"),
        before, after));
  }

  /**
   * Applies to the index what the engine's processEvent just did to its map: {@code map.remove(old)}, then, for a
   * new state, {@code map.put(key, newState)} with the key computed the engine's way. Checked against the map; on a
   * mismatch the index is given up and every lookup scans, as the engine does.
   */
  private void mirror(AttributeSet pathAttributes, AttributeSet oldAttributes, String existing,
      GenericKubernetesResource resource, String newState) {
    if (index.isBroken()) {
      return;
    }
    if (existing != null) {
      index.removed(oldAttributes);
    }
    if (newState == null) {
      return;
    }
    KubernetesAttributesExtractor extractor = (KubernetesAttributesExtractor) attributeExtractor;
    AttributeSet key = resource != null ? extractor.extract(resource) : extractor.fromResource(newState);
    if (!key.containsKey(KubernetesAttributesExtractor.PLURAL)) {
      key = AttributeSet.merge(pathAttributes, key);
    }
    if (map.get(key) != newState) { // the very string the engine just put, or the key is not the engine's
      LOG.warn("test server: name index out of step with the store after a write to {}; lookups scan from now on",
          key);
      index.markBroken();
      return;
    }
    index.put(key);
  }
}
