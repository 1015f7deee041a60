package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The image contract, read from {@code fuse-image/Dockerfile} (no Docker engine is needed): the
 * file is split into instructions (continuation lines joined, comments dropped) and stages.
 */
class DockerfileTest {
  record Instruction(String keyword, String args) {}

  record Stage(String from, String name, List<Instruction> instructions) {
    List<String> args(String keyword) {
      return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::args).toList();
    }
  }

  private static Path imageDir;
  private static List<Stage> stages;

  @BeforeAll
  static void parse() throws IOException {
    imageDir = Path.of(System.getProperty("fuse.image.dir", "../fuse-image"));
    stages = stages(Files.readString(imageDir.resolve("Dockerfile")));
  }

  static List<Stage> stages(String text) {
    List<String> logical = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("#") || (t.isEmpty() && current.length() == 0)) {
        continue;
      }
      if (t.endsWith("\\")) {
        current.append(t, 0, t.length() - 1).append(' ');
        continue;
      }
      current.append(t);
      if (current.toString().isBlank()) {
        current.setLength(0);
        continue;
      }
      logical.add(current.toString().strip());
      current.setLength(0);
    }
    List<Stage> out = new ArrayList<>();
    for (String l : logical) {
      String[] kv = l.split("\\s+", 2);
      Instruction in = new Instruction(kv[0].toUpperCase(Locale.ROOT), kv.length > 1 ? kv[1] : "");
      if (in.keyword().equals("FROM")) {
        String[] f = in.args().split("\\s+");
        out.add(new Stage(f[0], f.length >= 3 ? f[2] : "", new ArrayList<>()));
      } else if (!out.isEmpty()) {
        out.get(out.size() - 1).instructions().add(in);
      }
    }
    return out;
  }

  private static Stage runtime() {
    return stages.get(stages.size() - 1);
  }

  @Test
  void isMultiStageWithASlimUbuntuRuntime() {
    assertThat(stages).extracting(Stage::name).containsExactly("builder", "entrypoint", "runtime");
    assertThat(stages.get(0).from()).isEqualTo("ubuntu:22.04");
    assertThat(runtime().from()).isEqualTo("ubuntu:22.04");
  }

  @Test
  void buildsAPinnedThreeFsCommit() {
    Stage builder = stages.get(0);
    assertThat(builder.args("ARG")).contains("THREEFS_COMMIT=e2cef822ecc4889b411c4bb7e4e49c379bf2e225");
    assertThat(String.join("\n", builder.args("RUN")))
        .contains("checkout --detach \"${THREEFS_COMMIT}\"")
        .contains("--target hf3fs_fuse_main")
        .contains("clang++-14")
        .contains("foundationdb-clients_${FOUNDATIONDB_VERSION}-1_amd64.deb")
        .contains("fuse-${LIBFUSE_VERSION}.tar.gz");
    assertThat(builder.args("ARG")).contains("FOUNDATIONDB_VERSION=7.3.59", "LIBFUSE_VERSION=3.16.1");
  }

  @Test
  void stopsWithSigintUnderTiniWithoutGroupForwarding() {
    assertThat(runtime().args("STOPSIGNAL")).containsExactly("SIGINT");
    List<String> entrypoint = runtime().args("ENTRYPOINT");
    assertThat(entrypoint).hasSize(1);
    List<String> argv = new ArrayList<>();
    JsonParser.parseString(entrypoint.get(0)).getAsJsonArray().forEach(e -> argv.add(e.getAsString()));
    assertThat(argv).startsWith("/usr/bin/tini").contains("java", "-jar", "/opt/3fs/lib/fuse-entrypoint.jar");
    // -g would deliver the stop signal to hf3fs_fuse_main as well as to the JVM that forwards it
    assertThat(argv.subList(0, argv.indexOf("java"))).doesNotContain("-g");
  }

  @Test
  void startsFromAClassDataSharingArchiveMadeAtBuildTime() {
    List<String> argv = new ArrayList<>();
    JsonParser.parseString(runtime().args("ENTRYPOINT").get(0)).getAsJsonArray().forEach(e -> argv.add(e.getAsString()));
    String archive = "/opt/3fs/lib/fuse-entrypoint.jsa";
    assertThat(argv).contains("-XX:SharedArchiveFile=" + archive);
    assertThat(argv.indexOf("-XX:SharedArchiveFile=" + archive)).isLessThan(argv.indexOf("-jar"));
    assertThat(runtime().args("RUN"))
        .anySatisfy(r -> assertThat(r).contains("-XX:ArchiveClassesAtExit=" + archive, "rm -rf /tmp/cds"));
  }

  @Test
  void bakesInNoSecret() {
    Pattern secret = Pattern.compile("(?i)token|secret|password|passwd|credential");
    for (Stage s : stages) {
      for (String kw : List.of("ENV", "ARG", "LABEL")) {
        for (String a : s.args(kw)) {
          assertThat(secret.matcher(a).find()).as(kw + " " + a).isFalse();
        }
      }
      for (String c : s.args("COPY")) {
        assertThat(c).doesNotContain("token");
      }
    }
  }

  @Test
  void runtimeInstallsNoCompilerOrDevPackage() {
    List<String> packages = new ArrayList<>();
    Matcher m = Pattern.compile("apt-get install ([^&]*)").matcher(String.join(" && ", runtime().args("RUN")));
    while (m.find()) {
      for (String p : m.group(1).trim().split("\\s+")) {
        if (!p.startsWith("-")) {
          packages.add(p);
        }
      }
    }
    assertThat(packages).contains("openjdk-17-jre-headless", "tini", "procps", "libibverbs1", "libnuma1");
    Pattern compiler = Pattern.compile(
        "gcc.*|g\\+\\+.*|clang.*|cmake|make|meson|ninja-build|build-essential|maven|rustc|cargo|.*-dev|openjdk-.*-jdk.*");
    assertThat(packages).noneMatch(p -> compiler.matcher(p).matches());
    assertThat(String.join(" ", runtime().args("RUN"))).doesNotContain("rustup").doesNotContain("cmake ");
  }

  @Test
  void shipsFusermountTheJarAndANonEmptyLogDirectory() throws IOException {
    List<String> copies = runtime().args("COPY");
    assertThat(copies).contains(
        "--from=builder /out/usr/local/bin/fusermount3 /usr/local/bin/fusermount3",
        "--from=entrypoint /fuse-entrypoint.jar /opt/3fs/lib/fuse-entrypoint.jar");
    String logCopy = copies.stream().filter(c -> c.contains(" /var/log/3fs/")).findFirst().orElseThrow();
    Path logFile = imageDir.getParent().resolve(logCopy.split("\\s+")[0]);
    assertThat(Files.readString(logFile)).isNotBlank();
    assertThat(String.join(" ", runtime().args("RUN"))).contains("mkdir -p /opt/3fs/bin /opt/3fs/etc");
  }
}
