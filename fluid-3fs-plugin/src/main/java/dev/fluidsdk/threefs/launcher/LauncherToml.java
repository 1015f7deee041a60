package dev.fluidsdk.threefs.launcher;

import dev.fluidsdk.threefs.ThreeFsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/**
 * Writes and reads {@code hf3fs_fuse_main_launcher.toml}.
 *
 * <p>Rendering builds the text from the model, never from a template: top-level keys first, then
 * one {@code [section]} per table in sorted dotted order, keys sorted inside each (the order of
 * 3FS's {@code --dump_default_launcher_cfg}). Strings are TOML basic strings escaped by tomlj.
 * Before returning, the text is parsed back with tomlj and every key and value is compared with
 * the model, so no value (quotes, newlines, {@code #}, {@code ]} ...) can ever add a key.
 */
public final class LauncherToml {
  private LauncherToml() {}

  /** Which keys {@link #render(LauncherConfig, Keys)} writes. */
  public enum Keys {
    /**
     * All 75 shipped keys, plus the optional ones that are set: a complete file like 3FS's own,
     * which does not depend on the defaults of the binary that reads it.
     */
    ALL,
    /**
     * Only keys that differ from 3FS's default, plus {@code cluster_id}, {@code mountpoint},
     * {@code token_file} and {@code mgmtd_client.mgmtd_server_addresses}. 3FS keeps its compiled
     * default for every key left out.
     */
    NON_DEFAULT
  }

  /** Renders all keys ({@link Keys#ALL}), the form the seed's launcher file has. */
  public static String render(LauncherConfig config) {
    return render(config, Keys.ALL);
  }

  /**
   * Renders {@code config} as TOML.
   *
   * @throws ThreeFsException if the text would not read back as exactly this config (a bug)
   */
  public static String render(LauncherConfig config, Keys which) {
    Objects.requireNonNull(which, "which");
    Map<String, Map<String, LauncherKey<?>>> bySection = new TreeMap<>();
    for (LauncherKey<?> k : LauncherKeys.all()) {
      Object value = config.values().raw(k);
      boolean required = LauncherKeys.REQUIRED.contains(k);
      if (value == null || (which == Keys.NON_DEFAULT && !required && value.equals(k.defaultValue()))) {
        continue;
      }
      bySection.computeIfAbsent(k.section(), s -> new TreeMap<>()).put(k.name(), k);
    }
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Map<String, LauncherKey<?>>> section : bySection.entrySet()) {
      if (!section.getKey().isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n").append('[').append(section.getKey()).append("]\n");
      }
      for (LauncherKey<?> k : section.getValue().values()) {
        out.append(k.name()).append(" = ").append(k.renderStored(config.values().raw(k))).append('\n');
      }
    }
    String text = out.toString();
    List<LauncherKey<?>> rendered = new ArrayList<>();
    bySection.values().forEach(keys -> rendered.addAll(keys.values()));
    checkReadsBack(text, config, rendered);
    return text;
  }

  /**
   * Parses {@code text} with tomlj and checks that it holds exactly the {@code rendered} keys of
   * {@code config}, each with the model's value. Keys are compared as lists of names, so a quoted
   * key holding a dot ({@code "client.force_use_tcp" = true} at the top) is another key than the
   * one in {@code [client]}.
   *
   * @throws ThreeFsException if the text does not parse, holds other keys, or reads back another
   *     value
   */
  static void checkReadsBack(String text, LauncherConfig config, Collection<LauncherKey<?>> rendered) {
    TomlParseResult parsed = Toml.parse(text);
    if (parsed.hasErrors()) {
      throw new ThreeFsException(
          "rendered launcher TOML does not parse back: " + parsed.errors().get(0));
    }
    Map<List<String>, Object> leaves = new HashMap<>();
    collectLeaves(parsed, List.of(), leaves);
    Map<List<String>, LauncherKey<?>> expected = new HashMap<>();
    for (LauncherKey<?> k : rendered) {
      expected.put(List.of(k.path().split("\\.")), k);
    }
    if (!leaves.keySet().equals(expected.keySet())) {
      throw new ThreeFsException("rendered launcher TOML holds other keys than the model");
    }
    for (Map.Entry<List<String>, LauncherKey<?>> e : expected.entrySet()) {
      LauncherKey<?> k = e.getValue();
      Object back = k.type().fromToml(k.path(), leaves.get(e.getKey()));
      if (!back.equals(config.values().raw(k))) {
        throw new ThreeFsException("rendered launcher TOML reads back a different " + k.path());
      }
    }
  }

  /** Every value below {@code table} that is not itself a table, by its path of key names. */
  private static void collectLeaves(TomlTable table, List<String> prefix, Map<List<String>, Object> out) {
    for (String key : table.keySet()) {
      List<String> path = new ArrayList<>(prefix.size() + 1);
      path.addAll(prefix);
      path.add(key);
      Object value = table.get(List.of(key));
      if (value instanceof TomlTable sub) {
        collectLeaves(sub, path, out);
      } else {
        out.put(path, value);
      }
    }
  }

  /**
   * Reads a launcher file. Every key must be one 3FS knows, with the right TOML type and a value
   * in range; keys left out keep 3FS's default, like 3FS does.
   *
   * @throws InvalidConfigException listing every syntax error, unknown key and bad value
   */
  public static LauncherConfig parse(String toml) {
    TomlParseResult parsed;
    try {
      parsed = Toml.parse(toml);
    } catch (StackOverflowError e) {
      // tomlj's parser recurses once per nested array or inline table
      throw new InvalidConfigException("", "TOML nested too deeply (arrays or inline tables inside"
          + " each other); no launcher key takes more than one level");
    }
    Problems problems = new Problems();
    for (TomlParseError e : parsed.errors()) {
      problems.add("", "TOML syntax error: " + e.toString());
    }
    problems.throwIfAny();
    ConfigValues.Builder values = new ConfigValues.Builder();
    walk(parsed, "", values, problems);
    problems.throwIfAny();
    return new LauncherConfig.Builder(values).build();
  }

  /** Reads a UTF-8 launcher file from disk; see {@link #parse(String)}. */
  public static LauncherConfig read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static void walk(TomlTable table, String prefix, ConfigValues.Builder values, Problems problems) {
    for (String name : new TreeSet<>(table.keySet())) {
      String path = prefix.isEmpty() ? name : prefix + "." + name;
      Object value = table.get(List.of(name));
      LauncherKey<?> key = LauncherKeys.find(path);
      if (key != null) {
        try {
          set(key, value, values, problems);
        } catch (InvalidConfigException e) {
          problems.addAll(e);
        }
      } else if (LauncherKeys.sections().contains(path)) {
        if (value instanceof TomlTable sub) {
          walk(sub, path, values, problems);
        } else {
          problems.add(path, "is a section in 3FS, expected a table");
        }
      } else {
        problems.add(path, "unknown launcher key " + Problems.show(path)
            + ": 3FS refuses unknown keys at start-up (\"Invalid key\")");
      }
    }
  }

  private static <T> void set(LauncherKey<T> key, Object toml, ConfigValues.Builder values, Problems problems) {
    T value = key.type().fromToml(key.path(), toml);
    key.type().check(key.path(), value, problems);
    values.set(key, value);
  }
}
