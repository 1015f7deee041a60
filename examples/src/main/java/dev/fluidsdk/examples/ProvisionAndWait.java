package dev.fluidsdk.examples;

import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.testing.FakeFluid;
import dev.fluidsdk.testing.FluidTestServer;
import dev.fluidsdk.threefs.fluid.ThreeFsObjects;
import dev.fluidsdk.threefs.fluid.ThreeFsProvisioner;
import dev.fluidsdk.threefs.fluid.ThreeFsVolume;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Provisions a 3FS volume and waits until Fluid binds its Dataset. With a kubeconfig path as the
 * first argument it talks to that cluster; without one it starts the in-process test server with a
 * simulated Fluid, so it runs anywhere.
 */
public final class ProvisionAndWait {
  private ProvisionAndWait() {}

  public static void main(String[] args) {
    ThreeFsObjects objects =
        ThreeFsObjects.of(
            ThreeFsVolume.builder()
                .name("demo-3fs")
                .namespace("default")
                .mountPoint("AADHHSOs8QA92iRe2wB1fmuL@RDMA://10.0.0.1:8000")
                .clusterId("stage")
                .image("registry.example.com/3fs-fuse:0.1.0")
                .build());
    if (args.length > 0) {
      run(FluidClient.fromKubeconfig(Path.of(args[0])), objects);
      return;
    }
    try (FluidTestServer server = FluidTestServer.start();
        FakeFluid fluid = FakeFluid.attach(server, Duration.ofMillis(200), true)) {
      System.out.println("no kubeconfig given: using the in-process test server at " + server.url()
          + " (simulated Fluid: " + fluid.getClass().getSimpleName() + ")");
      run(FluidClient.of(server.apiClient()), objects);
    }
  }

  static Dataset run(FluidClient client, ThreeFsObjects objects) {
    Dataset bound =
        new ThreeFsProvisioner(client).provision(objects, Duration.ofMinutes(5), System.out::println);
    System.out.println("PVC " + bound.getMetadata().getName() + " is ready in " + bound.getMetadata().getNamespace());
    return bound;
  }
}
