package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.threefs.fluid.FluidConfigs;
import dev.fluidsdk.threefs.fluid.ThreeFsObjects;
import dev.fluidsdk.threefs.fluid.ThreeFsVolume;
import io.kubernetes.client.openapi.models.V1Secret;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code render}: every object for a 3FS volume, plus the launcher TOML its FUSE pod will run. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the ThinRuntimeProfile, token Secret, Dataset, ThinRuntime and an example Pod for a 3FS"
          + " volume as YAML (one file per object with --out), plus the launcher TOML the FUSE"
          + " container will render.",
      "With no arguments, renders a documented demo to stdout."
    })
final class RenderCommand implements Callable<Integer> {
  @Mixin VolumeOptions volume;

  @Option(names = "--out", paramLabel = "DIR", description = "write one file per object here")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    ThreeFsVolume v = volume.volume();
    ThreeFsObjects objects = ThreeFsObjects.of(v);
    Map<String, String> files = files(objects);
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      if (volume.isDemo()) {
        stdout.print(demoHeader());
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        if (f.getKey().endsWith(".toml")) {
          stdout.println("# " + f.getKey() + " (rendered by the FUSE entrypoint in the pod):");
          f.getValue().lines().forEach(l -> stdout.println(l.isEmpty() ? "#" : "#   " + l));
        } else {
          stdout.print("---\n# " + f.getKey() + "\n" + f.getValue());
        }
      }
      stdout.flush();
      return ExitCodes.OK;
    }
    Files.createDirectories(out);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = out.resolve(f.getKey());
      Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
      if (f.getKey().startsWith("secret-")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      stdout.println(file);
    }
    return ExitCodes.OK;
  }

  static Map<String, String> files(ThreeFsObjects o) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("thinruntimeprofile-" + o.profile().getMetadata().getName() + ".yaml", FluidYaml.toYaml(o.profile()));
    if (o.secret().isPresent()) {
      V1Secret s = o.secret().get();
      files.put("secret-" + s.getMetadata().getName() + ".yaml", FluidYaml.toYaml(s));
    }
    String name = o.dataset().getMetadata().getName();
    files.put("dataset-" + name + ".yaml", FluidYaml.toYaml(o.dataset()));
    files.put("thinruntime-" + name + ".yaml", FluidYaml.toYaml(o.runtime()));
    files.put("pod-" + o.consumerPod().getMetadata().getName() + ".yaml", FluidYaml.toYaml(o.consumerPod()));
    files.put("launcher-" + name + ".toml", FluidConfigs.launcherToml(o));
    return files;
  }

  private static String demoHeader() {
    return "# fluid3fs demo: the objects that mount 3FS through Fluid's ThinRuntime.\n"
        + "# Mount point: " + VolumeOptions.DEMO_MOUNT_POINT.replaceFirst("^[^@]*@", "<3FS test token>@")
        + " (3FS's own test token, a documentation address).\n"
        + "# The inline token goes into the Secret, referenced by the Dataset's encryptOptions.\n"
        + "# Your own: fluid3fs render --name NAME --mount-point TOKEN@RDMA://A.B.C.D:PORT --out DIR\n";
  }
}
