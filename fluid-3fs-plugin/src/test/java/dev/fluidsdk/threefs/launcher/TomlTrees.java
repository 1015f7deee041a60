package dev.fluidsdk.threefs.launcher;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** Test helpers: TOML parsed by tomlj into plain sorted maps and lists, and golden files. */
final class TomlTrees {
  private TomlTrees() {}

  static TomlParseResult parseClean(String toml) {
    TomlParseResult parsed = Toml.parse(toml);
    if (parsed.hasErrors()) {
      throw new AssertionError("TOML does not parse: " + parsed.errors() + "\n" + toml);
    }
    return parsed;
  }

  /** Every leaf key by dotted path, with arrays and inline tables as plain lists and maps. */
  static Map<String, Object> leaves(String toml) {
    TomlParseResult parsed = parseClean(toml);
    Map<String, Object> out = new TreeMap<>();
    for (String key : parsed.dottedKeySet()) {
      out.put(key, plain(parsed.get(key)));
    }
    return out;
  }

  static Object plain(Object value) {
    if (value instanceof TomlArray array) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < array.size(); i++) {
        out.add(plain(array.get(i)));
      }
      return out;
    }
    if (value instanceof TomlTable table) {
      Map<String, Object> out = new TreeMap<>();
      for (String key : table.keySet()) {
        out.put(key, plain(table.get(List.of(key))));
      }
      return out;
    }
    return value;
  }

  /** Compares {@code actual} with a golden file; {@code -Dgolden.update=true} rewrites it. */
  static String golden(String name, String actual) throws java.io.IOException {
    Path file = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      System.out.println("golden file rewritten: " + file.toAbsolutePath());
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  /** The reference directory, or null (with the reason printed) when it is absent. */
  static Path referenceFile(String relative) {
    String dir = System.getProperty("fluid.reference.dir");
    if (dir == null || dir.isBlank()) {
      System.out.println("skipping: system property fluid.reference.dir is not set");
      return null;
    }
    Path file = Path.of(dir).resolve(relative);
    if (!Files.isRegularFile(file)) {
      System.out.println("skipping: reference file " + file + " is absent");
      return null;
    }
    return file;
  }
}
