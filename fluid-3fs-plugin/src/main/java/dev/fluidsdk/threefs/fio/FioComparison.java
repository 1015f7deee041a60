package dev.fluidsdk.threefs.fio;

import java.util.Locale;
import java.util.Objects;

/**
 * The seed's parity check: the same fio run on the host mount and in a pod through Fluid, as
 * ratios pod/host. A bandwidth ratio near 1.0 means the pod is as fast as the host.
 *
 * @param host the run on the host's own 3FS mount
 * @param pod the run inside a pod through the Fluid PVC
 */
public record FioComparison(FioReport host, FioReport pod) {

  public FioComparison {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(pod, "pod");
    if ((host.main() == host.read()) != (pod.main() == pod.read())) {
      throw new IllegalArgumentException("host and pod runs must both be read or both be write runs");
    }
  }

  /** pod bandwidth / host bandwidth. */
  public double bandwidthRatio() {
    return ratio(pod.main().bandwidthBytesPerSecond(), host.main().bandwidthBytesPerSecond());
  }

  /** pod IOPS / host IOPS. */
  public double iopsRatio() {
    return ratio(pod.main().iops(), host.main().iops());
  }

  /** pod mean latency / host mean latency (below 1.0 is better). */
  public double latencyRatio() {
    return ratio(pod.main().meanLatencyNanos(), host.main().meanLatencyNanos());
  }

  /** Whether the pod reaches at least {@code fraction} of the host's bandwidth. */
  public boolean atParity(double fraction) {
    return bandwidthRatio() >= fraction;
  }

  /** E.g. {@code read: host 12.00 GiB/s, pod 12.10 GiB/s, pod/host bandwidth 1.01, IOPS 1.01, latency 0.99}. */
  public String summary() {
    String dir = host.main() == host.read() ? "read" : "write";
    return String.format(
        Locale.ROOT,
        "%s: host %.2f GiB/s, pod %.2f GiB/s, pod/host bandwidth %.2f, IOPS %.2f, latency %.2f",
        dir,
        host.main().gibPerSecond(),
        pod.main().gibPerSecond(),
        bandwidthRatio(),
        iopsRatio(),
        latencyRatio());
  }

  private static double ratio(double a, double b) {
    return b == 0 ? Double.NaN : a / b;
  }
}
