package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/**
 * Runs the real {@code target/fuse-entrypoint.jar} as {@code java -jar} against a temporary root
 * with the stubs of {@link FakeHost}.
 */
class FuseEntrypointIT {
  static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL"; // 3FS's own test token (uid 0)
  static final String OTHER_TOKEN = "6AD+vvgL8QC6795p2wO+yq1v"; // uid 1000
  static final String ADDRESS = "RDMA://10.0.0.1:8000";
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path root;

  record Run(int exit, List<String> stderr) {}

  static Path jar() {
    Path jar = Path.of(System.getProperty("fuse.entrypoint.jar", "target/fuse-entrypoint.jar")).toAbsolutePath();
    assertThat(jar).as("the shaded jar (built in the package phase)").exists();
    return jar;
  }

  private ProcessBuilder entrypoint(FakeHost h, Map<String, String> env, List<String> extra) {
    List<String> cmd = new ArrayList<>(List.of(FakeHost.javaBinary().toString(), "-jar", jar().toString(),
        "--root", root.toString(), "--fuse-binary", h.fuseBinary.toString(), "--work-dir", h.work.toString(),
        "--fusermount", h.fusermount.toString(), "--mountinfo", h.mountinfo.toString(), "--stop-grace", "10"));
    cmd.addAll(extra);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile())
        .redirectOutput(root.resolve("entrypoint.out").toFile())
        .redirectError(root.resolve("entrypoint.err").toFile());
    pb.environment().remove("NODE_NAME");
    pb.environment().remove(LaunchPlan.TOKEN_ENV);
    pb.environment().putAll(env);
    return pb;
  }

  private Run finish(Process p) throws Exception {
    assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("entrypoint exits").isTrue();
    return new Run(p.exitValue(), Files.readAllLines(root.resolve("entrypoint.err")));
  }

  private Run runToEnd(FakeHost h, List<String> extra) throws Exception {
    return finish(entrypoint(h, Map.of(), extra).start());
  }

  private Path writeConfig(String relative, String mountPoint, Map<String, String> options) throws Exception {
    StringBuilder opts = new StringBuilder();
    for (Map.Entry<String, String> e : options.entrySet()) {
      opts.append(opts.length() == 0 ? "" : ",").append(json(e.getKey())).append(':').append(json(e.getValue()));
    }
    String text = "{\"mounts\":[{\"mountPoint\":" + json(mountPoint) + ",\"name\":\"demo\",\"options\":{" + opts
        + "}}],\"targetPath\":" + json(root.resolve("runtime-mnt/thin/default/demo/thin-fuse").toString())
        + ",\"runtimeOptions\":{\"launcher.client.io_worker.ibsocket.max_sge\":\"1\"},"
        + "\"accessModes\":[\"ReadOnlyMany\"]}";
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static String json(String s) {
    return new com.google.gson.Gson().toJson(s);
  }

  private Path secretFile(String content) throws Exception {
    Path f = root.resolve("etc/fluid/secrets/threefs-token/token");
    Files.createDirectories(f.getParent());
    Files.writeString(f, content);
    return f;
  }

  @Test
  void configmapStorageMountsAndSigtermBecomesSigintAndUnmount() throws Exception {
    FakeHost h = FakeHost.create(root);
    Path secret = secretFile(TOKEN + "\n");
    writeConfig("etc/fluid/config/config.json", ADDRESS, Map.of("cluster-id", "stage",
        "device-filter", "mlx5_0,mlx5_1", "tcp", "true", "token", secret.toString()));
    Process p = entrypoint(h, Map.of("NODE_NAME", "node-7", LaunchPlan.TOKEN_ENV, "ignored"), List.of()).start();
    assertThat(h.await("running", WAIT)).as("stub started").isTrue();

    Path launcher = h.work.resolve("hf3fs_fuse_main_launcher.toml");
    assertThat(h.recorded("argv")).containsExactly(
        "--launcher_cfg", launcher.toString(), "--config.mgmtd.mgmtd_server_addresses=[\"" + ADDRESS + "\"]");
    TomlParseResult toml = Toml.parse(Files.readString(h.rec.resolve("launcher.toml")));
    assertThat(toml.errors()).isEmpty();
    assertThat(toml.getString("cluster_id")).isEqualTo("stage");
    assertThat(toml.getString("mountpoint")).isEqualTo(h.target.toString());
    assertThat(toml.getString("token_file")).isEqualTo(h.work.resolve("token.txt").toString());
    assertThat(strings(toml.getArray("mgmtd_client.mgmtd_server_addresses"))).containsExactly(ADDRESS);
    assertThat(strings(toml.getArray("ib_devices.device_filter"))).containsExactly("mlx5_0", "mlx5_1");
    assertThat(toml.getBoolean("client.force_use_tcp")).isTrue();
    assertThat(toml.getLong("client.io_worker.ibsocket.max_sge")).isEqualTo(1L);
    assertThat(Files.readString(h.rec.resolve("launcher.toml"))).doesNotContain(TOKEN);
    assertThat(h.recorded("token")).containsExactly(TOKEN);
    assertThat(h.recorded("token.mode")).containsExactly("-rw-------");
    assertThat(h.recorded("node_name")).containsExactly("node-7");
    assertThat(h.recorded("token_env")).containsExactly("<unset>");

    p.destroy(); // SIGTERM
    Run r = finish(p);
    assertThat(r.exit()).isZero();
    assertThat(h.recorded("signals")).containsExactly("INT");
    assertThat(h.recorded("fusermount.calls")).containsExactly("-u " + h.target);
    assertThat(h.mounted(h.target)).isFalse();
    assertThat(String.join("\n", r.stderr())).doesNotContain(TOKEN);
  }

  @Test
  void secretStorageAtTheLegacyPathTakesTheValueItself() throws Exception {
    FakeHost h = FakeHost.create(root);
    Files.writeString(h.rec.resolve("exit_code"), "0");
    writeConfig("etc/fluid/config.json", ADDRESS, Map.of("cluster-id", "stage", "token", OTHER_TOKEN));
    Run r = runToEnd(h, List.of());
    assertThat(r.exit()).isZero();
    assertThat(h.recorded("token")).containsExactly(OTHER_TOKEN);
    TomlParseResult toml = Toml.parse(Files.readString(h.rec.resolve("launcher.toml")));
    assertThat(toml.getString("cluster_id")).isEqualTo("stage");
    assertThat(String.join("\n", r.stderr())).doesNotContain(OTHER_TOKEN);
  }

  @Test
  void anInlineTokenInAnExplicitConfigFileIsUsed() throws Exception {
    FakeHost h = FakeHost.create(root);
    Files.writeString(h.rec.resolve("exit_code"), "5");
    Path cfg = writeConfig("elsewhere/cfg.json", TOKEN + "@" + ADDRESS, Map.of("cluster-id", "stage"));
    Run r = runToEnd(h, List.of("--config", cfg.toString()));
    assertThat(r.exit()).as("the child's exit code is passed through").isEqualTo(5);
    assertThat(h.recorded("token")).containsExactly(TOKEN);
    assertThat(String.join("\n", r.stderr())).doesNotContain(TOKEN);
  }

  @Test
  void theTokenCanComeFromTheEnvironmentAndIsNotPassedOn() throws Exception {
    FakeHost h = FakeHost.create(root);
    Files.writeString(h.rec.resolve("exit_code"), "0");
    writeConfig("etc/fluid/config/config.json", ADDRESS, Map.of("cluster-id", "stage"));
    Run r = finish(entrypoint(h, Map.of(LaunchPlan.TOKEN_ENV, OTHER_TOKEN + "\n"), List.of()).start());
    assertThat(r.exit()).isZero();
    assertThat(h.recorded("token")).containsExactly(OTHER_TOKEN);
    assertThat(h.recorded("token_env")).containsExactly("<unset>");
  }

  @Test
  void aStaleMountIsDetachedBeforeTheStart() throws Exception {
    FakeHost h = FakeHost.create(root);
    h.addMount(h.target, "fuse.hf3fs");
    Files.writeString(h.rec.resolve("exit_code"), "0");
    writeConfig("etc/fluid/config/config.json", ADDRESS, Map.of("cluster-id", "stage", "token", TOKEN));
    Run r = runToEnd(h, List.of());
    assertThat(r.exit()).isZero();
    assertThat(h.recorded("fusermount.calls")).first().isEqualTo("-uz " + h.target);
    assertThat(h.recorded("started")).hasSize(1);
  }

  static List<Object[]> badInputs() {
    String ok = ADDRESS;
    Map<String, String> good = Map.of("cluster-id", "stage", "token", TOKEN);
    return List.of(
        new Object[] {"unknown flag", null, null, List.of("--bogus", "1"), 64, "unknown option '--bogus'"},
        new Object[] {"no config", null, null, List.of(), 65, "Fluid config not found"},
        new Object[] {"not JSON", "{\"mounts\": [", null, List.of(), 66, "not valid JSON"},
        new Object[] {"two mounts", "{\"mounts\":[{\"mountPoint\":\"" + ok + "\"},{\"mountPoint\":\"" + ok
            + "\"}],\"targetPath\":\"/t\"}", null, List.of(), 66, "mounts: has 2 mounts"},
        new Object[] {"command substitution", "RDMA://$(touch pwned):8000", good, List.of(), 67, "mounts[0].mountPoint"},
        new Object[] {"substitution as token", "$(touch pwned)@" + ok, Map.of("cluster-id", "stage"), List.of(),
            67, "invalid token before '@'"},
        new Object[] {"backticks", "RDMA://`touch pwned`:8000", good, List.of(), 67, "mounts[0].mountPoint"},
        new Object[] {"not an address", "RDMA://10.0.0.1", good, List.of(), 67, "mounts[0].mountPoint"},
        new Object[] {"invalid token", ok, Map.of("cluster-id", "stage", "token", "AADHHSOs8QA92iRe2wB1fmuM"),
            List.of(), 68, "option 'token': not a valid 3FS token"},
        new Object[] {"no token", ok, Map.of("cluster-id", "stage"), List.of(), 68, "no 3FS token"},
        new Object[] {"token twice", TOKEN + "@" + ok, good, List.of(), 68, "the token is given twice"},
        new Object[] {"unknown option", ok, Map.of("cluster-id", "stage", "token", TOKEN, "cluster", "x"),
            List.of(), 69, "unknown option 'cluster'"},
        new Object[] {"no cluster id", ok, Map.of("token", TOKEN), List.of(), 69, "'cluster-id' is required"},
        new Object[] {"bad tcp", ok, Map.of("cluster-id", "stage", "token", TOKEN, "tcp", "1"), List.of(), 69,
            "option 'tcp'"},
        new Object[] {"two different sub-directories", ok + "/datasets/imagenet",
            Map.of("cluster-id", "stage", "token", TOKEN, "subdir", "/datasets/coco"), List.of(), 69,
            "option 'subdir' (/datasets/coco) and the sub-directory of mounts[0].mountPoint"
                + " (/datasets/imagenet) differ"},
        new Object[] {"sub-directory leaving the root", ok,
            Map.of("cluster-id", "stage", "token", TOKEN, "subdir", "data/../../etc"), List.of(), 69,
            "option 'subdir': segment '..'"},
        new Object[] {"unknown launcher key", ok,
            Map.of("cluster-id", "stage", "token", TOKEN, "launcher.client.no_such_key", "1"), List.of(), 69,
            "no_such_key"});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void badInputsFailWithOneLineAndWriteNothing(String name, String config, Map<String, String> options,
      List<String> args, int exit, String message) throws Exception {
    FakeHost h = FakeHost.create(root);
    if (config != null) {
      if (options == null) {
        Path f = root.resolve("etc/fluid/config/config.json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, config);
      } else {
        writeConfig("etc/fluid/config/config.json", config, options);
      }
    }
    Run r = runToEnd(h, args);
    assertThat(r.exit()).as(name + ": " + r.stderr()).isEqualTo(exit);
    assertThat(r.stderr()).as("exactly one line on stderr").hasSize(1);
    assertThat(r.stderr().get(0)).startsWith("fuse-entrypoint: ").contains(message)
        .doesNotContain("AADHHSOs8QA92iRe2wB1fmu").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(h.work).as("nothing written").doesNotExist();
    assertThat(h.target).as("target not created").doesNotExist();
    assertThat(h.recorded("started")).as("FUSE binary not started").isEmpty();
    assertThat(h.find("pwned")).as("no shell ever ran the mount point").isEmpty();
  }

  @Test
  void readyReportsTheMountState() throws Exception {
    FakeHost h = FakeHost.create(root);
    Path spaced = root.resolve("with space/mnt");
    Files.createDirectories(spaced.resolve("3fs-virt"));
    Files.writeString(h.mountinfo, "30 1 0:50 / " + spaced.toString().replace(" ", "\\040")
        + " rw,relatime - fuse.hf3fs hf3fs.stage rw\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(ready(h, spaced)).isEqualTo(new Run(0, List.of()));
    assertThat(Files.readString(root.resolve("entrypoint.out"))).startsWith("ready: ");

    Run notMounted = ready(h, h.target);
    assertThat(notMounted.exit()).isEqualTo(1);
    assertThat(notMounted.stderr()).containsExactly("not ready: " + h.target + " is not a mount point");

    h.addMount(h.target, "tmpfs");
    assertThat(ready(h, h.target).stderr()).containsExactly(
        "not ready: " + h.target + " is mounted as tmpfs, not fuse.hf3fs");

    h.addMount(h.target, "fuse.hf3fs");
    Run noVirt = ready(h, h.target);
    assertThat(noVirt.exit()).isEqualTo(1);
    assertThat(noVirt.stderr()).hasSize(1);
    assertThat(noVirt.stderr().get(0)).startsWith("not ready: " + h.target.resolve("3fs-virt") + " is not reachable");
  }

  private Run ready(FakeHost h, Path target) throws Exception {
    Process p = new ProcessBuilder(FakeHost.javaBinary().toString(), "-jar", jar().toString(), "ready",
            "--target", target.toString(), "--mountinfo", h.mountinfo.toString())
        .redirectOutput(root.resolve("entrypoint.out").toFile())
        .redirectError(root.resolve("entrypoint.err").toFile())
        .start();
    return finish(p);
  }

  private static List<String> strings(TomlArray a) {
    assertThat(a).isNotNull();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(a.getString(i));
    }
    return out;
  }
}
