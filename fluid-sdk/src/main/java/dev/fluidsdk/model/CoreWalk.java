package dev.fluidsdk.model;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a read or write of a model's embedded client-java objects currently is, as a JSON pointer
 * relative to the model ({@code /tolerations/0}), and the properties client-java does not model
 * found there (on read) or to be put back there (on write).
 *
 * <p>The pointer is kept as a stack of steps and only turned into text when an unknown property is
 * found or looked up, so documents without unknown properties pay almost nothing for it.
 */
final class CoreWalk {
  private final ArrayList<Object> steps = new ArrayList<>();
  private Map<String, JsonElement> found;
  private final Map<String, List<Map.Entry<String, JsonElement>>> byParent;

  private CoreWalk(Map<String, List<Map.Entry<String, JsonElement>>> byParent) {
    this.byParent = byParent;
  }

  /** For reading: collects unknown properties. */
  static CoreWalk reading() {
    return new CoreWalk(null);
  }

  /** For writing a model's core objects back with the unknown properties it was read with. */
  static CoreWalk writing(Map<String, JsonElement> unknown) {
    Map<String, List<Map.Entry<String, JsonElement>>> byParent = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> e : unknown.entrySet()) {
      String pointer = e.getKey();
      int slash = pointer.lastIndexOf('/');
      String key = JsonPointers.unescape(pointer.substring(slash + 1));
      byParent
          .computeIfAbsent(pointer.substring(0, slash), p -> new ArrayList<>())
          .add(Map.entry(key, e.getValue()));
    }
    return new CoreWalk(byParent);
  }

  /** Steps into a member ({@code String} name) or an item ({@code Integer} index). */
  void enter(Object step) {
    steps.add(step);
  }

  void leave() {
    steps.remove(steps.size() - 1);
  }

  /** Records an unknown property of the object at the current position. */
  void found(String name, JsonElement value) {
    if (found == null) {
      found = new LinkedHashMap<>();
    }
    found.put(pointer() + "/" + JsonPointers.escape(name), value);
  }

  /** What {@link #found} recorded, or null when nothing was unknown. */
  Map<String, JsonElement> found() {
    return found;
  }

  /** The unknown properties to write into the object at the current position. */
  List<Map.Entry<String, JsonElement>> unknownHere() {
    List<Map.Entry<String, JsonElement>> here = byParent.get(pointer());
    return here == null ? List.of() : here;
  }

  private String pointer() {
    StringBuilder sb = new StringBuilder();
    for (Object step : steps) {
      sb.append('/');
      sb.append(step instanceof String s ? JsonPointers.escape(s) : step.toString());
    }
    return sb.toString();
  }
}
