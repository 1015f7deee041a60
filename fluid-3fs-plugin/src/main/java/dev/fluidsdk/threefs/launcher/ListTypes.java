package dev.fluidsdk.threefs.launcher;

import dev.fluidsdk.threefs.mount.MgmtdAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;

/** The array value kinds: string lists, mgmtd address lists and the subnet table list. */
final class ListTypes {
  private ListTypes() {}

  /** An array whose elements are each converted by {@link #element}. */
  abstract static class ArrayType<E> implements ValueType<List<E>> {
    abstract E element(String key, Object toml);

    abstract String renderElement(E value);

    /** Converts one comma-separated item of the short command-line form. */
    abstract E elementFromText(String key, String text);

    @Override
    public List<E> fromToml(String key, Object toml) {
      if (!(toml instanceof TomlArray array)) {
        throw ValueType.wrongType(key, toml, describe());
      }
      List<E> out = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        try {
          out.add(element(key, array.get(i)));
        } catch (InvalidConfigException e) {
          throw atElement(key, i, e);
        }
      }
      return List.copyOf(out);
    }

    /** Accepts a TOML array ({@code ["a","b"]}) or, unless it starts with '[', {@code a,b}. */
    @Override
    public List<E> fromText(String key, String text) {
      String trimmed = text.strip();
      if (trimmed.startsWith("[")) {
        return fromToml(key, parseArray(key, trimmed));
      }
      List<E> out = new ArrayList<>();
      if (!trimmed.isEmpty()) {
        for (String item : trimmed.split(",", -1)) {
          try {
            out.add(elementFromText(key, item.strip()));
          } catch (InvalidConfigException e) {
            throw atElement(key, out.size(), e);
          }
        }
      }
      return List.copyOf(out);
    }

    @Override
    public String render(List<E> value) {
      StringJoiner out = new StringJoiner(", ", "[", "]");
      for (E e : value) {
        out.add(renderElement(e));
      }
      return out.toString();
    }
  }

  /** Keeps the plain dotted key and says which element was wrong in the message. */
  static InvalidConfigException atElement(String key, int index, InvalidConfigException e) {
    return new InvalidConfigException(key, "element " + index + ": " + e.problems().get(0).message());
  }

  /** Parses user text as one TOML array value and refuses anything that adds other keys. */
  static TomlArray parseArray(String key, String text) {
    TomlParseResult parsed;
    try {
      parsed = Toml.parse("v = " + text + "\n");
    } catch (RuntimeException e) {
      parsed = null;
    }
    if (parsed == null
        || parsed.hasErrors()
        || !parsed.keySet().equals(Set.of("v"))
        || !parsed.isArray("v")) {
      throw new InvalidConfigException(
          key, Problems.show(text) + " is not a single TOML array such as [\"a\", \"b\"]");
    }
    return parsed.getArray("v");
  }

  /** A list of strings, each checked by {@code rule}. */
  static ValueType<List<String>> strings(String description, ScalarTypes.StringRule rule) {
    ValueType<String> item = ScalarTypes.string(description, rule);
    return new ArrayType<String>() {
      @Override
      public String describe() {
        return "an array of strings, each " + description;
      }

      @Override
      String element(String key, Object toml) {
        if (toml instanceof String s) {
          return s;
        }
        throw ValueType.wrongType(key, toml, "a string");
      }

      @Override
      String elementFromText(String key, String text) {
        return text;
      }

      @Override
      String renderElement(String value) {
        return TomlStrings.quote(value);
      }

      @Override
      public void check(String key, List<String> value, Problems problems) {
        for (int i = 0; i < value.size(); i++) {
          Problems one = new Problems();
          item.check(key, value.get(i), one);
          if (!one.isEmpty()) {
            problems.add(key, "element " + i + " " + Problems.show(value.get(i))
                + " is invalid: expected " + description);
          }
        }
      }
    };
  }

  static final ValueType<List<MgmtdAddress>> ADDRESSES =
      new ArrayType<MgmtdAddress>() {
        @Override
        public String describe() {
          return "an array of strings, each " + AddressText.FORMAT;
        }

        @Override
        MgmtdAddress element(String key, Object toml) {
          if (toml instanceof String s) {
            return AddressText.parse(key, s);
          }
          throw ValueType.wrongType(key, toml, "a string, " + AddressText.FORMAT);
        }

        @Override
        MgmtdAddress elementFromText(String key, String text) {
          return AddressText.parse(key, text);
        }

        @Override
        String renderElement(MgmtdAddress value) {
          return TomlStrings.quote(value.toString());
        }

        @Override
        public void check(String key, List<MgmtdAddress> value, Problems problems) {}
      };

  static final ValueType<List<Subnet>> SUBNETS = new SubnetListType();
}
