package dev.fluidsdk.threefs.launcher;

import java.util.function.Function;

/** The scalar value kinds: booleans, ranged integers, Durations, Sizes, strings and enums. */
final class ScalarTypes {
  private ScalarTypes() {}

  /** A string rule: adds problems for a value that breaks it. */
  interface StringRule {
    void check(String key, String value, Problems problems);
  }

  static final ValueType<Boolean> BOOL =
      new ValueType<>() {
        @Override
        public String describe() {
          return "a boolean (true or false)";
        }

        @Override
        public Boolean fromToml(String key, Object toml) {
          if (toml instanceof Boolean b) {
            return b;
          }
          throw ValueType.wrongType(key, toml, describe());
        }

        @Override
        public Boolean fromText(String key, String text) {
          if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
          }
          throw new InvalidConfigException(
              key, Problems.show(text) + " is not " + describe());
        }

        @Override
        public void check(String key, Boolean value, Problems problems) {}

        @Override
        public String render(Boolean value) {
          return value.toString();
        }
      };

  static final ValueType<ThreeFsDuration> DURATION =
      new ValueType<>() {
        @Override
        public String describe() {
          return ThreeFsDuration.FORMAT;
        }

        @Override
        public ThreeFsDuration fromToml(String key, Object toml) {
          if (toml instanceof String s) {
            return ThreeFsDuration.parse(key, s);
          }
          throw ValueType.wrongType(key, toml, "a string holding " + describe());
        }

        @Override
        public ThreeFsDuration fromText(String key, String text) {
          return ThreeFsDuration.parse(key, ValueType.unquote(text));
        }

        @Override
        public void check(String key, ThreeFsDuration value, Problems problems) {}

        @Override
        public String render(ThreeFsDuration value) {
          return TomlStrings.quote(value.toString());
        }
      };

  static final ValueType<ThreeFsSize> SIZE =
      new ValueType<>() {
        @Override
        public String describe() {
          return ThreeFsSize.FORMAT;
        }

        @Override
        public ThreeFsSize fromToml(String key, Object toml) {
          if (toml instanceof String s) {
            return ThreeFsSize.parse(key, s);
          }
          if (toml instanceof Long n) {
            if (n < 0) {
              throw new InvalidConfigException(key, n + " is not " + describe() + " (negative)");
            }
            return ThreeFsSize.ofBytes(n);
          }
          throw ValueType.wrongType(key, toml, "a string or integer holding " + describe());
        }

        @Override
        public ThreeFsSize fromText(String key, String text) {
          return ThreeFsSize.parse(key, ValueType.unquote(text));
        }

        @Override
        public void check(String key, ThreeFsSize value, Problems problems) {}

        @Override
        public String render(ThreeFsSize value) {
          return TomlStrings.quote(value.toString());
        }
      };

  /** An integer in {@code [min, max]}; {@code what} names the C++ type, e.g. "uint8". */
  static ValueType<Long> integer(long min, long max, String what) {
    return new ValueType<>() {
      @Override
      public String describe() {
        return "an integer in " + min + "-" + max + " (" + what + ")";
      }

      @Override
      public Long fromToml(String key, Object toml) {
        if (toml instanceof Long n) {
          return n;
        }
        throw ValueType.wrongType(key, toml, describe());
      }

      @Override
      public Long fromText(String key, String text) {
        if (text.matches("-?[0-9]{1,19}")) {
          try {
            return Long.parseLong(text);
          } catch (NumberFormatException e) {
            // falls through to the error below: beyond 64 bits
          }
        }
        throw new InvalidConfigException(key, Problems.show(text) + " is not " + describe());
      }

      @Override
      public void check(String key, Long value, Problems problems) {
        if (value < min || value > max) {
          problems.add(key, value + " is out of range: expected " + describe());
        }
      }

      @Override
      public String render(Long value) {
        return value.toString();
      }
    };
  }

  /** A string checked by {@code rule}; every string must also be well-formed Unicode. */
  static ValueType<String> string(String description, StringRule rule) {
    return new ValueType<>() {
      @Override
      public String describe() {
        return "a string: " + description;
      }

      @Override
      public String fromToml(String key, Object toml) {
        if (toml instanceof String s) {
          return s;
        }
        throw ValueType.wrongType(key, toml, describe());
      }

      @Override
      public String fromText(String key, String text) {
        return text;
      }

      @Override
      public void check(String key, String value, Problems problems) {
        if (!TomlStrings.isWellFormed(value)) {
          problems.add(key, Problems.show(value) + " is not well-formed Unicode (lone surrogate)");
          return;
        }
        rule.check(key, value, problems);
      }

      @Override
      public String render(String value) {
        return TomlStrings.quote(value);
      }
    };
  }

  /** An enum written as its exact, case-sensitive 3FS name. */
  static <E extends Enum<E>> ValueType<E> enumeration(Class<E> type, Function<E, String> name) {
    return new ValueType<>() {
      @Override
      public String describe() {
        StringBuilder names = new StringBuilder();
        for (E e : type.getEnumConstants()) {
          names.append(names.length() == 0 ? "" : ", ").append(name.apply(e));
        }
        return "one of " + names + " (exact case)";
      }

      @Override
      public E fromToml(String key, Object toml) {
        if (toml instanceof String s) {
          return exact(key, s, s);
        }
        throw ValueType.wrongType(key, toml, "a string, " + describe());
      }

      @Override
      public E fromText(String key, String text) {
        return exact(key, ValueType.unquote(text), text);
      }

      private E exact(String key, String name3fs, String shown) {
        for (E e : type.getEnumConstants()) {
          if (name.apply(e).equals(name3fs)) {
            return e;
          }
        }
        throw new InvalidConfigException(key, Problems.show(shown) + " is not " + describe());
      }

      @Override
      public void check(String key, E value, Problems problems) {}

      @Override
      public String render(E value) {
        return TomlStrings.quote(name.apply(value));
      }
    };
  }
}
