package dev.fluidsdk.threefs.fuse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the entrypoint takes from Fluid's ThinRuntime FUSE config JSON ({@code pkg/ddc/thin}'s
 * {@code Config}: {@code mounts}, {@code targetPath}, {@code runtimeOptions}; other fields are
 * ignored).
 *
 * <p>3FS runs one FUSE process per file system, so exactly one mount is accepted: a Dataset with
 * several mounts is rejected with {@link ExitCode#CONFIG_MALFORMED} rather than silently mounting
 * only the first.
 */
public final class FluidFuseConfig {
  private final Path source;
  private final String mountPoint;
  private final String mountName;
  private final Map<String, String> mountOptions;
  private final Map<String, String> runtimeOptions;
  private final String targetPath;

  private FluidFuseConfig(
      Path source,
      String mountPoint,
      String mountName,
      Map<String, String> mountOptions,
      Map<String, String> runtimeOptions,
      String targetPath) {
    this.source = source;
    this.mountPoint = mountPoint;
    this.mountName = mountName;
    this.mountOptions = Map.copyOf(mountOptions);
    this.runtimeOptions = Map.copyOf(runtimeOptions);
    this.targetPath = targetPath;
  }

  /**
   * Reads the first existing file of {@code candidates}.
   *
   * @throws EntrypointException {@link ExitCode#CONFIG_MISSING} when none exists or it cannot be
   *     read, {@link ExitCode#CONFIG_MALFORMED} when it is not the expected JSON
   */
  public static FluidFuseConfig load(List<Path> candidates) {
    for (Path p : candidates) {
      if (Files.exists(p) || candidates.size() == 1) {
        return read(p);
      }
    }
    throw new EntrypointException(
        ExitCode.CONFIG_MISSING, "Fluid config not found: tried " + joined(candidates));
  }

  private static String joined(List<Path> paths) {
    StringBuilder b = new StringBuilder();
    for (Path p : paths) {
      b.append(b.length() == 0 ? "" : ", ").append(p);
    }
    return b.toString();
  }

  /** Reads and checks one config file. */
  public static FluidFuseConfig read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new EntrypointException(ExitCode.CONFIG_MISSING, "Fluid config not found: " + file);
    } catch (IOException e) {
      throw new EntrypointException(
          ExitCode.CONFIG_MISSING, "Fluid config " + file + " cannot be read: " + e.getMessage());
    }
    return parse(file, text);
  }

  /** Parses config text; {@code source} only names the file in messages. */
  public static FluidFuseConfig parse(Path source, String text) {
    JsonElement root;
    try (JsonReader reader = new JsonReader(new StringReader(text))) {
      reader.setStrictness(Strictness.STRICT);
      root = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw malformed(source, "not valid JSON (text after the end of the object)");
      }
    } catch (JsonParseException | IOException | IllegalStateException e) {
      throw malformed(source, "not valid JSON (" + jsonError(e) + ")");
    }
    if (!root.isJsonObject()) {
      throw malformed(source, "must be a JSON object");
    }
    JsonObject obj = root.getAsJsonObject();
    JsonElement mounts = obj.get("mounts");
    if (mounts == null || mounts.isJsonNull() || !mounts.isJsonArray()) {
      throw malformed(source, "mounts: must be a list with one mount");
    }
    int n = mounts.getAsJsonArray().size();
    if (n != 1) {
      throw malformed(
          source,
          "mounts: has "
              + n
              + " mounts, but one 3FS FUSE process mounts exactly one file system;"
              + " use one Dataset per 3FS mount");
    }
    JsonElement m0 = mounts.getAsJsonArray().get(0);
    if (!m0.isJsonObject()) {
      throw malformed(source, "mounts[0]: must be an object");
    }
    JsonObject mount = m0.getAsJsonObject();
    String mountPoint = string(source, mount, "mounts[0].mountPoint", "mountPoint");
    if (mountPoint == null || mountPoint.isEmpty()) {
      throw malformed(source, "mounts[0].mountPoint: is required");
    }
    String name = string(source, mount, "mounts[0].name", "name");
    Map<String, String> options = stringMap(source, mount, "mounts[0].options", "options");
    Map<String, String> runtimeOptions = stringMap(source, obj, "runtimeOptions", "runtimeOptions");
    String target = string(source, obj, "targetPath", "targetPath");
    if (target == null || target.isEmpty()) {
      throw malformed(source, "targetPath: is required");
    }
    if (!target.startsWith("/")) {
      throw malformed(source, "targetPath: must be an absolute path");
    }
    try {
      Path.of(target);
    } catch (InvalidPathException e) {
      throw malformed(source, "targetPath: is not a usable path: " + Shown.quoted(target));
    }
    return new FluidFuseConfig(
        source, mountPoint, name == null ? "" : name, options, runtimeOptions, target);
  }

  /**
   * gson's reason and position, without the JSON path gson appends: the path is made of the
   * config's own keys, which are not shown unquoted (and a key could even be a pasted token).
   */
  private static String jsonError(Exception e) {
    String m = firstLine(rootCause(e).getMessage());
    // compiled here, not in a static field: this runs only for a broken config, not at every start
    Matcher at = Pattern.compile(" at line (\\d+) column (\\d+)").matcher(m);
    boolean located = at.find();
    String reason = located ? m.substring(0, at.start()) : m;
    if (reason.isBlank() || reason.startsWith("Use JsonReader.setStrictness")) {
      reason = "malformed JSON";
    }
    String shown = Shown.escaped(reason, 80);
    return located ? shown + " at line " + at.group(1) + " column " + at.group(2) : shown;
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "parse error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String string(Path source, JsonObject o, String path, String key) {
    JsonElement e = o.get(key);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      throw malformed(source, path + ": must be a string");
    }
    return e.getAsString();
  }

  private static Map<String, String> stringMap(Path source, JsonObject o, String path, String key) {
    JsonElement e = o.get(key);
    Map<String, String> out = new LinkedHashMap<>();
    if (e == null || e.isJsonNull()) {
      return out;
    }
    if (!e.isJsonObject()) {
      throw malformed(source, path + ": must be a map of strings");
    }
    for (Map.Entry<String, JsonElement> en : e.getAsJsonObject().entrySet()) {
      JsonElement v = en.getValue();
      if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) {
        // the option name is safe to print; its value may be a secret, so it is not shown
        throw malformed(source, Shown.fieldPath(path, en.getKey()) + ": must be a string");
      }
      out.put(en.getKey(), v.getAsString());
    }
    return out;
  }

  private static EntrypointException malformed(Path source, String why) {
    return new EntrypointException(ExitCode.CONFIG_MALFORMED, "Fluid config " + source + ": " + why);
  }

  /** The file this was read from. */
  public Path source() {
    return source;
  }

  /** {@code mounts[0].mountPoint}: may carry a token, never print it. */
  public String mountPoint() {
    return mountPoint;
  }

  /** {@code mounts[0].name}, empty when absent. */
  public String mountName() {
    return mountName;
  }

  /** {@code mounts[0].options}: Dataset options and resolved encryptOptions (may hold secrets). */
  public Map<String, String> mountOptions() {
    return mountOptions;
  }

  /** {@code runtimeOptions}: the ThinRuntime's {@code spec.fuse.options}. */
  public Map<String, String> runtimeOptions() {
    return runtimeOptions;
  }

  /** {@code targetPath}: where Fluid expects the file system to be mounted. */
  public String targetPath() {
    return targetPath;
  }

  @Override
  public String toString() {
    // mount point and option values can hold a token: only names are shown
    return "FluidFuseConfig{source=" + source + ", mount=" + Objects.toString(mountName)
        + ", options=" + mountOptions.keySet() + ", runtimeOptions=" + runtimeOptions.keySet()
        + ", targetPath=" + targetPath + "}";
  }
}
