package dev.fluidsdk.testing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fixed set of resources served: the three Fluid kinds and the core kinds tests need. */
public final class ResourceTable {
  public static final String FLUID_GROUP = "data.fluid.io";
  public static final String FLUID_VERSION = "v1alpha1";

  private static final List<ResourceType> ALL = List.of(
      new ResourceType("", "v1", "namespaces", "namespace", "Namespace", false, true, List.of("ns")),
      new ResourceType("", "v1", "secrets", "secret", "Secret", true, false, List.of()),
      new ResourceType("", "v1", "configmaps", "configmap", "ConfigMap", true, false, List.of("cm")),
      new ResourceType("", "v1", "pods", "pod", "Pod", true, true, List.of("po")),
      new ResourceType("", "v1", "persistentvolumeclaims", "persistentvolumeclaim", "PersistentVolumeClaim", true, true,
          List.of("pvc")),
      new ResourceType("", "v1", "persistentvolumes", "persistentvolume", "PersistentVolume", false, true,
          List.of("pv")),
      new ResourceType("", "v1", "events", "event", "Event", true, false, List.of("ev")),
      new ResourceType("batch", "v1", "jobs", "job", "Job", true, true, List.of()),
      new ResourceType(FLUID_GROUP, FLUID_VERSION, "datasets", "dataset", "Dataset", true, true, List.of("dataset")),
      new ResourceType(FLUID_GROUP, FLUID_VERSION, "thinruntimes", "thinruntime", "ThinRuntime", true, true,
          List.of()),
      new ResourceType(FLUID_GROUP, FLUID_VERSION, "thinruntimeprofiles", "thinruntimeprofile",
          "ThinRuntimeProfile", false, true, List.of()));

  private ResourceTable() {}

  public static List<ResourceType> all() {
    return ALL;
  }

  public static Optional<ResourceType> find(String group, String version, String plural) {
    return ALL.stream()
        .filter(r -> r.group().equals(group) && r.version().equals(version) && r.plural().equals(plural))
        .findFirst();
  }

  /** Group name to its resources, in a stable order. */
  public static Map<String, List<ResourceType>> byGroupVersion() {
    Map<String, List<ResourceType>> out = new LinkedHashMap<>();
    for (ResourceType r : ALL) {
      out.computeIfAbsent(r.groupVersion(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }
}
