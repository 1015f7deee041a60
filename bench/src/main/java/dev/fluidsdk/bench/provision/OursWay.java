package dev.fluidsdk.bench.provision;

import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.testing.FluidTestServer;
import dev.fluidsdk.threefs.fluid.ThreeFsObjects;
import dev.fluidsdk.threefs.fluid.ThreeFsProvisioner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * This SDK as a platform service uses it: {@link ThreeFsProvisioner#provisionAll} (server-side
 * apply of the profile once, then Secret, Dataset and ThinRuntime per volume; one list and one
 * watch until every Dataset is Bound).
 */
final class OursWay implements ProvisionWay {
  @Override
  public String name() {
    return "ours (SSA + 1 watch)";
  }

  @Override
  public long provision(FluidTestServer server, Workload w, Path work, Duration timeout) {
    List<ThreeFsObjects> volumes = new ArrayList<>(w.count());
    for (int i = 0; i < w.count(); i++) {
      volumes.add(w.objects(i));
    }
    new ThreeFsProvisioner(FluidClient.of(server.apiClient())).provisionAll(volumes, timeout, e -> {});
    return 0;
  }
}
