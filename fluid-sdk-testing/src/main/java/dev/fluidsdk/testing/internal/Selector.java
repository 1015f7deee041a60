package dev.fluidsdk.testing.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Label selectors ({@code a=b}, {@code a==b}, {@code a!=b}, {@code a}, {@code !a}, {@code a in (x,y)},
 * {@code a notin (x)}) and the field selectors {@code metadata.name} and {@code metadata.namespace} (= and !=),
 * evaluated against objects for watches.
 */
public final class Selector implements Predicate<JsonObject> {
  private final List<Predicate<JsonObject>> terms;

  private Selector(List<Predicate<JsonObject>> terms) {
    this.terms = terms;
  }

  public static Selector of(String labelSelector, String fieldSelector) {
    List<Predicate<JsonObject>> terms = new ArrayList<>();
    for (String req : splitTopLevel(labelSelector)) {
      terms.add(labelTerm(req));
    }
    for (String req : splitTopLevel(fieldSelector)) {
      terms.add(fieldTerm(req));
    }
    return new Selector(terms);
  }

  @Override
  public boolean test(JsonObject object) {
    return object != null && terms.stream().allMatch(t -> t.test(object));
  }

  private static List<String> splitTopLevel(String s) {
    List<String> out = new ArrayList<>();
    if (s == null || s.isBlank()) {
      return out;
    }
    int depth = 0;
    StringBuilder cur = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        out.add(cur.toString().trim());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      out.add(cur.toString().trim());
    }
    return out;
  }

  private static String label(JsonObject o, String key) {
    JsonObject labels = Json.obj(Json.obj(o, "metadata"), "labels");
    JsonElement v = labels == null ? null : labels.get(key);
    return v == null || v.isJsonNull() ? null : v.getAsString();
  }

  private static Predicate<JsonObject> labelTerm(String req) {
    String[] setOp = req.split("\\s+(notin|in)\\s+", 2);
    if (setOp.length == 2) {
      String key = setOp[0].trim();
      boolean notIn = req.substring(key.length()).trim().startsWith("notin");
      Set<String> values = Arrays.stream(setOp[1].replace("(", "").replace(")", "").split(","))
          .map(String::trim).collect(Collectors.toSet());
      return o -> {
        String v = label(o, key);
        return notIn ? v == null || !values.contains(v) : v != null && values.contains(v);
      };
    }
    Map.Entry<String, String[]> op = operator(req);
    if (op == null) {
      if (req.startsWith("!")) {
        String key = req.substring(1).trim();
        return o -> label(o, key) == null;
      }
      return o -> label(o, req) != null;
    }
    String key = op.getValue()[0];
    String value = op.getValue()[1];
    boolean negate = op.getKey().equals("!=");
    return o -> negate ? !value.equals(label(o, key)) : value.equals(label(o, key));
  }

  private static Predicate<JsonObject> fieldTerm(String req) {
    Map.Entry<String, String[]> op = operator(req);
    if (op == null) {
      return o -> true;
    }
    String field = op.getValue()[0];
    String value = op.getValue()[1];
    boolean negate = op.getKey().equals("!=");
    return o -> {
      JsonObject meta = Json.obj(o, "metadata");
      String actual = switch (field) {
        case "metadata.name" -> Json.str(meta, "name");
        case "metadata.namespace" -> Json.str(meta, "namespace");
        default -> value; // unsupported fields match everything; the README says so
      };
      return negate != value.equals(actual == null ? "" : actual);
    };
  }

  private static Map.Entry<String, String[]> operator(String req) {
    for (String op : List.of("!=", "==", "=")) {
      int i = req.indexOf(op);
      if (i > 0) {
        return Map.entry(op, new String[] {req.substring(0, i).trim(), req.substring(i + op.length()).trim()});
      }
    }
    return null;
  }
}
