package dev.fluidsdk.threefs.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.fluidsdk.threefs.fuse.FluidFuseConfig;
import dev.fluidsdk.threefs.fuse.LaunchPlan;
import dev.fluidsdk.threefs.fuse.MountOptions;
import dev.fluidsdk.threefs.launcher.LauncherOverride;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code launcher-config}: the {@code hf3fs_fuse_main} launcher TOML for a mount point and a
 * target, rendered by the same code the FUSE entrypoint runs in the pod.
 */
@Command(
    name = "launcher-config",
    mixinStandardHelpOptions = true,
    description = "Prints the hf3fs_fuse_main launcher TOML for a mount point mounted at --target.")
final class LauncherConfigCommand implements Callable<Integer> {
  @Option(names = "--mount-point", required = true, paramLabel = "MP", description = "[TOKEN@]SCHEME://A.B.C.D:PORT[,...]")
  String mountPoint;

  @Option(names = "--target", required = true, paramLabel = "PATH", description = "where 3FS is mounted")
  String target;

  @Option(names = "--cluster-id", defaultValue = "stage", description = "default: ${DEFAULT-VALUE}")
  String clusterId;

  @Option(names = "--token-dir", defaultValue = "/opt/3fs/etc", paramLabel = "DIR", description = "the token file is DIR/token.txt; default: ${DEFAULT-VALUE}")
  Path tokenDir;

  @Option(names = "--device-filter", split = ",", paramLabel = "DEV")
  List<String> deviceFilter = new ArrayList<>();

  @Option(names = "--tcp", description = "TCP mode (force_use_tcp)")
  boolean tcp;

  @Option(names = "--set", paramLabel = "launcher.KEY=VALUE")
  List<String> set = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    JsonObject options = new JsonObject();
    options.addProperty(MountOptions.CLUSTER_ID, clusterId);
    if (!deviceFilter.isEmpty()) {
      options.addProperty(MountOptions.DEVICE_FILTER, String.join(",", deviceFilter));
    }
    if (tcp) {
      options.addProperty(MountOptions.TCP, "true");
    }
    for (String s : set) {
      LauncherOverride o = VolumeOptions.launcherSet(s);
      options.addProperty(MountOptions.LAUNCHER_PREFIX + o.key(), o.value());
    }
    JsonObject mount = new JsonObject();
    mount.addProperty("mountPoint", mountPoint);
    mount.add("options", options);
    JsonArray mounts = new JsonArray();
    mounts.add(mount);
    JsonObject config = new JsonObject();
    config.add("mounts", mounts);
    config.addProperty("targetPath", target);
    String toml =
        LaunchPlan.launcherToml(FluidFuseConfig.parse(Path.of("--mount-point"), config.toString()), tokenDir);
    spec.commandLine().getOut().print(toml);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
