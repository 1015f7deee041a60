package dev.fluidsdk.validation;

import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.CacheableNodeAffinity;
import dev.fluidsdk.model.Category;
import dev.fluidsdk.model.DataRestoreLocation;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.DatasetCondition;
import dev.fluidsdk.model.DatasetRuntime;
import dev.fluidsdk.model.DatasetSpec;
import dev.fluidsdk.model.DatasetStatus;
import dev.fluidsdk.model.EncryptOption;
import dev.fluidsdk.model.Mount;
import dev.fluidsdk.model.PlacementMode;
import dev.fluidsdk.model.SecretKeySelector;
import dev.fluidsdk.model.User;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Fluid and Kubernetes reject in a Dataset: the CRD schema ({@code
 * data.fluid.io_datasets.yaml}: required, enum, minLength, minItems), Kubernetes' name rules, and
 * the checks Fluid's controllers make before they act on a Dataset (each cited below).
 *
 * <p>{@code status} is not checked by {@link #validate}: with the status subresource the API server
 * ignores it in create and update requests. Code that writes status itself (a test standing in
 * for Fluid) checks it with {@link #validateStatus}.
 */
public final class DatasetValidator {
  /** Fluid's scheme for a mount of another Dataset ({@code pkg/common/fluid_ufs_scheme.go}). */
  static final String DATASET_SCHEME = "dataset://";

  private DatasetValidator() {}

  public static List<Violation> validate(Dataset dataset) {
    Violations v = new Violations();
    if (!Dataset.API_VERSION.equals(dataset.getApiVersion())) {
      v.add(
          "apiVersion",
          "must be " + Dataset.API_VERSION + ", got " + quoteOrNull(dataset.getApiVersion()));
    }
    if (!Dataset.KIND.equals(dataset.getKind())) {
      v.add("kind", "must be " + Dataset.KIND + ", got " + quoteOrNull(dataset.getKind()));
    }
    metadata(v, dataset.getMetadata());
    if (dataset.getSpec() != null) {
      spec(v, dataset.getSpec());
    }
    return v.list();
  }

  /**
   * What the CRD rejects in a status written through the status subresource: {@code conditions}
   * is required (an empty list will do), each condition needs {@code type} and {@code status}, and
   * mounts follow the same schema as in the spec.
   */
  public static List<Violation> validateStatus(DatasetStatus status) {
    Violations v = new Violations();
    // The getter answers an empty view for an absent list, so look at what would be written.
    if (!FluidJson.toTree(status).getAsJsonObject().has("conditions")) {
      v.add("status.conditions", "required");
    }
    List<DatasetCondition> conditions = status.getConditions();
    v.each("status.conditions", conditions, (p, c) -> {
      v.present(p + ".type", c.getTypeValue());
      v.present(p + ".status", c.getStatus());
    });
    v.each("status.mounts", status.getMounts(), (p, m) -> mount(v, p, m));
    return v.list();
  }

  private static void metadata(Violations v, V1ObjectMeta meta) {
    if (meta == null) {
      v.add("metadata", "required");
      return;
    }
    objectName(v, "metadata.name", meta.getName(), true);
    v.dns1123Label("metadata.namespace", meta.getNamespace());
  }

  /**
   * A Dataset or runtime name: a DNS-1123 subdomain for Kubernetes, and a DNS-1035 label for
   * Fluid, whose dataset controller
   * ({@code pkg/controllers/v1alpha1/dataset/dataset_controller.go}) and runtime controller
   * ({@code pkg/controllers/runtime_controller.go}) refuse anything else.
   */
  private static void objectName(Violations v, String path, String name, boolean required) {
    if (name == null || name.isEmpty()) {
      if (required) {
        v.add(path, "required");
      }
      return;
    }
    int before = v.list().size();
    v.dns1123Subdomain(path, name);
    if (v.list().size() == before) {
      v.dns1035Label(path, name);
    }
  }

  private static void spec(Violations v, DatasetSpec spec) {
    // An explicitly empty list is written as [] and fails the CRD's minItems: 1.
    if (spec.getMounts().isEmpty() && isExplicitlyEmpty(spec)) {
      v.add("spec.mounts", "must have at least 1 item when set; leave it out instead");
    }
    List<Mount> mounts = spec.getMounts();
    v.each("spec.mounts", mounts, (p, m) -> mount(v, p, m));
    uniqueNamesAndPaths(v, mounts);
    datasetMounts(v, mounts);
    if (spec.getOwner() != null) {
      owner(v, "spec.owner", spec.getOwner());
    }
    CacheableNodeAffinity affinity = spec.getNodeAffinity();
    if (affinity != null && affinity.getRequired() != null) {
      CoreObjectRules.nodeSelector(v, "spec.nodeAffinity.required", affinity.getRequired());
    }
    CoreObjectRules.tolerations(v, "spec.tolerations", spec.getTolerations());
    v.each("spec.accessModes", spec.getAccessModes(), (p, mode) -> v.oneOf(p, mode, DatasetSpec.ACCESS_MODES));
    v.each("spec.runtimes", spec.getRuntimes(), (p, r) -> runtime(v, p, r));
    v.oneOf("spec.placement", spec.getPlacementValue(), PlacementMode.class);
    if (spec.getDataRestoreLocation() != null) {
      restoreLocation(v, "spec.dataRestoreLocation", spec.getDataRestoreLocation());
    }
    encryptOptions(v, "spec.sharedEncryptOptions", spec.getSharedEncryptOptions());
  }

  private static boolean isExplicitlyEmpty(DatasetSpec spec) {
    return FluidJson.toTree(spec).getAsJsonObject().has("mounts");
  }

  private static void mount(Violations v, String path, Mount m) {
    if (v.present(path + ".mountPoint", m.getMountPoint())) {
      v.minLength(path + ".mountPoint", m.getMountPoint(), 5);
    }
    encryptOptions(v, path + ".encryptOptions", m.getEncryptOptions());
  }

  /**
   * Mount names and paths must be unique; a mount without a path is mounted at {@code /<name>}.
   * Fluid's ThinRuntime checks this ({@code pkg/ddc/thin/validate.go},
   * validateDuplicateDatasetMounts) and, like it, a name clash is reported once, not also as a
   * path clash. Fluid does not require mount names to be DNS labels.
   */
  private static void uniqueNamesAndPaths(Violations v, List<Mount> mounts) {
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> paths = new HashMap<>();
    for (int i = 0; i < mounts.size(); i++) {
      Mount m = mounts.get(i);
      if (m == null) {
        continue; // reported by each()
      }
      String name = m.getName() == null ? "" : m.getName();
      boolean defaultPath = m.getPath() == null || m.getPath().isEmpty();
      String path = defaultPath ? "/" + name : m.getPath();
      Integer sameName = names.get(name);
      if (sameName != null) {
        v.add(
            "spec.mounts[" + i + "].name",
            "must be unique, also used by spec.mounts[" + sameName + "]"
                + (name.isEmpty() ? " (both empty)" : ""));
        continue;
      }
      Integer samePath = paths.get(path);
      if (samePath != null) {
        v.add(
            "spec.mounts[" + i + "].path",
            "must be unique, "
                + Violations.quote(path)
                + (defaultPath ? " (the default, /<name>)" : "")
                + " is also the path of spec.mounts["
                + samePath
                + "]");
        continue;
      }
      names.put(name, i);
      paths.put(path, i);
    }
  }

  /**
   * A Dataset that mounts another Dataset ({@code dataset://<namespace>/<name>}) may have only
   * that one mount: Fluid's CheckReferenceDataset ({@code pkg/ddc/base/dataset.go}).
   */
  private static void datasetMounts(Violations v, List<Mount> mounts) {
    int first = -1;
    int count = 0;
    for (int i = 0; i < mounts.size(); i++) {
      String mp = mounts.get(i) == null ? null : mounts.get(i).getMountPoint();
      if (mp != null && mp.startsWith(DATASET_SCHEME)) {
        count++;
        if (first < 0) {
          first = i;
        } else {
          v.add(
              "spec.mounts[" + i + "].mountPoint",
              "only one " + DATASET_SCHEME + " mount is allowed, spec.mounts[" + first
                  + "] is one");
        }
      }
    }
    if (count == 1 && mounts.size() > 1) {
      v.add(
          "spec.mounts",
          "a Dataset with a " + DATASET_SCHEME + " mount (spec.mounts[" + first
              + "]) may have no other mounts");
    }
  }

  private static void encryptOptions(Violations v, String path, List<EncryptOption> options) {
    v.each(path, options, (at, o) -> encryptOption(v, at, o));
  }

  private static void encryptOption(Violations v, String at, EncryptOption o) {
    v.required(at + ".name", o.getName());
    // Go's EncryptOptionSource and SecretKeySelector are values, not pointers: a missing one
    // reaches Fluid as a Secret named "", which cannot exist.
    SecretKeySelector ref =
        o.getValueFrom() == null ? null : o.getValueFrom().getSecretKeyRef();
    String secretPath = at + ".valueFrom.secretKeyRef.name";
    if (v.required(secretPath, ref == null ? null : ref.getName())) {
      v.dns1123Subdomain(secretPath, ref.getName());
    }
  }

  /** The CRD requires all four fields of an owner. */
  private static void owner(Violations v, String path, User owner) {
    v.present(path + ".uid", owner.getUid());
    v.present(path + ".gid", owner.getGid());
    v.present(path + ".user", owner.getUser());
    v.present(path + ".group", owner.getGroup());
  }

  private static void runtime(Violations v, String path, DatasetRuntime r) {
    objectName(v, path + ".name", r.getName(), false);
    v.dns1123Label(path + ".namespace", r.getNamespace());
    v.oneOf(path + ".category", r.getCategoryValue(), Category.class);
    v.nonNegative(path + ".masterReplicas", r.getMasterReplicas());
  }

  /** Fluid's ParseBackupRestorePath ({@code pkg/utils/databackup.go}) knows two forms. */
  private static void restoreLocation(Violations v, String path, DataRestoreLocation l) {
    String p = l.getPath();
    if (p != null && !p.isEmpty() && !p.startsWith("local://") && !p.startsWith("pvc://")) {
      v.add(
          path + ".path",
          "must be local://<path> or pvc://<pvcName>/<path>, got " + Violations.quote(p));
    }
  }

  private static String quoteOrNull(String s) {
    return s == null ? "nothing" : Violations.quote(s);
  }
}
