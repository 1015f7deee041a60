package dev.fluidsdk.testing.internal;

import io.fabric8.kubernetes.client.server.mock.KubernetesAttributesExtractor;
import io.fabric8.mockwebserver.crud.Attribute;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.crud.AttributeType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys of the CRUD engine's store grouped by object name, so that a lookup by name reads the few objects of
 * that name instead of matching every stored object (which made each request O(N) and a run of N objects O(N^2)).
 *
 * <p>It mirrors the engine's insertion-ordered map: {@link #removed} and {@link #put} are called with exactly the
 * keys the engine removed and put, and each bucket keeps the engine's relative order, so the first candidate that
 * matches a query is the entry the engine's scan would find first. It answers only queries it can answer exactly
 * (a plain equality on the name); for anything else, or once a stored name could compare equal to another name
 * (fabric8's {@code "*"} wildcard value), {@link #candidates} returns null and the caller scans as before. Not
 * thread-safe: the caller guards it.
 */
final class NameIndex {
  private static final String WILDCARD = "*";

  private final Map<String, Set<AttributeSet>> byName = new HashMap<>();
  private boolean broken;

  /** Mirrors {@code map.remove(key)} that removed an entry. */
  void removed(AttributeSet key) {
    String name = indexableName(key);
    if (name == null) {
      return;
    }
    Set<AttributeSet> bucket = byName.get(name);
    if (bucket != null) {
      bucket.remove(key);
      if (bucket.isEmpty()) {
        byName.remove(name);
      }
    }
  }

  /** Mirrors {@code map.put(key, value)}. */
  void put(AttributeSet key) {
    Attribute name = key.getAttribute(KubernetesAttributesExtractor.NAME);
    if (name == null) {
      return; // no query by name matches a key without a name
    }
    String value = single(name);
    if (value == null) {
      broken = true; // such a name may equal other names: from now on, scan
      return;
    }
    byName.computeIfAbsent(value, n -> new LinkedHashSet<>()).add(key);
  }

  /** After a mismatch with the engine's map, or a name it cannot hold: never answer again (callers scan). */
  void markBroken() {
    broken = true;
  }

  boolean isBroken() {
    return broken;
  }

  void clear() {
    byName.clear();
  }

  /**
   * The stored keys that can match {@code query}, in the engine's order, or null when the index cannot tell (no
   * plain equality on the name in the query, a wildcard, or once broken).
   */
  List<AttributeSet> candidates(AttributeSet query) {
    if (broken) {
      return null;
    }
    Attribute name = query.getAttribute(KubernetesAttributesExtractor.NAME);
    if (name == null || name.getType() != AttributeType.WITH) {
      return null;
    }
    String value = single(name);
    if (value == null) {
      return null;
    }
    Set<AttributeSet> bucket = byName.get(value);
    return bucket == null ? List.of() : List.copyOf(bucket);
  }

  private static String indexableName(AttributeSet key) {
    Attribute name = key.getAttribute(KubernetesAttributesExtractor.NAME);
    return name == null ? null : single(name);
  }

  /** The one value of an attribute, or null when it has several, none, or the wildcard (equal to any value). */
  private static String single(Attribute a) {
    if (a.getValues().size() != 1 || a.getValues().get(0) == null) {
      return null;
    }
    String v = a.getValues().get(0).toString();
    return v == null || v.equals(WILDCARD) ? null : v;
  }
}
