package dev.fluidsdk.testing.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The objects and status stanzas Fluid writes, as JSON. Sources (Fluid Go tree): {@code pkg/ddc/thin/dataset.go}
 * (UpdateDatasetStatus), {@code pkg/utils/runtimes.go} (NewRuntime), {@code pkg/utils/dataset_condition.go},
 * {@code pkg/utils/dataset/volume/create.go} (PVC), {@code pkg/ddc/base/pv.go} (PV name),
 * {@code pkg/utils/dataset.go} (access modes, capacity), {@code pkg/common/label.go}. Marked "guessed" where the Go
 * code does not say.
 */
public final class FluidDocuments {
  public static final String STORAGE_ANNOTATION = "pvc.fluid.io/resources.requests.storage";
  private static final String DEFAULT_CAPACITY = "100Pi";

  private FluidDocuments() {}

  static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** {@code fluid.io/s-<namespace>-<name>}, the label Fluid puts on the PV and PVC. */
  public static String commonLabel(String namespace, String name) {
    return "fluid.io/s-" + namespace + "-" + name;
  }

  static JsonObject condition(String type, String status, String reason, String message) {
    JsonObject c = new JsonObject();
    c.addProperty("type", type);
    c.addProperty("status", status);
    c.addProperty("reason", reason);
    c.addProperty("message", message);
    c.addProperty("lastUpdateTime", now());
    c.addProperty("lastTransitionTime", now());
    return c;
  }

  /** Dataset status once bound, as ThinEngine.UpdateDatasetStatus(Bound) leaves it. */
  static JsonObject boundDatasetStatus(JsonObject dataset, JsonObject runtime) {
    JsonObject meta = Json.metadata(dataset);
    JsonObject status = new JsonObject();
    status.addProperty("phase", "Bound");
    JsonObject spec = Json.obj(dataset, "spec");
    JsonElement mounts = spec == null ? null : spec.get("mounts");
    status.add("mounts", mounts == null ? new JsonArray() : mounts.deepCopy());
    JsonArray runtimes = new JsonArray();
    JsonObject rt = new JsonObject();
    rt.addProperty("name", Json.str(meta, "name"));
    rt.addProperty("namespace", Json.str(meta, "namespace"));
    rt.addProperty("category", "Accelerate");
    rt.addProperty("type", "thin");
    JsonObject rtSpec = runtime == null ? null : Json.obj(runtime, "spec");
    if (rtSpec != null && rtSpec.has("replicas") && rtSpec.get("replicas").getAsInt() != 0) {
      rt.addProperty("masterReplicas", rtSpec.get("replicas").getAsInt());
    }
    runtimes.add(rt);
    status.add("runtimes", runtimes);
    JsonArray conditions = new JsonArray();
    conditions.add(condition("Ready", "True", "DatasetReady", "The ddc runtime is ready."));
    status.add("conditions", conditions);
    return status;
  }

  /** Dataset status after UpdateDatasetStatus(Failed). */
  static JsonObject failedDatasetStatus(String message) {
    JsonObject status = new JsonObject();
    status.addProperty("phase", "Failed");
    JsonArray conditions = new JsonArray();
    conditions.add(condition("Ready", "False", "DatasetReady", message));
    status.add("conditions", conditions);
    return status;
  }

  /** What the dataset controller sets on a new Dataset. */
  static JsonObject notBoundDatasetStatus() {
    JsonObject status = new JsonObject();
    status.addProperty("phase", "NotBound");
    status.add("conditions", new JsonArray());
    return status;
  }

  /** ThinRuntime status once ready. Guessed: the exact counters and conditions of a ready thin runtime. */
  static JsonObject readyRuntimeStatus(String name) {
    JsonObject s = new JsonObject();
    s.addProperty("valueFile", name + "-thin-values");
    s.addProperty("masterPhase", "Ready");
    s.addProperty("workerPhase", "Ready");
    s.addProperty("fusePhase", "Ready");
    s.addProperty("desiredMasterNumberScheduled", 1);
    s.addProperty("currentMasterNumberScheduled", 1);
    s.addProperty("masterNumberReady", 1);
    s.addProperty("desiredWorkerNumberScheduled", 0);
    s.addProperty("currentWorkerNumberScheduled", 0);
    s.addProperty("workerNumberReady", 0);
    s.addProperty("desiredFuseNumberScheduled", 0);
    s.addProperty("currentFuseNumberScheduled", 0);
    s.addProperty("fuseNumberReady", 0);
    s.addProperty("setupDuration", "1s");
    JsonArray conditions = new JsonArray();
    conditions.add(runtimeCondition("MasterInitialized", "Master is initialized"));
    conditions.add(runtimeCondition("MasterReady", "Master is ready"));
    conditions.add(runtimeCondition("FusesInitialized", "Fuses are initialized"));
    s.add("conditions", conditions);
    return s;
  }

  private static JsonObject runtimeCondition(String type, String reason) {
    JsonObject c = condition(type, "True", reason, "");
    c.remove("message");
    c.addProperty("lastProbeTime", now());
    return c;
  }

