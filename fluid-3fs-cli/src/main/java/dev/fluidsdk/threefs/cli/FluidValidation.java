package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import dev.fluidsdk.validation.Violation;
import io.kubernetes.client.common.KubernetesObject;
import java.util.List;

/** The validation of whichever Fluid kind an object is. */
final class FluidValidation {
  private FluidValidation() {}

  static List<Violation> validate(KubernetesObject o) {
    if (o instanceof Dataset d) {
      return d.validate();
    }
    if (o instanceof ThinRuntime r) {
      return r.validate();
    }
    if (o instanceof ThinRuntimeProfile p) {
      return p.validate();
    }
    return List.of();
  }
}
