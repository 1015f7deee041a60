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
  void isMultiStageWithASlimUbuntuRuntimeOnAJdk25Jre() {
    assertThat(stages).extracting(Stage::name).containsExactly("builder", "entrypoint", "runtime");
    assertThat(stages.get(0).from()).isEqualTo("ubuntu:22.04");
    // Temurin's JRE on Ubuntu 22.04 (jammy), the builder's release: the runtime library packages
    // are those hf3fs_fuse_main was linked against
    assertThat(runtime().from()).isEqualTo("eclipse-temurin:25-jre-jammy");
    // the jar is still built (and so compiled) by the project's JDK 17 toolchain
    assertThat(stages.get(1).from()).isEqualTo("maven:3.9-eclipse-temurin-17");
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
  void startsFromAnAotCacheRecordedAndCheckedAtBuildTimeWithTheSameFlags() {
    List<String> argv = new ArrayList<>();
    JsonParser.parseString(runtime().args("ENTRYPOINT").get(0)).getAsJsonArray().forEach(e -> argv.add(e.getAsString()));
    String cache = "/opt/3fs/lib/fuse-entrypoint.aot";
    assertThat(argv).contains("-XX:AOTCache=" + cache).doesNotContain("-XX:SharedArchiveFile");
    int java = argv.indexOf("java");
    int jar = argv.indexOf("-jar");
    assertThat(argv.indexOf("-XX:AOTCache=" + cache)).isBetween(java, jar);
    List<String> runFlags = new ArrayList<>(argv.subList(java + 1, jar));
    runFlags.remove("-XX:AOTCache=" + cache);
    String training = runtime().args("RUN").stream()
        .filter(r -> r.contains("-XX:AOTCacheOutput=" + cache)).findFirst().orElseThrow();
    // a cache is only used with the flags it was made with (GC, compiler): train with the same
    for (String flag : runFlags) {
      assertThat(training).contains(flag + " ");
    }
    // the second run fails the build if the cache cannot be mapped (AOTMode=auto would ignore it)
    assertThat(training)
        .contains("-XX:AOTMode=on -XX:AOTCache=" + cache + " " + String.join(" ", runFlags))
        .contains("rm -rf /tmp/aot", "test -s " + cache);
    assertThat(training.indexOf("-XX:AOTMode=on")).isGreaterThan(training.indexOf("-XX:AOTCacheOutput="));
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
    assertThat(packages).contains("tini", "procps", "libibverbs1", "libnuma1");
    // the JRE is the base image's: a second one from apt would only add weight
    assertThat(packages).noneMatch(p -> p.startsWith("openjdk-") || p.startsWith("default-j"));
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
