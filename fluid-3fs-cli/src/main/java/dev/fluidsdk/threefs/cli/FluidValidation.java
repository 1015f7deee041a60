package dev.fluidsdk.threefs.cli;

import dev.fluidsdk.model.Dataset;
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
    return List.of();
  }
}
