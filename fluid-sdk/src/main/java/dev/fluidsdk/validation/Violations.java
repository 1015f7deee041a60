package dev.fluidsdk.validation;

import dev.fluidsdk.model.FluidEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects violations while walking an object; the rules Kubernetes applies to names live here so
 * every kind checks them the same way.
 */
public final class Violations {
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private final List<Violation> found = new ArrayList<>();

  public Violations add(String path, String message) {
    found.add(new Violation(path, message));
    return this;
  }

  public List<Violation> list() {
    return List.copyOf(found);
  }

  /**
   * Runs {@code check} on each item of {@code list} with its path ({@code path[i]}). A null item,
   * which JSON can hold ({@code [null]}), is reported as such instead of being checked.
   */
  public <T> void each(String path, List<T> list, BiConsumer<String, T> check) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      T item = list.get(i);
      if (item == null) {
        add(path + "[" + i + "]", "must not be null");
      } else {
        check.accept(path + "[" + i + "]", item);
      }
    }
  }

  /** A required string: present and not empty. Answers whether it was. */
  public boolean required(String path, String value) {
    if (value == null || value.isEmpty()) {
      add(path, "required");
      return false;
    }
    return true;
  }

  /** An RFC 1123 label: lower-case alphanumerics and '-', at most 63 characters. */
  public void dns1123Label(String path, String value) {
    if (value == null) {
      return;
    }
    if (value.length() > 63) {
      add(path, "must be no more than 63 characters, got " + value.length());
    } else if (!DNS1123_LABEL.matcher(value).matches()) {
      add(path, "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or"
          + " '-', and must start and end with an alphanumeric character, got " + quote(value));
    }
  }

  /** An RFC 1123 subdomain (the rule for most object names): at most 253 characters. */
  public void dns1123Subdomain(String path, String value) {
    if (value == null) {
      return;
    }
    if (value.length() > 253) {
      add(path, "must be no more than 253 characters, got " + value.length());
    } else if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
      add(path, "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
          + " characters, '-' or '.', and must start and end with an alphanumeric character, got "
          + quote(value));
    }
  }

  // ---- Shared checks added for ThinRuntime and ThinRuntimeProfile (enums, bounds, DNS-1035) ----

  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");

  /**
   * An RFC 1035 label: like an RFC 1123 label but starting with a letter. Fluid's controllers
   * require it of runtime and dataset names, because they derive Service and label names from them.
   */
  public void dns1035Label(String path, String value) {
    if (value == null) {
      return;
    }
    if (value.length() > 63) {
      add(path, "must be no more than 63 characters, got " + value.length());
    } else if (!DNS1035_LABEL.matcher(value).matches()) {
      add(path, "an RFC 1035 label must consist of lower case alphanumeric characters or '-',"
          + " start with an alphabetic character, and end with an alphanumeric character, got "
          + quote(value));
    }
  }

  /** A value of a closed set; absent (null) passes. Answers whether it passed. */
  public boolean oneOf(String path, String value, List<String> allowed) {
    if (value == null || allowed.contains(value)) {
      return true;
    }
    StringBuilder sb = new StringBuilder();
    for (String a : allowed) {
      sb.append(sb.length() == 0 ? "" : ", ").append(quote(a));
    }
    add(path, "unsupported value " + quote(value) + ", supported values: " + sb);
    return false;
  }

  /** A number with a lower bound; absent (null) passes. */
  public void atLeast(String path, Number value, long minimum) {
    if (value != null && value.longValue() < minimum) {
      add(path, "must be greater than or equal to " + minimum + ", got " + value);
    }
  }

  /** A string that, when present, has at least {@code min} characters. */
  public void minLength(String path, String value, int min) {
    if (value != null && value.length() < min) {
      add(path, "must be at least " + min + " characters long, got " + value.length());
    }
  }

  /** A required value of any type: present. Answers whether it was. */
  public boolean present(String path, Object value) {
    if (value == null) {
      add(path, "required");
      return false;
    }
    return true;
  }

  // ---- End of the ThinRuntime additions ----

  /** Quotes a rejected value for a message, shortened so a huge input gives a short message. */
  public static String quote(String value) {
    String v = value.length() > 64 ? value.substring(0, 61) + "..." : value;
    StringBuilder sb = new StringBuilder("\"");
    for (char c : v.toCharArray()) {
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", (int) c));
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  // ---- Helpers added with the Dataset models (enum, presence, length, DNS-1035) ----

  /** A number that must not be negative, e.g. replicas. */
  public void nonNegative(String path, Number value) {
    if (value != null && value.longValue() < 0) {
      add(path, "must be greater than or equal to 0, got " + value);
    }
  }

  /**
   * A raw enum value that must be one of a Go enum's constants; null (absent) is fine. The message
   * names the allowed values.
   */
  public <E extends Enum<E> & FluidEnum> void oneOf(String path, String raw, Class<E> type) {
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.value() != null) {
        allowed.add(e.value());
      }
    }
    oneOf(path, raw, allowed);
  }
}
