package dev.fluidsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.FluidObject;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A list read from YAML may hold {@code null} items ({@code - } with nothing after it). Validation
 * reports each one with its path instead of failing with a NullPointerException (found by
 * HostileDocumentPropertyTest).
 */
class NullItemsTest {
  private static List<String> problems(FluidObject o) {
    return o.validate().stream().map(Violation::toString).toList();
  }

  @Test
  void nullItemsInDatasetListsAreReportedWithTheirPaths() {
    Dataset d = FluidYaml.fromYaml("""
        apiVersion: data.fluid.io/v1alpha1
        kind: Dataset
        metadata: {name: demo}
        spec:
          mounts:
          -
          - {mountPoint: "RDMA://10.0.0.1:8000", name: m, encryptOptions: [null]}
          tolerations: [null]
          accessModes: [null]
          runtimes: [null]
          nodeAffinity: {required: {nodeSelectorTerms: [null, {matchExpressions: [null]}]}}
        """, Dataset.class);
    assertThat(problems(d)).contains(
        "spec.mounts[0]: must not be null",
        "spec.mounts[1].encryptOptions[0]: must not be null",
        "spec.tolerations[0]: must not be null",
        "spec.accessModes[0]: must not be null",
        "spec.runtimes[0]: must not be null",
        "spec.nodeAffinity.required.nodeSelectorTerms[0]: must not be null",
        "spec.nodeAffinity.required.nodeSelectorTerms[1].matchExpressions[0]: must not be null");
  }

  @Test
  void nullItemsInRuntimeAndProfileComponentsAreReportedWithTheirPaths() {
    ThinRuntimeProfile p = FluidYaml.fromYaml("""
        apiVersion: data.fluid.io/v1alpha1
        kind: ThinRuntimeProfile
        metadata: {name: p}
        spec:
          fileSystemType: 3fs
          volumes: [null]
          fuse:
            env: [null]
            ports: [null]
            volumeMounts: [null]
            livenessProbe: {httpGet: {port: 80, httpHeaders: [null]}}
        """, ThinRuntimeProfile.class);
    assertThat(problems(p)).contains(
        "spec.volumes[0]: must not be null",
        "spec.fuse.env[0]: must not be null",
        "spec.fuse.ports[0]: must not be null",
        "spec.fuse.volumeMounts[0]: must not be null",
        "spec.fuse.livenessProbe.httpGet.httpHeaders[0]: must not be null");
    ThinRuntime r = FluidYaml.fromYaml("""
        apiVersion: data.fluid.io/v1alpha1
        kind: ThinRuntime
        metadata: {name: r}
        spec:
          profileName: p
          tieredstore: {levels: [null]}
        status:
          conditions: [null]
          mounts: [null]
        """, ThinRuntime.class);
    assertThat(problems(r)).contains(
        "spec.tieredstore.levels[0]: must not be null",
        "status.conditions[0]: must not be null",
        "status.mounts[0]: must not be null");
  }
}
