package dev.fluidsdk.bench.provision;

import dev.fluidsdk.testing.FluidTestServer;
import java.nio.file.Path;
import java.time.Duration;

/** One way of provisioning a workload and waiting until every Dataset is Bound. */
interface ProvisionWay {
  String name();

  /**
   * Provisions {@code w} on {@code server} and returns once the client has seen every Dataset
   * Bound.
   *
   * @param work a fresh directory for files and logs
   * @return the number of external processes started
   */
  long provision(FluidTestServer server, Workload w, Path work, Duration timeout) throws Exception;

  /**
   * Whether this way runs in every round of {@code --repeat}; a way that does not runs once per N
   * (in the first round).
   */
  default boolean repeats() {
    return true;
  }
}