  private static JsonArray accessModes(JsonObject dataset) {
    JsonObject spec = Json.obj(dataset, "spec");
    JsonElement modes = spec == null ? null : spec.get("accessModes");
    if (modes != null && modes.isJsonArray() && !modes.getAsJsonArray().isEmpty()) {
      return modes.getAsJsonArray().deepCopy();
    }
    JsonArray def = new JsonArray();
    def.add("ReadOnlyMany");
    return def;
  }

  private static String capacity(JsonObject dataset) {
    String size = Json.str(Json.obj(Json.metadata(dataset), "annotations"), STORAGE_ANNOTATION);
    return size == null || size.isEmpty() ? DEFAULT_CAPACITY : size;
  }

  private static JsonObject fluidMeta(String name, String namespace, String dsNamespace, String dsName) {
    JsonObject meta = new JsonObject();
    meta.addProperty("name", name);
    if (namespace != null) {
      meta.addProperty("namespace", namespace);
    }
    JsonObject labels = new JsonObject();
    labels.addProperty(commonLabel(dsNamespace, dsName), "true");
    labels.addProperty("fluid.io/dataset-id", dsNamespace + "-" + dsName);
    meta.add("labels", labels);
    JsonObject annotations = new JsonObject();
    annotations.addProperty("CreatedBy", "fluid");
    meta.add("annotations", annotations);
    return meta;
  }

  /** The PVC Fluid creates: named after the dataset, bound to the PV {@code <namespace>-<name>}. */
  static JsonObject pvc(JsonObject dataset) {
    String ns = Json.str(Json.metadata(dataset), "namespace");
    String name = Json.str(Json.metadata(dataset), "name");
    JsonObject pvc = new JsonObject();
    pvc.addProperty("apiVersion", "v1");
    pvc.addProperty("kind", "PersistentVolumeClaim");
    pvc.add("metadata", fluidMeta(name, ns, ns, name));
    JsonObject spec = new JsonObject();
    spec.addProperty("volumeName", ns + "-" + name);
    spec.addProperty("storageClassName", "fluid");
    spec.add("accessModes", accessModes(dataset));
    JsonObject requests = new JsonObject();
    requests.addProperty("storage", capacity(dataset));
    JsonObject resources = new JsonObject();
    resources.add("requests", requests);
    spec.add("resources", resources);
    pvc.add("spec", spec);
    return pvc;
  }

  /** The PV. Guessed: the CSI attributes (Fluid's CSI plugin fills more of them). */
  static JsonObject pv(JsonObject dataset) {
    String ns = Json.str(Json.metadata(dataset), "namespace");
    String name = Json.str(Json.metadata(dataset), "name");
    JsonObject pv = new JsonObject();
    pv.addProperty("apiVersion", "v1");
    pv.addProperty("kind", "PersistentVolume");
    pv.add("metadata", fluidMeta(ns + "-" + name, null, ns, name));
    JsonObject spec = new JsonObject();
    spec.addProperty("storageClassName", "fluid");
    spec.add("accessModes", accessModes(dataset));
    JsonObject capacity = new JsonObject();
    capacity.addProperty("storage", capacity(dataset));
    spec.add("capacity", capacity);
    spec.addProperty("persistentVolumeReclaimPolicy", "Retain");
    JsonObject csi = new JsonObject();
    csi.addProperty("driver", "fuse.csi.fluid.io");
    csi.addProperty("volumeHandle", ns + "-" + name);
    JsonObject attrs = new JsonObject();
    attrs.addProperty("runtime_name", name);
    attrs.addProperty("runtime_namespace", ns);
    csi.add("volumeAttributes", attrs);
    spec.add("csi", csi);
    JsonObject claimRef = new JsonObject();
    claimRef.addProperty("namespace", ns);
    claimRef.addProperty("name", name);
    spec.add("claimRef", claimRef);
    pv.add("spec", spec);
    return pv;
  }

  /** A Warning Event on the ThinRuntime, as the runtime controller records when the engine cannot be built. */
  static JsonObject runtimeEvent(JsonObject runtime, String eventName, String reason, String message) {
    JsonObject meta = Json.metadata(runtime);
    JsonObject e = new JsonObject();
    e.addProperty("apiVersion", "v1");
    e.addProperty("kind", "Event");
    JsonObject em = new JsonObject();
    em.addProperty("name", eventName);
    em.addProperty("namespace", Json.str(meta, "namespace"));
    e.add("metadata", em);
    JsonObject involved = new JsonObject();
    involved.addProperty("apiVersion", "data.fluid.io/v1alpha1");
    involved.addProperty("kind", "ThinRuntime");
    involved.addProperty("name", Json.str(meta, "name"));
    involved.addProperty("namespace", Json.str(meta, "namespace"));
    involved.addProperty("uid", Json.str(meta, "uid"));
    e.add("involvedObject", involved);
    e.addProperty("reason", reason);
    e.addProperty("message", message);
    e.addProperty("type", "Warning");
    e.addProperty("count", 1);
    e.addProperty("firstTimestamp", now());
    e.addProperty("lastTimestamp", now());
    JsonObject source = new JsonObject();
    source.addProperty("component", "ThinRuntime");
    e.add("source", source);
    return e;
  }
}
