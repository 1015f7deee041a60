package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.threefs.fluid.ThreeFsVolume;
import dev.fluidsdk.threefs.fuse.MountOptions;
import dev.fluidsdk.threefs.launcher.LauncherOverride;
import dev.fluidsdk.threefs.launcher.LauncherOverrides;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags that describe a 3FS volume, shared by {@code render} and {@code apply}. */
final class VolumeOptions {
  /** The demo a newcomer sees with no arguments: 3FS's own test token, a documentation address. */
  static final String DEMO_MOUNT_POINT = "AADHHSOs8QA92iRe2wB1fmuL@RDMA://10.0.0.1:8000";
  static final String DEMO_NAME = "demo-3fs";
  static final String DEFAULT_IMAGE = "registry.example.com/3fs-fuse:0.1.0";

  @Option(names = "--name", description = "Dataset, ThinRuntime and PVC name")
  String name;

  @Option(names = "--namespace", defaultValue = "default", description = "default: ${DEFAULT-VALUE}")
  String namespace;

  @Option(
      names = "--mount-point",
      paramLabel = "MP",
      description = "[TOKEN@]SCHEME://A.B.C.D:PORT[,...]; the token may come from --token-secret")
  String mountPoint;

  @Option(
      names = "--token-secret",
      paramLabel = "NAME/KEY",
      description = "the Secret and key holding the token (created from an inline token if given)")
  String tokenSecret;

  @Option(names = "--keep-inline-token", description = "leave TOKEN@ in the Dataset (not recommended)")
  boolean keepInlineToken;

  @Option(
      names = "--image",
      paramLabel = "IMG[:TAG]",
      defaultValue = DEFAULT_IMAGE,
      description = "the 3FS FUSE image (fuse-image/); default: ${DEFAULT-VALUE}")
  String image;

  @Option(names = "--cluster-id", defaultValue = "stage", description = "3FS cluster id; default: ${DEFAULT-VALUE}")
  String clusterId;

  @Option(names = "--profile", defaultValue = ThreeFsVolume.DEFAULT_PROFILE, description = "ThinRuntimeProfile name; default: ${DEFAULT-VALUE}")
  String profile;

  @Option(names = "--device-filter", split = ",", paramLabel = "DEV", description = "RDMA devices to use, e.g. mlx5_0,mlx5_1")
  List<String> deviceFilter = new ArrayList<>();

  @Option(names = "--tcp", description = "TCP mode (3FS force_use_tcp): no RDMA devices needed")
  boolean tcp;

  @Option(names = "--set", paramLabel = "launcher.KEY=VALUE", description = "a launcher key, e.g. launcher.client.io_worker.ibsocket.max_sge=1")
  List<String> set = new ArrayList<>();

  /**
   * One {@code --set launcher.KEY=VALUE}, read by the launcher core's own override parser (which
   * names an unknown key); the {@code launcher.} prefix is optional.
   */
  static LauncherOverride launcherSet(String text) {
    String prefix = MountOptions.LAUNCHER_PREFIX;
    return LauncherOverrides.parse(text.startsWith(prefix) ? text.substring(prefix.length()) : text);
  }

  /** True when nothing describing a volume was given: the documented demo. */
  boolean isDemo() {
    return name == null && mountPoint == null && tokenSecret == null && set.isEmpty()
        && deviceFilter.isEmpty() && !tcp;
  }

  ThreeFsVolume volume() {
    boolean demo = isDemo();
    if (!demo && (name == null || mountPoint == null)) {
      throw new CliException(
          ExitCodes.USAGE,
          "--name and --mount-point are required (run without arguments for the demo)");
    }
    ThreeFsVolume.Builder b =
        ThreeFsVolume.builder()
            .name(demo ? DEMO_NAME : name)
            .namespace(namespace)
            .mountPoint(demo ? DEMO_MOUNT_POINT : mountPoint)
            .clusterId(clusterId)
            .image(image)
            .profileName(profile)
            .keepInlineToken(keepInlineToken)
            .deviceFilter(deviceFilter)
            .tcp(tcp);
    if (tokenSecret != null) {
      String[] parts = tokenSecret.split("/", -1);
      if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
        throw new CliException(ExitCodes.USAGE, "--token-secret must be NAME/KEY, got '" + tokenSecret + "'");
      }
      b.tokenSecret(parts[0], parts[1]);
    }
    for (String s : set) {
      LauncherOverride o = launcherSet(s);
      b.launcherOverride(o.key(), o.value());
    }
    return b.build();
  }
}
