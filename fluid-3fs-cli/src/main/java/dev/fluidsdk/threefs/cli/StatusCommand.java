package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.DatasetCondition;
import dev.fluidsdk.model.ThinRuntime;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code status NAME}: a Dataset's phase and conditions, and its ThinRuntime's phases. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Shows a Dataset's phase and conditions and its ThinRuntime's FUSE phase.",
      "Exit 0 when Bound, 1 when not (yet), 3 when it does not exist or the cluster refuses."
    })
final class StatusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "NAME", description = "the Dataset")
  String name;

  @Option(names = "--namespace", defaultValue = "default", description = "default: ${DEFAULT-VALUE}")
  String namespace;

  @Mixin ClusterOptions cluster;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!cluster.configured()) {
      throw new CliException(ExitCodes.CLUSTER, "no cluster configured (set KUBECONFIG or --kubeconfig)");
    }
    FluidClient client = cluster.client();
    Dataset ds = client.datasets().inNamespace(namespace).withName(name).require();
    Optional<ThinRuntime> runtime = client.thinRuntimes().inNamespace(namespace).withName(name).get();
    PrintWriter out = spec.commandLine().getOut();
    print(out, ds, runtime);
    return ds.isBound() ? ExitCodes.OK : ExitCodes.PROBLEMS;
  }

  static void print(PrintWriter out, Dataset ds, Optional<ThinRuntime> runtime) {
    String phase = ds.getStatus() == null || ds.getStatus().getPhaseValue() == null
        ? "(none yet)" : ds.getStatus().getPhaseValue();
    // everything below comes from the cluster: condition messages are one line each
    out.println(OneLine.escaped("Dataset " + ds.getMetadata().getNamespace() + "/" + ds.getMetadata().getName()
        + ": " + phase));
    if (ds.getStatus() != null) {
      for (DatasetCondition c : ds.getStatus().getConditions()) {
        out.println("  " + OneLine.message("condition " + c.getTypeValue() + "=" + c.getStatus()
            + (c.getReason() == null ? "" : " (" + c.getReason() + ")")
            + (c.getMessage() == null ? "" : ": " + c.getMessage())));
      }
    }
    if (runtime.isEmpty()) {
      out.println("ThinRuntime: missing (Fluid binds the Dataset only to a ThinRuntime of the same name)");
    } else if (runtime.get().getStatus() != null) {
      out.println(OneLine.escaped("ThinRuntime: fuse "
          + Optional.ofNullable(runtime.get().getStatus().getFusePhaseValue()).orElse("-")
          + ", profile " + runtime.get().getSpec().getProfileName()));
    }
    out.flush();
  }
}
