package dev.fluidsdk.bench.provision;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.testing.FluidTestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The seed's way: one YAML file per object and one {@code kubectl apply -f} per file, then one
 * {@code kubectl wait --for=jsonpath='{.status.phase}'=Bound} per Dataset, each a process of its
 * own (discovery is cached on disk between them, in a fresh cache directory per run).
 */
final class KubectlWay implements ProvisionWay {
  private final String kubectl;

  KubectlWay(String kubectl) {
    this.kubectl = kubectl;
  }

  @Override
  public String name() {
    return "seed: kubectl apply/wait";
  }

  /**
   * Once per N: at N = 500 one run is about 4 minutes of process starts, and nothing in it warms
   * up between runs (every kubectl is a fresh process), so repeating it would add time, not
   * precision.
   */
  @Override
  public boolean repeats() {
    return false;
  }

  @Override
  public long provision(FluidTestServer server, Workload w, Path work, Duration timeout) throws Exception {
    Path kubeconfig = server.kubeconfig(work.resolve("kubeconfig"));
    List<String> base = List.of(kubectl, "--kubeconfig", kubeconfig.toString(),
        "--cache-dir", work.resolve("kube-cache").toString());
    Path yaml = Files.createDirectories(work.resolve("yaml"));
    List<Path> files = new ArrayList<>();
    files.add(write(yaml.resolve("profile.yaml"), FluidYaml.toYaml(w.profile())));
    for (int i = 0; i < w.count(); i++) {
      files.add(write(yaml.resolve(w.name(i) + "-secret.yaml"), FluidYaml.toYaml(w.secret(i))));
      files.add(write(yaml.resolve(w.name(i) + "-dataset.yaml"), FluidYaml.toYaml(w.dataset(i))));
      files.add(write(yaml.resolve(w.name(i) + "-runtime.yaml"), FluidYaml.toYaml(w.runtime(i))));
    }
    long processes = 0;
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Path f : files) {
      run(base, List.of("apply", "-f", f.toString()), work, deadline);
      processes++;
    }
    for (String name : w.names()) {
      run(base, List.of("-n", w.namespace(), "wait", "--for=jsonpath={.status.phase}=Bound",
          "dataset/" + name, "--timeout=" + Math.max(1, timeout.toSeconds()) + "s"), work, deadline);
      processes++;
    }
    return processes;
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void run(List<String> base, List<String> args, Path work, long deadline) throws Exception {
    List<String> c = new ArrayList<>(base);
    c.addAll(args);
    Path out = work.resolve("kubectl.out");
    Process p = new ProcessBuilder(c).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    long left = Math.max(1, deadline - System.nanoTime());
    if (!p.waitFor(left, TimeUnit.NANOSECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + String.join(" ", args));
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("kubectl " + String.join(" ", args) + " failed (exit "
          + p.exitValue() + "): " + Files.readString(out).strip());
    }
  }
}
