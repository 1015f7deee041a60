package dev.fluidsdk.threefs.fio;

/**
 * What one direction (read or write) of a fio job achieved.
 *
 * @param bandwidthBytesPerSecond fio's {@code bw_bytes}
 * @param iops fio's {@code iops}
 * @param meanLatencyNanos mean completion latency ({@code clat_ns.mean})
 * @param p99LatencyNanos 99th percentile completion latency, 0 when fio reported none
 * @param totalIos fio's {@code total_ios}
 * @param runtimeMillis fio's {@code runtime}
 */
public record FioResult(
    long bandwidthBytesPerSecond,
    double iops,
    double meanLatencyNanos,
    long p99LatencyNanos,
    long totalIos,
    long runtimeMillis) {

  /** Whether this direction did any I/O at all. */
  public boolean active() {
    return totalIos > 0;
  }

  /** Bandwidth in GiB/s, as the seed reports it. */
  public double gibPerSecond() {
    return bandwidthBytesPerSecond / (1024.0 * 1024 * 1024);
  }

  /** Bandwidth in MiB/s. */
  public double mibPerSecond() {
    return bandwidthBytesPerSecond / (1024.0 * 1024);
  }
}
