package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.threefs.fio.FioJobs;
import dev.fluidsdk.threefs.fio.FioParameters;
import io.kubernetes.client.openapi.models.V1Job;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fio-job}: the seed's fio benchmark as Jobs on a Dataset's PVC, printed as YAML. */
@Command(
    name = "fio-job",
    mixinStandardHelpOptions = true,
    description = "Prints the seed's fio read and write Jobs (128 jobs, 4M, libaio, direct, 30 s) for"
        + " the PVC Fluid creates for a Dataset; apply them and read the logs with fio-report.")
final class FioJobCommand implements Callable<Integer> {
  @Option(names = "--name", required = true, description = "the Dataset (and so PVC) name")
  String name;

  @Option(names = "--namespace", defaultValue = "default", description = "default: ${DEFAULT-VALUE}")
  String namespace;

  @Option(names = "--image", required = true, description = "an image with fio on its PATH")
  String image;

  @Option(
      names = "--rw",
      defaultValue = "both",
      description = "read, write or both (default: ${DEFAULT-VALUE})")
  String rw;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<V1Job> jobs =
        switch (rw) {
          case "both" -> FioJobs.seedJobs(namespace, name, image);
          case "read", "write" -> List.of(FioJobs.job(namespace, name, image, FioParameters.seed(rw)));
          default -> throw new CliException(ExitCodes.USAGE, "--rw must be read, write or both, got '" + rw + "'");
        };
    spec.commandLine().getOut().print(FluidYaml.toYaml(jobs));
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
