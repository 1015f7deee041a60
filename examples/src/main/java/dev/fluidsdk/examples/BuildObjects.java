package dev.fluidsdk.examples;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.threefs.fluid.ThreeFsObjects;
import dev.fluidsdk.threefs.fluid.ThreeFsVolume;

/**
 * Builds the Fluid objects for a 3FS volume and prints them as YAML, ready for {@code kubectl
 * apply -f -}. The token (3FS's own test token here) goes into a Secret, not into the Dataset.
 */
public final class BuildObjects {
  private BuildObjects() {}

  public static void main(String[] args) {
    ThreeFsVolume volume =
        ThreeFsVolume.builder()
            .name("demo-3fs")
            .namespace("default")
            .mountPoint("AADHHSOs8QA92iRe2wB1fmuL@RDMA://10.0.0.1:8000")
            .clusterId("stage")
            .image("registry.example.com/3fs-fuse:0.1.0")
            .build();

    ThreeFsObjects objects = ThreeFsObjects.of(volume);
    objects.dataset().validateOrThrow();

    System.out.print(FluidYaml.toYaml(objects.applyOrder()));
    System.out.print(FluidYaml.toYaml(java.util.List.of(objects.consumerPod())));
  }
}
