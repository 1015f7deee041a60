package dev.fluidsdk.testing.internal;

import com.google.gson.JsonObject;
import java.util.Optional;

/** The reconcile steps of the fake Fluid, as in-process calls. Not thread-safe; callers serialize. */
public final class FluidBinding {
  private static final String GV = "/apis/data.fluid.io/v1alpha1";
  private final InProcessApi api;

  public FluidBinding(InProcessApi api) {
    this.api = api;
  }

  private static String dataset(String ns, String name) {
    return GV + "/namespaces/" + ns + "/datasets/" + name;
  }

  private static String runtime(String ns, String name) {
    return GV + "/namespaces/" + ns + "/thinruntimes/" + name;
  }

  /** One pass of the dataset and runtime controllers for the pair {@code ns/name}. */
  public void reconcile(String ns, String name) {
    Optional<JsonObject> ds = api.get(dataset(ns, name));
    if (ds.isEmpty()) {
      return;
    }
    String phase = Json.str(Json.obj(ds.get(), "status"), "phase");
    if (phase == null || phase.isEmpty()) {
      patchStatus(dataset(ns, name), FluidDocuments.notBoundDatasetStatus());
      phase = "NotBound";
    }
    if (phase.equals("Bound") || phase.equals("Failed")) {
      return;
    }
    Optional<JsonObject> rt = api.get(runtime(ns, name));
    if (rt.isEmpty()) {
      return;
    }
    String profile = Json.str(Json.obj(rt.get(), "spec"), "profileName");
    if (profile == null || profile.isEmpty()
        || api.get(GV + "/thinruntimeprofiles/" + profile).isEmpty()) {
      String p = profile == null ? "" : profile;
      String message = "Process Runtime error error when getting thinruntime profile " + p
          + ": thinruntimeprofiles.data.fluid.io \"" + p + "\" not found";
      String eventName = name + ".profile-not-found-" + p;
      if (api.get("/api/v1/namespaces/" + ns + "/events/" + eventName).isEmpty()) {
        api.request("POST", "/api/v1/namespaces/" + ns + "/events", "application/json",
            Json.write(FluidDocuments.runtimeEvent(rt.get(), eventName, "ErrorProcessRuntime", message)));
      }
      return;
    }
    bind(ns, name);
  }

  /** Setup's volume creation, then runtime and dataset status. False when the dataset does not exist. */
  public boolean bind(String ns, String name) {
    Optional<JsonObject> ds = api.get(dataset(ns, name));
    if (ds.isEmpty()) {
      return false;
    }
    Optional<JsonObject> rt = api.get(runtime(ns, name));
    String pvName = ns + "-" + name;
    if (api.get("/api/v1/persistentvolumes/" + pvName).isEmpty()) {
      api.request("POST", "/api/v1/persistentvolumes", "application/json", Json.write(FluidDocuments.pv(ds.get())));
      JsonObject pvStatus = new JsonObject();
      pvStatus.addProperty("phase", "Bound");
      patchStatus("/api/v1/persistentvolumes/" + pvName, pvStatus);
    }
    String pvcPath = "/api/v1/namespaces/" + ns + "/persistentvolumeclaims/" + name;
    if (api.get(pvcPath).isEmpty()) {
      api.request("POST", "/api/v1/namespaces/" + ns + "/persistentvolumeclaims", "application/json",
          Json.write(FluidDocuments.pvc(ds.get())));
      JsonObject pvcStatus = new JsonObject();
      pvcStatus.addProperty("phase", "Bound");
      pvcStatus.add("accessModes", FluidDocuments.pvc(ds.get()).getAsJsonObject("spec").get("accessModes"));
      JsonObject capacity = new JsonObject();
      capacity.add("storage", FluidDocuments.pvc(ds.get()).getAsJsonObject("spec").getAsJsonObject("resources")
          .getAsJsonObject("requests").get("storage"));
      pvcStatus.add("capacity", capacity);
      patchStatus(pvcPath, pvcStatus);
    }
    if (rt.isPresent()) {
      patchStatus(runtime(ns, name), FluidDocuments.readyRuntimeStatus(name));
    }
    patchStatus(dataset(ns, name), FluidDocuments.boundDatasetStatus(ds.get(), rt.orElse(null)));
    return true;
  }

  public ApiResponse fail(String ns, String name, String message) {
    return patchStatus(dataset(ns, name), FluidDocuments.failedDatasetStatus(message));
  }

  private ApiResponse patchStatus(String objectPath, JsonObject status) {
    JsonObject patch = new JsonObject();
    patch.add("status", status);
    return api.request("PATCH", objectPath + "/status", "application/merge-patch+json", Json.write(patch));
  }
}
