package dev.fluidsdk.bench.provision;

import java.util.Map;

/**
 * What one way measured for one N.
 *
 * @param way the way's name
 * @param count datasets provisioned
 * @param wallNanos from the first request to the last Dataset seen Bound by the client
 * @param requests HTTP requests the server received (discovery included)
 * @param watches watch streams opened
 * @param processes external processes started (kubectl)
 * @param peakHeapBytes sampled peak heap of this JVM (client and in-process server)
 * @param collections garbage collections during the run
 * @param perKind requests per "verb resource"
 */
record Outcome(
    String way,
    int count,
    long wallNanos,
    long requests,
    long watches,
    long processes,
    long peakHeapBytes,
    long collections,
    Map<String, Long> perKind) {

  double wallMillis() {
    return wallNanos / 1e6;
  }

  double requestsPerDataset() {
    return (double) requests / count;
  }
}
