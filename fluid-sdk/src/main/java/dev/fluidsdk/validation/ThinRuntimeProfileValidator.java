package dev.fluidsdk.validation;

import dev.fluidsdk.model.NodePublishSecretPolicy;
import dev.fluidsdk.model.ThinRuntimeProfile;
import dev.fluidsdk.model.ThinRuntimeProfileSpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.util.List;

/**
 * What Fluid and Kubernetes reject in a ThinRuntimeProfile: the CRD schema ({@code
 * data.fluid.io_thinruntimeprofiles.yaml}: {@code spec.fileSystemType} required, enums, minimums),
 * its cluster scope (no namespace) and Kubernetes' rules for names and for the FUSE pods.
 */
public final class ThinRuntimeProfileValidator {
  static final List<String> NODE_PUBLISH_SECRET_POLICIES =
      ThinComponentChecks.values(
          NodePublishSecretPolicy.NOT_MOUNT_NODE_PUBLISH_SECRET,
          NodePublishSecretPolicy.MOUNT_NODE_PUBLISH_SECRET_IF_EXISTS,
          NodePublishSecretPolicy.COPY_NODE_PUBLISH_SECRET_AND_MOUNT_IF_NOT_EXISTS);

  private ThinRuntimeProfileValidator() {}

  public static List<Violation> validate(ThinRuntimeProfile profile) {
    Violations v = new Violations();
    if (!ThinRuntimeProfile.API_VERSION.equals(profile.getApiVersion())) {
      v.add("apiVersion", "must be " + ThinRuntimeProfile.API_VERSION + ", got "
          + ThinRuntimeValidator.quoted(profile.getApiVersion()));
    }
    if (!ThinRuntimeProfile.KIND.equals(profile.getKind())) {
      v.add("kind", "must be " + ThinRuntimeProfile.KIND + ", got "
          + ThinRuntimeValidator.quoted(profile.getKind()));
    }
    metadata(v, profile.getMetadata());
    spec(v, profile.getSpec());
    return v.list();
  }

  private static void metadata(Violations v, V1ObjectMeta meta) {
    if (meta == null) {
      v.add("metadata", "required");
      return;
    }
    if (v.required("metadata.name", meta.getName())) {
      v.dns1123Subdomain("metadata.name", meta.getName());
    }
    String ns = meta.getNamespace();
    if (ns != null && !ns.isEmpty()) {
      v.add("metadata.namespace", "must be absent: ThinRuntimeProfile is cluster-scoped, got "
          + Violations.quote(ns));
    }
  }

  private static void spec(Violations v, ThinRuntimeProfileSpec spec) {
    if (spec == null) {
      v.add("spec.fileSystemType", "required");
      return;
    }
    v.required("spec.fileSystemType", spec.getFileSystemType());
    ThinComponentChecks.worker(v, "spec.worker", spec.getWorker());
    ThinComponentChecks.fuse(v, "spec.fuse", spec.getFuse());
    ThinComponentChecks.volumes(v, "spec.volumes", spec.getVolumes());
    v.oneOf(
        "spec.nodePublishSecretPolicy",
        spec.getNodePublishSecretPolicyValue(),
        NODE_PUBLISH_SECRET_POLICIES);
  }
}
