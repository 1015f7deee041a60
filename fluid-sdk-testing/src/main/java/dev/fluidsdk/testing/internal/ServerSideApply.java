package dev.fluidsdk.testing.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Simplified server-side apply ({@code application/apply-patch+yaml}) on top of the CRUD engine. Ownership is kept
 * per manager at leaf granularity (see {@link FieldSet}); only Apply operations record ownership. A field owned by
 * another manager conflicts when the applied value differs from the live value, unless {@code force=true}, which
 * moves ownership. Fields the manager applied before and omits now are removed when nobody else owns them.
 */
public final class ServerSideApply {
  private static final int ATTEMPTS = 5;
  private final Store store;

  public ServerSideApply(Store store) {
    this.store = store;
  }

  public ApiResponse apply(ApiPath path, String manager, boolean force, String body) {
    if (manager == null || manager.isEmpty()) {
      return ApiResponse.status(Statuses.failure(422, "Invalid",
          "PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch",
          path, path.name()));
    }
    JsonObject applied;
    try {
      JsonElement parsed = Json.parseYamlOrJson(body);
      if (!parsed.isJsonObject()) {
        return bad(path, "the apply body must be an object");
      }
      applied = parsed.getAsJsonObject();
    } catch (RuntimeException e) {
      return bad(path, "error decoding YAML: " + e.getMessage());
    }
    if (!path.type().groupVersion().equals(Json.str(applied, "apiVersion"))
        || !path.type().kind().equals(Json.str(applied, "kind"))) {
      return bad(path, "apiVersion and kind must be " + path.type().groupVersion() + " " + path.type().kind());
    }
    JsonObject meta = Json.metadata(applied);
    String name = Json.str(meta, "name");
    if (name != null && !name.equals(path.name())) {
      return bad(path, "the name of the object (" + name + ") does not match the name on the URL (" + path.name() + ")");
    }
    meta.addProperty("name", path.name());
    if (path.namespace() != null) {
      meta.addProperty("namespace", path.namespace());
    } else {
      meta.remove("namespace");
    }
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      Store.Reply current = store.call("GET", path.objectUrl(), null, null);
      ApiResponse r;
      if (current.code() == 404) {
        if (path.isStatus()) {
          return ApiResponse.status(Statuses.notFound(path, path.name()));
        }
        r = create(path, manager, applied);
      } else if (path.isStatus()) {
        r = applyStatus(path, Json.parseObject(current.body()), applied);
      } else {
        r = update(path, manager, force, Json.parseObject(current.body()), applied);
      }
      if (r.code() != 409 || r.body().contains("FieldManagerConflict")) {
        return r;
      }
    }
    return ApiResponse.status(Statuses.conflict(path, path.name()));
  }

  private static ApiResponse bad(ApiPath path, String message) {
    return ApiResponse.status(Statuses.failure(400, "BadRequest", message, path, path.name()));
  }

  private ApiResponse create(ApiPath path, String manager, JsonObject applied) {
    JsonObject object = applied.deepCopy();
    JsonArray managed = new JsonArray();
    managed.add(entry(manager, path, FieldSet.leaves(applied, !path.type().statusSubresource())));
    Json.metadata(object).add("managedFields", managed);
    Store.Reply reply = store.call("POST", path.collectionUrl(), "application/json", Json.write(object));
    return EngineReplies.normalize("POST", path, path.name(), reply);
  }

  private ApiResponse applyStatus(ApiPath path, JsonObject current, JsonObject applied) {
    JsonObject merged = current.deepCopy();
    JsonElement status = applied.get("status");
    if (status != null) {
      merged.add("status", Json.mergePatch(current.get("status"), status));
    }
    Store.Reply reply = store.call("PUT", path.objectUrl() + "/status", "application/json", Json.write(merged));
    return EngineReplies.normalize("PUT", path, path.name(), reply);
  }

  private ApiResponse update(ApiPath path, String manager, boolean force, JsonObject current, JsonObject applied) {
    boolean withStatus = !path.type().statusSubresource();
    Set<List<String>> mine = FieldSet.leaves(applied, withStatus);
    JsonObject candidate = Json.mergePatch(current, applied).getAsJsonObject();
    JsonArray entries = managedFields(current);
    Set<List<String>> previous = new LinkedHashSet<>();
    List<String[]> conflicts = new ArrayList<>();
    JsonArray kept = new JsonArray();
    for (JsonElement el : entries) {
      JsonObject e = el.getAsJsonObject();
      Set<List<String>> owned = FieldSet.decode(Objects.requireNonNullElseGet(Json.obj(e, "fieldsV1"), JsonObject::new));
      if (manager.equals(Json.str(e, "manager")) && "Apply".equals(Json.str(e, "operation"))) {
        previous.addAll(owned);
        continue;
      }
      Set<List<String>> stillOwned = new LinkedHashSet<>(owned);
      for (List<String> p : mine) {
        for (List<String> q : owned) {
          if (!FieldSet.overlaps(p, q)) {
            continue;
          }
          List<String> shorter = p.size() <= q.size() ? p : q;
          if (!Objects.equals(FieldSet.valueAt(current, shorter), FieldSet.valueAt(candidate, shorter))) {
            if (force) {
              stillOwned.remove(q);
            } else {
              conflicts.add(new String[] {Json.str(e, "manager"), FieldSet.display(p)});
            }
          }
        }
      }
      if (!stillOwned.isEmpty()) {
        JsonObject copy = e.deepCopy();
        copy.add("fieldsV1", FieldSet.encode(stillOwned));
        kept.add(copy);
      }
    }
    if (!conflicts.isEmpty()) {
      return ApiResponse.status(Statuses.applyConflict(path, path.name(), dedupe(conflicts)));
    }
    for (List<String> old : previous) {
      boolean stillApplied = mine.stream().anyMatch(p -> FieldSet.overlaps(p, old));
      boolean ownedByOthers = kept.asList().stream().anyMatch(k -> FieldSet.decode(
          Objects.requireNonNullElseGet(Json.obj(k.getAsJsonObject(), "fieldsV1"), JsonObject::new))
          .stream().anyMatch(q -> FieldSet.overlaps(q, old)));
      if (!stillApplied && !ownedByOthers) {
        FieldSet.remove(candidate, old);
      }
    }
    kept.add(entry(manager, path, mine));
    JsonObject meta = Json.metadata(candidate);
    meta.add("managedFields", kept);
    meta.addProperty("resourceVersion", Json.str(Json.metadata(current), "resourceVersion"));
    Store.Reply reply = store.call("PUT", path.objectUrl(), "application/json", Json.write(candidate));
    return EngineReplies.normalize("PUT", path, path.name(), reply);
  }

  private static List<String[]> dedupe(List<String[]> conflicts) {
    List<String[]> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String[] c : conflicts) {
      if (seen.add(c[0] + "\u0000" + c[1])) {
        out.add(c);
      }
    }
    return out;
  }

  private static JsonArray managedFields(JsonObject object) {
    JsonElement mf = Json.metadata(object).get("managedFields");
    return mf != null && mf.isJsonArray() ? mf.getAsJsonArray() : new JsonArray();
  }

  private static JsonObject entry(String manager, ApiPath path, Set<List<String>> fields) {
    JsonObject e = new JsonObject();
    e.addProperty("manager", manager);
    e.addProperty("operation", "Apply");
    e.addProperty("apiVersion", path.type().groupVersion());
    e.addProperty("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    e.addProperty("fieldsType", "FieldsV1");
    e.add("fieldsV1", FieldSet.encode(fields));
    return e;
  }
}
