package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FluidFuseConfigTest {
  private static final Path SRC = Path.of("/etc/fluid/config/config.json");

  @Test
  void readsTheFieldsFluidWrites() {
    FluidFuseConfig c = FluidFuseConfig.parse(SRC, """
        {"mounts":[{"mountPoint":"RDMA://10.0.0.1:8000","name":"demo","options":{"cluster-id":"stage",
        "token":"/etc/fluid/secrets/s/token"}}],"targetPath":"/runtime-mnt/thin/ns/demo/thin-fuse",
        "runtimeOptions":{"tcp":"true"},"accessModes":["ReadOnlyMany"],"persistentVolumeAttrs":{}}""");
    assertThat(c.mountPoint()).isEqualTo("RDMA://10.0.0.1:8000");
    assertThat(c.mountName()).isEqualTo("demo");
    assertThat(c.mountOptions()).containsExactlyInAnyOrderEntriesOf(
        Map.of("cluster-id", "stage", "token", "/etc/fluid/secrets/s/token"));
    assertThat(c.runtimeOptions()).containsExactlyEntriesOf(Map.of("tcp", "true"));
    assertThat(c.targetPath()).isEqualTo("/runtime-mnt/thin/ns/demo/thin-fuse");
    assertThat(c.toString()).doesNotContain("/etc/fluid/secrets/s/token").doesNotContain("10.0.0.1");
  }

  @Test
  void rejectsMalformedShapesWithTheFieldPath() {
    assertMalformed("{", "not valid JSON (End of input at line 1 column 2)");
    assertMalformed("{\"mounts\":[]} trailing", "not valid JSON");
    assertMalformed("[]", "must be a JSON object");
    assertMalformed("{\"targetPath\":\"/t\"}", "mounts: must be a list");
    assertMalformed("{\"mounts\":[],\"targetPath\":\"/t\"}", "mounts: has 0 mounts");
    assertMalformed("{\"mounts\":[{\"mountPoint\":\"a\"},{\"mountPoint\":\"b\"}],\"targetPath\":\"/t\"}",
        "mounts: has 2 mounts");
    assertMalformed("{\"mounts\":[{}],\"targetPath\":\"/t\"}", "mounts[0].mountPoint: is required");
    assertMalformed("{\"mounts\":[{\"mountPoint\":7}],\"targetPath\":\"/t\"}", "mounts[0].mountPoint: must be a string");
    assertMalformed("{\"mounts\":[{\"mountPoint\":\"m\",\"options\":{\"token\":1}}],\"targetPath\":\"/t\"}",
        "mounts[0].options.token: must be a string");
    assertMalformed("{\"mounts\":[{\"mountPoint\":\"m\"}]}", "targetPath: is required");
    assertMalformed("{\"mounts\":[{\"mountPoint\":\"m\"}],\"targetPath\":\"rel\"}", "targetPath: must be an absolute");
    assertMalformed("{\"mounts\":[{\"mountPoint\":\"m\"}],\"targetPath\":\"/a\\u0000b\"}",
        "targetPath: is not a usable path: '/a\\u0000b'");
  }

  @Test
  void keysInMessagesAreQuotedOnOneLine() {
    assertMalformed("{\"mounts\":[{\"mountPoint\":\"m\",\"options\":{\"launcher.client.x\":1}}],\"targetPath\":\"/t\"}",
        "mounts[0].options['launcher.client.x']: must be a string");
    assertMalformed("{\"mounts\":[{\"mountPoint\":\"m\",\"options\":{\"a\\nb\\u001b[2J\":1}}],\"targetPath\":\"/t\"}",
        "mounts[0].options['a\\u000Ab\\u001B[2J']: must be a string");
    // gson's own message ends in the JSON path, made of the config's keys: only its reason and
    // position are kept
    assertMalformed("{\"mounts\":[{\"a\\nb\":x", "not valid JSON (malformed JSON at line 1 column 20)");
    assertMalformed("{\"mounts\":{\"" + "AADHHSOs8QA92iRe2wB1fmuL", "not valid JSON (Unterminated string at line 1 column 37)");
    assertThatThrownBy(() -> FluidFuseConfig.parse(SRC, "{\"mounts\":{\"AADHHSOs8QA92iRe2wB1fmuL\""))
        .hasMessageNotContaining("AADHHSOs8QA92iRe2wB1fmuL");
  }

  @Test
  void loadTriesTheLocationsInOrder(@TempDir Path dir) throws Exception {
    Path first = dir.resolve("a.json");
    Path second = dir.resolve("b.json");
    assertThatThrownBy(() -> FluidFuseConfig.load(List.of(first, second)))
        .isInstanceOfSatisfying(EntrypointException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_MISSING))
        .hasMessage("Fluid config not found: tried " + first + ", " + second);
    Files.writeString(second, "{\"mounts\":[{\"mountPoint\":\"second\"}],\"targetPath\":\"/t\"}");
    assertThat(FluidFuseConfig.load(List.of(first, second)).mountPoint()).isEqualTo("second");
    Files.writeString(first, "{\"mounts\":[{\"mountPoint\":\"first\"}],\"targetPath\":\"/t\"}");
    assertThat(FluidFuseConfig.load(List.of(first, second)).source()).isEqualTo(first);
  }

  private static void assertMalformed(String json, String message) {
    assertThatThrownBy(() -> FluidFuseConfig.parse(SRC, json))
        .isInstanceOfSatisfying(EntrypointException.class,
            e -> assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG_MALFORMED))
        .hasMessageStartingWith("Fluid config " + SRC + ": ")
        .hasMessageContaining(message);
  }
}
