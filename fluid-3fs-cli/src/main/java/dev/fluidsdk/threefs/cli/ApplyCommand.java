package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.testing.FakeFluid;
import dev.fluidsdk.testing.FluidTestServer;
import dev.fluidsdk.threefs.fluid.ThreeFsObjects;
import dev.fluidsdk.threefs.fluid.ThreeFsProvisioner;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code apply}: provision a 3FS volume through Fluid and wait until its Dataset is Bound. */
@Command(
    name = "apply",
    mixinStandardHelpOptions = true,
    description = {
      "Server-side applies the objects 'render' shows and waits until the Dataset is Bound,"
          + " printing each step.",
      "With no cluster configured, with --embedded, or with no arguments (the demo volume) it runs"
          + " against an embedded in-process API server with a simulated Fluid, so the whole flow"
          + " can be seen on any machine.",
      "Exit 0 when Bound; 3 when the cluster refuses or the wait times out."
    })
final class ApplyCommand implements Callable<Integer> {
  @Mixin VolumeOptions volume;
  @Mixin ClusterOptions cluster;

  @Option(names = "--embedded", description = "use the embedded API server even if a cluster is configured")
  boolean embedded;

  @Option(names = "--timeout", defaultValue = "PT5M", description = "how long to wait for Bound (ISO-8601, default ${DEFAULT-VALUE})")
  Duration timeout;

  @Spec CommandSpec spec;

  @Override
  @SuppressWarnings("try") // the simulated Fluid only needs to live as long as the server
  public Integer call() {
    ThreeFsObjects objects = ThreeFsObjects.of(volume.volume());
    PrintWriter out = spec.commandLine().getOut();
    boolean configured = cluster.configured();
    // The demo volume (no arguments) never goes to a real cluster, configured or not.
    if (embedded || !configured || volume.isDemo()) {
      String why =
          embedded ? "--embedded" : !configured ? "no cluster configured" : "demo volume (no --name/--mount-point)";
      out.println(why + ": using an embedded in-process API server with a simulated Fluid"
          + " (nothing leaves this machine)");
      try (FluidTestServer server = FluidTestServer.start();
          FakeFluid fluid = FakeFluid.attach(server, Duration.ofMillis(300), true)) {
        return provision(FluidClient.of(server.apiClient()), objects, out);
      }
    }
    return provision(cluster.client(), objects, out);
  }

  private int provision(FluidClient client, ThreeFsObjects objects, PrintWriter out) {
    Dataset bound =
        new ThreeFsProvisioner(client)
            .provision(objects, timeout, e -> {
              out.println(OneLine.message(String.valueOf(e))); // may quote the cluster's events
              out.flush();
            });
    out.println("Dataset " + bound.getMetadata().getNamespace() + "/" + bound.getMetadata().getName()
        + " is " + bound.getStatus().getPhaseValue() + "; pods mount it with persistentVolumeClaim.claimName: "
        + bound.getMetadata().getName());
    return ExitCodes.OK;
  }
}
