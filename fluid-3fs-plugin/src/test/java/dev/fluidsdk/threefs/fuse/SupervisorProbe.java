package dev.fluidsdk.threefs.fuse;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A test-only main that runs the {@link Supervisor} on a fixed plan, so that signal handling can
 * be tested in a process of its own: {@code SupervisorProbe STUB MOUNTPOINT WORKDIR FUSERMOUNT
 * MOUNTINFO GRACE_SECONDS}.
 */
public final class SupervisorProbe {
  static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL";

  private SupervisorProbe() {}

  public static void main(String[] a) {
    Path work = Path.of(a[2]);
    Path launcher = work.resolve("launcher.toml");
    Path tokenFile = work.resolve("token.txt");
    String toml = "mountpoint = '" + a[1] + "'\ntoken_file = '" + tokenFile + "'\n";
    LaunchPlan plan = new LaunchPlan(
        List.of(a[0], "--launcher_cfg", launcher.toString()), Path.of(a[1]), launcher, toml, tokenFile, TOKEN);
    Unmounter u = new Unmounter(a[3], Path.of(a[4]), m -> System.err.println("probe: " + m));
    int code;
    try {
      code = new Supervisor(plan, u, "kill", Duration.ofSeconds(Long.parseLong(a[5])),
          m -> System.err.println("probe: " + m)).run();
    } catch (EntrypointException e) {
      System.err.println("probe: " + e.getMessage());
      code = e.exitCode().code();
    }
    System.exit(code);
  }
}
