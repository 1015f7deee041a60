package dev.fluidsdk.validation;

import dev.fluidsdk.model.CleanCachePolicy;
import dev.fluidsdk.model.Level;
import dev.fluidsdk.model.MediumType;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeSpec;
import dev.fluidsdk.model.User;
import dev.fluidsdk.model.VolumeType;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What Fluid and Kubernetes reject in a ThinRuntime: the CRD schema ({@code
 * data.fluid.io_thinruntimes.yaml}: required fields, enums, minimums), Fluid's runtime controller
 * (the name rule) and Kubernetes' rules for names and for the pods Fluid derives from it.
 */
public final class ThinRuntimeValidator {
  static final List<String> MEDIUM_TYPES =
      ThinComponentChecks.values(MediumType.MEM, MediumType.SSD, MediumType.HDD);

  /** The CRD's enum: Fluid's Go code knows {@code volumeTemplate} too, the CRD rejects it. */
  static final List<String> VOLUME_TYPES =
      ThinComponentChecks.values(VolumeType.HOST_PATH, VolumeType.EMPTY_DIR);

  // The CRD's pattern for quotaList: quantities with a suffix, each followed by a comma, then a
  // last quantity whose suffix is optional ("100Gi,50Gi").
  private static final String NUMBER = "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)";
  private static final String SUFFIX = "(?:[KMGTPE]i|[numkMGTPE]|[eE]" + NUMBER + ")";
  private static final Pattern QUOTA_LIST =
      Pattern.compile("(?:" + NUMBER + SUFFIX + ",)+" + NUMBER + SUFFIX + "?");

  private ThinRuntimeValidator() {}

  public static List<Violation> validate(ThinRuntime rt) {
    Violations v = new Violations();
    if (!ThinRuntime.API_VERSION.equals(rt.getApiVersion())) {
      v.add("apiVersion", "must be " + ThinRuntime.API_VERSION + ", got " + quoted(rt.getApiVersion()));
    }
    if (!ThinRuntime.KIND.equals(rt.getKind())) {
      v.add("kind", "must be " + ThinRuntime.KIND + ", got " + quoted(rt.getKind()));
    }
    metadata(v, rt.getMetadata());
    spec(v, rt.getSpec());
    RuntimeStatusChecks.status(v, "status", rt.getStatus());
    return v.list();
  }

  private static void metadata(Violations v, V1ObjectMeta meta) {
    if (meta == null) {
      v.add("metadata", "required");
      return;
    }
    String name = meta.getName();
    if (v.required("metadata.name", name)) {
      int before = v.list().size();
      v.dns1123Subdomain("metadata.name", name);
      // Fluid's runtime controller refuses a runtime whose name is not an RFC 1035 label
      // (pkg/controllers/runtime_controller.go, ReconcileInternal step 2: "Validate name is
      // prefixed with a number such as 20-hbase"), so "20-hbase" is accepted by the API server
      // but never set up. Checked only when the Kubernetes rule passed, to report one problem.
      if (v.list().size() == before) {
        v.dns1035Label("metadata.name", name);
      }
    }
    String ns = meta.getNamespace();
    if (ns != null && !ns.isEmpty()) {
      v.dns1123Label("metadata.namespace", ns);
    }
  }

  private static void spec(Violations v, ThinRuntimeSpec spec) {
    if (spec == null) {
      return;
    }
    String profile = spec.getProfileName();
    if (profile != null && !profile.isEmpty()) {
      v.dns1123Subdomain("spec.profileName", profile);
    }
    ThinComponentChecks.worker(v, "spec.worker", spec.getWorker());
    ThinComponentChecks.fuse(v, "spec.fuse", spec.getFuse());
    if (spec.getTieredStore() != null) {
      v.each("spec.tieredstore.levels", spec.getTieredStore().getLevels(), (p, l) -> level(v, p, l));
    }
    v.atLeast("spec.replicas", spec.getReplicas(), 0);
    runAs(v, "spec.runAs", spec.getRunAs());
    ThinComponentChecks.volumes(v, "spec.volumes", spec.getVolumes());
    if (spec.getManagement() != null) {
      CleanCachePolicy clean = spec.getManagement().getCleanCachePolicy();
      if (clean != null) {
        // Go's doc of CleanCachePolicy: "Value must be non-negative integer".
        v.atLeast(
            "spec.management.cleanCachePolicy.gracePeriodSeconds", clean.getGracePeriodSeconds(), 0);
      }
    }
  }

  private static void level(Violations v, String p, Level level) {
    if (v.required(p + ".mediumtype", level.getMediumTypeValue())) {
      v.oneOf(p + ".mediumtype", level.getMediumTypeValue(), MEDIUM_TYPES);
    }
    v.oneOf(p + ".volumeType", level.getVolumeTypeValue(), VOLUME_TYPES);
    v.minLength(p + ".path", level.getPath(), 1);
    String quotaList = level.getQuotaList();
    if (quotaList != null && !QUOTA_LIST.matcher(quotaList).matches()) {
      v.add(p + ".quotaList", "must be two or more quantities separated by commas, such as"
          + " 100Gi,50Gi, got " + Violations.quote(quotaList));
    }
  }

  /** The CRD requires all four fields of {@code runAs} once it is there. */
  private static void runAs(Violations v, String p, User user) {
    if (user == null) {
      return;
    }
    v.present(p + ".uid", user.getUid());
    v.present(p + ".gid", user.getGid());
    v.present(p + ".user", user.getUser());
    v.present(p + ".group", user.getGroup());
  }

  static String quoted(String s) {
    return s == null ? "nothing" : Violations.quote(s);
  }
}
