package dev.fluidsdk.bench.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FakeNodeTest {
  @TempDir Path dir;

  private FakeNode node() throws Exception {
    return TestNodes.create(dir);
  }

  @Test
  void theStubRecordsWhenItRan() throws Exception {
    FakeNode n = node();
    assertThat(n.startedAtNanos()).isEqualTo(-1);
    long before = System.currentTimeMillis();
    Process p = new ProcessBuilder(n.ours.resolve("opt/3fs/bin/hf3fs_fuse_main").toString()).start();
    assertThat(p.waitFor()).isZero();
    long after = System.currentTimeMillis();
    assertThat(n.startedAtNanos() / 1_000_000).isBetween(before - 1, after + 1);
    n.reset();
    assertThat(n.startedAtNanos()).isEqualTo(-1);
  }

  @Test
  void resetRestoresTheSeedTemplateItsSedEdited() throws Exception {
    FakeNode n = node();
    Path toml = n.seed.resolve("opt/3fs/etc/hf3fs_fuse_main_launcher.toml");
    n.reset();
    Files.writeString(toml, "mountpoint = '/edited'\n");
    Files.writeString(n.seed.resolve("mount-3fs.sh"), "sleep inf\n");
    n.reset();
    assertThat(Files.readString(toml)).isEqualTo("mountpoint = '/3fs/stage'\n");
    assertThat(n.seed.resolve("mount-3fs.sh")).doesNotExist();
  }

  @Test
  void eachLayoutGetsTheConfigShapeItsEntrypointReads() throws Exception {
    FakeNode n = node();
    JsonObject ours = JsonParser.parseString(Files.readString(n.oursConfig())).getAsJsonObject();
    JsonObject mount = ours.getAsJsonArray("mounts").get(0).getAsJsonObject();
    assertThat(mount.get("mountPoint").getAsString()).isEqualTo(FakeNode.MGMTD);
    Path token = Path.of(mount.getAsJsonObject("options").get("token").getAsString());
    assertThat(Files.readString(token)).isEqualTo(FakeNode.TOKEN);
    JsonObject seed = JsonParser.parseString(
        Files.readString(n.seed.resolve("etc/fluid/config/config.json"))).getAsJsonObject();
    assertThat(seed.getAsJsonArray("mounts").get(0).getAsJsonObject().get("mountPoint").getAsString())
        .isEqualTo(FakeNode.TOKEN + "@" + FakeNode.MGMTD);
    assertThat(seed.get("targetPath").getAsString()).startsWith(n.seed.toString());
    assertThat(Map.of("args", String.join(" ", n.oursArgs()))).extractingByKey("args").asString()
        .contains("--config " + n.oursConfig()).contains("--fuse-binary " + n.ours);
  }
}
