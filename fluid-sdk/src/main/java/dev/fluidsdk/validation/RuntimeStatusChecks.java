package dev.fluidsdk.validation;

import dev.fluidsdk.model.Mount;
import dev.fluidsdk.model.RuntimeStatus;

/**
 * What the ThinRuntime CRD requires of a status, once one is there: Fluid writes every counter and
 * phase (Go leaves them without {@code omitempty}), and the schema insists on them. Status values
 * themselves are Fluid's, so an unknown phase is not a problem here.
 */
final class RuntimeStatusChecks {
  private RuntimeStatusChecks() {}

  static void status(Violations v, String p, RuntimeStatus s) {
    if (s == null) {
      return;
    }
    v.present(p + ".valueFile", s.getValueFile());
    v.present(p + ".masterPhase", s.getMasterPhaseValue());
    v.present(p + ".workerPhase", s.getWorkerPhaseValue());
    v.present(p + ".desiredWorkerNumberScheduled", s.getDesiredWorkerNumberScheduled());
    v.present(p + ".currentWorkerNumberScheduled", s.getCurrentWorkerNumberScheduled());
    v.present(p + ".workerNumberReady", s.getWorkerNumberReady());
    v.present(p + ".desiredMasterNumberScheduled", s.getDesiredMasterNumberScheduled());
    v.present(p + ".currentMasterNumberScheduled", s.getCurrentMasterNumberScheduled());
    v.present(p + ".masterNumberReady", s.getMasterNumberReady());
    v.present(p + ".fusePhase", s.getFusePhaseValue());
    v.present(p + ".currentFuseNumberScheduled", s.getCurrentFuseNumberScheduled());
    v.present(p + ".desiredFuseNumberScheduled", s.getDesiredFuseNumberScheduled());
    v.present(p + ".fuseNumberReady", s.getFuseNumberReady());
    v.each(p + ".conditions", s.getConditions(), (q, c) -> {
      v.present(q + ".type", c.getTypeValue());
      v.present(q + ".status", c.getStatus());
    });
    v.each(p + ".mounts", s.getMounts(), (q, m) -> mount(v, q, m));
  }

  private static void mount(Violations v, String p, Mount m) {
    if (v.present(p + ".mountPoint", m.getMountPoint())) {
      v.minLength(p + ".mountPoint", m.getMountPoint(), 5);
    }
    v.each(p + ".encryptOptions", m.getEncryptOptions(), (q, o) -> {
      v.present(q + ".name", o.getName());
      if (o.getValueFrom() != null && o.getValueFrom().getSecretKeyRef() != null) {
        v.present(q + ".valueFrom.secretKeyRef.name", o.getValueFrom().getSecretKeyRef().getName());
      }
    });
  }
}
