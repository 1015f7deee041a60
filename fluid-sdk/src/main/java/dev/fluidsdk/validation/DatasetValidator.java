package dev.fluidsdk.validation;

import dev.fluidsdk.model.Dataset;
import java.util.List;

/** What Fluid and Kubernetes reject in a Dataset. SKELETON: the model helper completes it. */
public final class DatasetValidator {
  private DatasetValidator() {}

  public static List<Violation> validate(Dataset dataset) {
    Violations v = new Violations();
    if (dataset.getMetadata() == null) {
      v.add("metadata", "required");
    } else {
      if (v.required("metadata.name", dataset.getMetadata().getName())) {
        v.dns1123Subdomain("metadata.name", dataset.getMetadata().getName());
      }
    }
    return v.list();
  }
}
