package dev.fluidsdk.testing;

import java.util.Map;

/**
 * What the server saw of one HTTP request, for fault predicates and counters.
 *
 * @param method HTTP method, upper case ({@code GET}, {@code PATCH}, ...)
 * @param path the path without the query string
 * @param query decoded query parameters (last value wins)
 * @param verb the Kubernetes verb: get, list, watch, create, update, patch, delete, or "discovery"
 * @param resource plural resource name with subresource, e.g. {@code datasets/status}; "" for discovery
 */
public record RequestInfo(String method, String path, Map<String, String> query, String verb, String resource) {
  public RequestInfo {
    query = Map.copyOf(query);
  }

  /** True for a streaming watch request. */
  public boolean isWatch() {
    return "watch".equals(verb);
  }
}
