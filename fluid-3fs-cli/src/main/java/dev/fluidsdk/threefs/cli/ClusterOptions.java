package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.client.FluidClient;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which cluster a command talks to: {@code --kubeconfig}, then the usual default config. */
final class ClusterOptions {
  @Option(names = "--kubeconfig", paramLabel = "FILE", description = "default: $KUBECONFIG, ~/.kube/config or in-cluster")
  Path kubeconfig;

  /** Whether any cluster is configured at all. */
  boolean configured() {
    if (kubeconfig != null) {
      return true;
    }
    String env = System.getenv("KUBECONFIG");
    if (env != null && !env.isBlank()) {
      return true;
    }
    if (System.getenv("KUBERNETES_SERVICE_HOST") != null) {
      return true;
    }
    return Files.isRegularFile(Path.of(System.getProperty("user.home"), ".kube", "config"));
  }

  FluidClient client() {
    return kubeconfig != null ? FluidClient.fromKubeconfig(kubeconfig) : FluidClient.fromDefaultConfig();
  }
}
