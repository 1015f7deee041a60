package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Checks the model against 3FS's own shipped file and key table (reference data, optional). */
class UpstreamLauncherFileTest {

  @Test
  void shippedFileParsesIntoTheDefaultsAndRendersBackTheSameTree() throws Exception {
    Path file = TomlTrees.referenceFile("3fs/hf3fs_fuse_main_launcher.toml");
    Assumptions.assumeTrue(file != null, "3FS reference launcher file is absent");
    String shipped = Files.readString(file, StandardCharsets.UTF_8);

    LauncherConfig parsed = LauncherToml.parse(shipped);
    assertThat(parsed).isEqualTo(LauncherConfig.defaults());
    assertThat(TomlTrees.leaves(LauncherToml.render(parsed))).isEqualTo(TomlTrees.leaves(shipped));
  }

  @Test
  void seedGoldenFileIsTheShippedFileWithTheSeedValues() throws Exception {
    Path file = TomlTrees.referenceFile("3fs/hf3fs_fuse_main_launcher.toml");
    Assumptions.assumeTrue(file != null, "3FS reference launcher file is absent");
    Map<String, Object> expected = TomlTrees.leaves(Files.readString(file, StandardCharsets.UTF_8));
    expected.put("cluster_id", "stage");
    expected.put("mountpoint", "/3fs/stage");
    expected.put("token_file", "/opt/3fs/etc/token.txt");
    expected.put("mgmtd_client.mgmtd_server_addresses", List.of("RDMA://10.0.0.1:8000"));
    String golden =
        Files.readString(Path.of("src/test/resources/golden/seed-launcher.toml"), StandardCharsets.UTF_8);
    assertThat(TomlTrees.leaves(golden)).isEqualTo(expected);
  }

  @Test
  void everyKeyOfTheUpstreamTableIsKnownWithTheSameDefault() throws Exception {
    Path file = TomlTrees.referenceFile("3fs/launcher_keys.tsv");
    Assumptions.assumeTrue(file != null, "3FS reference key table is absent");
    List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
    Map<String, Object> expected = new TreeMap<>();
    for (String row : rows.subList(1, rows.size())) {
      if (row.isBlank()) {
        continue;
      }
      String[] cols = row.split("\t");
      expected.put(cols[0], TomlTrees.leaves("v = " + cols[2]).get("v"));
    }
    assertThat(expected).hasSize(75);
    for (String key : expected.keySet()) {
      assertThat(LauncherKeys.isKnown(key)).as(key).isTrue();
    }
    Map<String, Object> defaults = TomlTrees.leaves(LauncherToml.render(LauncherConfig.defaults()));
    assertThat(defaults).isEqualTo(expected);
  }
}
