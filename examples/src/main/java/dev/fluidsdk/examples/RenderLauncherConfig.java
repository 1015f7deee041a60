package dev.fluidsdk.examples;

import dev.fluidsdk.threefs.launcher.LauncherConfig;
import dev.fluidsdk.threefs.launcher.LauncherPresets;
import dev.fluidsdk.threefs.launcher.LauncherToml;
import dev.fluidsdk.threefs.launcher.MainConfigOverrides;
import dev.fluidsdk.threefs.mount.ThreeFsMountPoint;
import java.util.List;

/**
 * Renders the {@code hf3fs_fuse_main} launcher TOML for a host mount from a mount point, restricted
 * to two RDMA devices (the seed's warning: an empty device filter uses every device), with one
 * generic override, and prints the main-config flag the FUSE client also needs.
 */
public final class RenderLauncherConfig {
  private RenderLauncherConfig() {}

  public static void main(String[] args) {
    ThreeFsMountPoint mp =
        ThreeFsMountPoint.parse(args.length > 0 ? args[0] : "RDMA://10.0.0.1:8000,RDMA://10.0.0.2:8000");

    LauncherConfig config =
        LauncherPresets.rdmaWithDevices(
                "stage", "/3fs/stage", "/opt/3fs/etc/token.txt", mp.addresses(), List.of("mlx5_0", "mlx5_1"))
            .override("client.io_worker.ibsocket.max_sge", "1")
            .build();

    System.out.print(LauncherToml.render(config));
    System.out.println("# hf3fs_fuse_main also needs: " + MainConfigOverrides.commandLineArgs(mp.addresses()));
  }
}
