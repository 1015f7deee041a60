package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** What {@code fuse-entrypoint.jar} holds: the 3FS core, the fuse package, gson, tomlj, antlr. */
class EntrypointJarIT {
  @Test
  void holdsOnlyTheCoreTheEntrypointAndTheirLibraries() throws Exception {
    try (JarFile jar = new JarFile(FuseEntrypointIT.jar().toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("dev.fluidsdk.threefs.fuse.FuseMain");
      List<String> classes = jar.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")).toList();
      assertThat(classes).contains(
          "dev/fluidsdk/threefs/ThreeFsException.class",
          "dev/fluidsdk/threefs/fuse/FuseMain.class",
          "dev/fluidsdk/threefs/mount/ThreeFsMountPoint.class",
          "dev/fluidsdk/threefs/launcher/LauncherToml.class",
          "com/google/gson/Gson.class",
          "org/tomlj/Toml.class");
      assertThat(classes).allMatch(n -> n.matches("dev/fluidsdk/threefs/[^/]+\\.class")
          || n.startsWith("dev/fluidsdk/threefs/mount/")
          || n.startsWith("dev/fluidsdk/threefs/launcher/")
          || n.startsWith("dev/fluidsdk/threefs/fuse/")
          || n.startsWith("com/google/gson/")
          || n.startsWith("org/tomlj/")
          || n.startsWith("org/antlr/v4/runtime/")
          || n.startsWith("META-INF/versions/"), "an allowed package");
      assertThat(classes).noneMatch(n -> n.startsWith("io/kubernetes/") || n.startsWith("okhttp3/")
          || n.startsWith("dev/fluidsdk/model/") || n.startsWith("dev/fluidsdk/threefs/fio/"));
    }
  }
}
