package dev.fluidsdk.threefs.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import dev.fluidsdk.threefs.mount.MgmtdAddress;
import dev.fluidsdk.threefs.mount.ThreeFsMountPoint;
import dev.fluidsdk.threefs.mount.Token;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code check-mount-point MP}: the parsed mount point as JSON, the token redacted. */
@Command(
    name = "check-mount-point",
    mixinStandardHelpOptions = true,
    description = {
      "Parses a 3FS mount point ([TOKEN@]SCHEME://A.B.C.D:PORT[,...][/sub/dir]) and prints it as"
          + " JSON with the token redacted.",
      "Exit 0 when valid; 2 with one line 'error: ...' naming the column otherwise."
    })
final class CheckMountPointCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "MOUNT_POINT", description = "the mount point to check")
  String mountPoint;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    ThreeFsMountPoint mp = ThreeFsMountPoint.parse(mountPoint);
    spec.commandLine().getOut().println(new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
        .create().toJson(describe(mp)));
    return ExitCodes.OK;
  }

  static JsonObject describe(ThreeFsMountPoint mp) {
    JsonObject o = new JsonObject();
    o.addProperty("mountPoint", mp.format());
    if (mp.token().isPresent()) {
      Token t = mp.token().get();
      JsonObject token = new JsonObject();
      token.addProperty("value", "<redacted>");
      token.addProperty("uid", t.uid());
      o.add("token", token);
    } else {
      o.add("token", JsonNull.INSTANCE);
    }
    JsonArray addresses = new JsonArray();
    for (MgmtdAddress a : mp.addresses()) {
      JsonObject ao = new JsonObject();
      ao.addProperty("type", a.type().canonical());
      ao.addProperty("host", a.host());
      ao.addProperty("port", a.port());
      ao.addProperty("address", a.toString());
      addresses.add(ao);
    }
    o.add("mgmtdAddresses", addresses);
    o.addProperty("subdirectory", mp.subdirectory());
    return o;
  }
}
