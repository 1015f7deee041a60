package dev.fluidsdk.bench.startup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * {@link FloorMain} plus the one piece of the entrypoint's work that issue 4 makes mandatory: a
 * cold tomlj parse of the launcher file the entrypoint renders for the fake node ({@code --toml
 * FILE}), then the stub. Run with tomlj from {@code fuse-entrypoint.jar} on the class path, so the
 * difference to "JVM floor" is what parsing the launcher TOML back costs a fresh JVM, and the
 * difference to the entrypoint is everything else it does.
 */
public final class TomlFloorMain {
  private TomlFloorMain() {}

  public static void main(String[] args) throws Exception {
    List<String> a = List.of(args);
    String toml = Files.readString(Path.of(value(a, "--toml")), StandardCharsets.UTF_8);
    TomlParseResult parsed = Toml.parse(toml);
    if (parsed.hasErrors() || parsed.dottedKeySet().isEmpty()) {
      System.err.println("TomlFloorMain: the launcher file does not parse: " + parsed.errors());
      System.exit(65);
    }
    Process p = new ProcessBuilder(value(a, "--fuse-binary")).inheritIO().start();
    System.exit(p.waitFor());
  }

  private static String value(List<String> args, String name) {
    int i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size()) {
      System.err.println("usage: TomlFloorMain --toml FILE --fuse-binary PATH [ignored...]");
      System.exit(64);
    }
    return args.get(i + 1);
  }
}
