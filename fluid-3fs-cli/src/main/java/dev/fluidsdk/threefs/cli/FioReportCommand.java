package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.threefs.fio.FioComparison;
import dev.fluidsdk.threefs.fio.FioReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fio-report}: fio's JSON reduced to bandwidth, IOPS and latency; pod vs host as ratios. */
@Command(
    name = "fio-report",
    mixinStandardHelpOptions = true,
    description = {
      "Summarises fio --output-format=json output. With --host, compares the pod run with the host"
          + " run as pod/host ratios (the seed's parity check).",
      "Exit 0; 1 when --min-ratio is given and the pod's bandwidth ratio is below it."
    })
final class FioReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "POD_JSON", description = "fio JSON from the pod")
  Path pod;

  @Option(names = "--host", paramLabel = "HOST_JSON", description = "fio JSON from the host mount")
  Path host;

  @Option(names = "--min-ratio", description = "fail unless pod/host bandwidth >= this (e.g. 0.95)")
  Double minRatio;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    FioReport podReport = FioReport.parse(Files.readString(pod, StandardCharsets.UTF_8));
    if (host == null) {
      spec.commandLine().getOut().println(podReport.summary());
      return ExitCodes.OK;
    }
    FioComparison c =
        new FioComparison(FioReport.parse(Files.readString(host, StandardCharsets.UTF_8)), podReport);
    spec.commandLine().getOut().println(c.summary());
    if (minRatio != null && !c.atParity(minRatio)) {
      spec.commandLine()
          .getErr()
          .println(String.format(java.util.Locale.ROOT,
              "error: pod/host bandwidth %.2f is below %.2f", c.bandwidthRatio(), minRatio));
      return ExitCodes.PROBLEMS;
    }
    return ExitCodes.OK;
  }
}
