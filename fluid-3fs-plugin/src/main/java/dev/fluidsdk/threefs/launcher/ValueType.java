package dev.fluidsdk.threefs.launcher;

/**
 * How one kind of launcher value is read from TOML, read from command-line text, checked and
 * written back as TOML. One instance per kind drives every key of that kind.
 *
 * @param <T> the Java type of the value
 */
interface ValueType<T> {

  /** What is allowed, for error messages, e.g. {@code "an integer in 0-31 (uint8 IB field)"}. */
  String describe();

  /**
   * Converts a tomlj value (Boolean, Long, Double, String, TomlArray, TomlTable, ...).
   *
   * @throws InvalidConfigException naming {@code key} when the TOML type is wrong
   */
  T fromToml(String key, Object toml);

  /**
   * Converts what a user types after {@code key=} on a command line.
   *
   * @throws InvalidConfigException naming {@code key} when the text is not of this kind
   */
  T fromText(String key, String text);

  /** Adds a problem for every range or format rule {@code value} breaks. */
  void check(String key, T value, Problems problems);

  /** The TOML text of {@code value}: never templated, strings always escaped. */
  String render(T value);

  static InvalidConfigException wrongType(String key, Object toml, String expected) {
    String actual =
        toml instanceof String
            ? "a string " + Problems.show(toml)
            : toml instanceof Long
                ? "an integer " + toml
                : toml instanceof Boolean
                    ? "a boolean " + toml
                    : toml instanceof org.tomlj.TomlArray
                        ? "an array"
                        : toml instanceof org.tomlj.TomlTable
                            ? "a table"
                            : "a " + toml.getClass().getSimpleName() + " " + toml;
    return new InvalidConfigException(key, "expected " + expected + ", got " + actual);
  }

  /** Drops one pair of matching quotes, so {@code "5s"} (3FS's own override form) works too. */
  static String unquote(String text) {
    if (text.length() >= 2) {
      char first = text.charAt(0);
      char last = text.charAt(text.length() - 1);
      if ((first == '"' || first == '\'') && first == last) {
        return text.substring(1, text.length() - 1);
      }
    }
    return text;
  }
}
