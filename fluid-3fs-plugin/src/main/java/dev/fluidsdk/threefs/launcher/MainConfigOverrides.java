package dev.fluidsdk.threefs.launcher;

import dev.fluidsdk.threefs.ThreeFsException;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The mgmtd addresses for the FUSE client's MAIN config ({@code hf3fs_fuse_main.toml}).
 *
 * <p>The long-lived FUSE mgmtd client reads {@code [mgmtd].mgmtd_server_addresses} from the main
 * config, not the launcher's {@code [mgmtd_client]}. When the main config comes from defaults
 * (nothing uploaded to mgmtd, no {@code --cfg}) that list is empty and 3FS stops with "Empty
 * mgmtdServers". So a container passes the addresses here too, as a flag or a {@code --cfg} file.
 */
public final class MainConfigOverrides {
  private MainConfigOverrides() {}

  /** The dotted main-config key. */
  public static final String KEY = "mgmtd.mgmtd_server_addresses";

  /**
   * The arguments to add to {@code hf3fs_fuse_main}'s argv, e.g. {@code
   * --config.mgmtd.mgmtd_server_addresses=["RDMA://10.0.0.1:8000"]}: one element, no shell
   * quoting (it goes to an argv array, never through a shell).
   *
   * @throws InvalidConfigException naming {@value #KEY} when {@code addresses} is empty
   */
  public static List<String> commandLineArgs(List<MgmtdAddress> addresses) {
    return List.of("--config." + KEY + "=" + renderAddresses(addresses));
  }

  /**
   * A minimal main-config TOML holding only {@code [mgmtd] mgmtd_server_addresses}, for {@code
   * --cfg}. Rendered and checked the same way as the launcher file.
   *
   * @throws InvalidConfigException naming {@value #KEY} when {@code addresses} is empty
   */
  public static String renderToml(List<MgmtdAddress> addresses) {
    String text = "[mgmtd]\nmgmtd_server_addresses = " + renderAddresses(addresses) + "\n";
    TomlParseResult parsed = Toml.parse(text);
    if (parsed.hasErrors()
        || !parsed.dottedKeySet().equals(java.util.Set.of(KEY))
        || !ListTypes.ADDRESSES.fromToml(KEY, parsed.get(List.of("mgmtd", "mgmtd_server_addresses")))
            .equals(addresses)) {
      throw new ThreeFsException("rendered main-config TOML does not read back as the addresses");
    }
    return text;
  }

  private static String renderAddresses(List<MgmtdAddress> addresses) {
    if (addresses.isEmpty()) {
      throw new InvalidConfigException(
          KEY, "needs at least one mgmtd address: 3FS fails with \"Empty mgmtdServers\"");
    }
    return ListTypes.ADDRESSES.render(List.copyOf(addresses));
  }
}
