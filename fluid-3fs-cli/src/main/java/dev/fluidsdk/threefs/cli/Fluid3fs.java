package dev.fluidsdk.threefs.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code fluid3fs} command: renders, checks, lints and applies 3FS-on-Fluid objects. Every
 * failure is one line on stderr starting with {@code error:} and a non-zero exit code; never a
 * stack trace.
 */
@Command(
    name = "fluid3fs",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "3FS on Fluid: render, check, lint and apply the Fluid objects that mount 3FS.",
    subcommands = {
      RenderCommand.class,
      CheckMountPointCommand.class,
      LauncherConfigCommand.class,
      LintCommand.class,
      ApplyCommand.class,
      StatusCommand.class,
      FioJobCommand.class,
      FioReportCommand.class
    })
public final class Fluid3fs implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line with the given streams; answers the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new Fluid3fs());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine at = ex.getCommandLine();
          at.getErr()
              .println(
                  "error: "
                      + Errors.oneLine(ex.getMessage())
                      + " (see '"
                      + at.getCommandSpec().qualifiedName()
                      + " --help')");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, at, parsed) -> {
          at.getErr().println("error: " + Errors.message(ex));
          return Errors.exitCode(ex);
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing command: render, check-mount-point, launcher-config, lint,"
            + " apply, status, fio-job or fio-report");
  }
}
