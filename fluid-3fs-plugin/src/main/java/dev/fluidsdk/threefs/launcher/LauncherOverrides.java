package dev.fluidsdk.threefs.launcher;

import java.util.List;

/**
 * Command-line style overrides of launcher keys: {@code client.io_worker.ibsocket.max_sge=1}.
 * The value syntax is described at {@link LauncherConfig.Builder#override(String, String)}.
 */
public final class LauncherOverrides {
  private LauncherOverrides() {}

  /** The prefix 3FS's own flag uses; {@link #parse} accepts it so a flag can be pasted as is. */
  public static final String FLAG_PREFIX = "--launcher_config.";

  /**
   * Splits {@code key.path=value} at the first {@code =} and checks that 3FS knows the key. A
   * leading {@value #FLAG_PREFIX} (3FS's flag form) is dropped.
   *
   * @throws InvalidConfigException naming the key when there is no {@code =} or the key is
   *     unknown
   */
  public static LauncherOverride parse(String text) {
    int eq = text.indexOf('=');
    if (eq < 0) {
      throw new InvalidConfigException(
          text.strip(), "an override is written key.path=value, got " + Problems.show(text));
    }
    String key = text.substring(0, eq).strip();
    if (key.startsWith(FLAG_PREFIX)) {
      key = key.substring(FLAG_PREFIX.length());
    }
    requireKnown(key);
    return new LauncherOverride(key, text.substring(eq + 1));
  }

  /**
   * Applies {@code key=value} overrides in order on top of {@code base}, collecting every
   * problem, then checks the result as {@link LauncherConfig.Builder#build()} does.
   *
   * @throws InvalidConfigException listing every bad override
   */
  public static LauncherConfig apply(LauncherConfig base, List<String> overrides) {
    LauncherConfig.Builder builder = base.toBuilder();
    Problems problems = new Problems();
    for (String text : overrides) {
      try {
        builder.override(parse(text));
      } catch (InvalidConfigException e) {
        problems.addAll(e);
      }
    }
    problems.throwIfAny();
    return builder.build();
  }

  static LauncherKey<?> requireKnown(String dottedKey) {
    LauncherKey<?> key = LauncherKeys.find(dottedKey);
    if (key == null) {
      throw new InvalidConfigException(
          dottedKey,
          "unknown launcher key " + Problems.show(dottedKey)
              + ": 3FS refuses unknown keys at start-up (\"Invalid key\")");
    }
    return key;
  }
}
