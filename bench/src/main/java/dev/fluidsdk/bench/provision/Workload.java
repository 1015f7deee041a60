package dev.fluidsdk.bench.provision;

import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import dev.fluidsdk.threefs.fluid.ThreeFsObjects;
import dev.fluidsdk.threefs.fluid.ThreeFsVolume;
import io.kubernetes.client.openapi.models.V1Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The objects of one run, made by the 3FS plugin ({@link ThreeFsObjects}): the cluster-scoped
 * profile {@code 3fs} and, per volume {@code vol-0000}..., a token Secret, a Dataset whose mount
 * takes the token from the Secret through an encryptOption, and a ThinRuntime naming the profile;
 * the objects the seed applies by hand.
 *
 * @param namespace where the namespaced objects go
 * @param count how many volumes
 */
record Workload(String namespace, int count) {
  static final String PROFILE = "3fs";
  static final String TOKEN = "AADHHSOs8QA92iRe2wB1fmuL";

  Workload {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, got " + count);
    }
  }

  String name(int i) {
    return String.format(Locale.ROOT, "vol-%04d", i);
  }

  List<String> names() {
    List<String> n = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      n.add(name(i));
    }
    return n;
  }

  /** What the 3FS plugin makes for volume {@code i}: the objects a platform service applies. */
  ThreeFsObjects objects(int i) {
    return ThreeFsObjects.of(ThreeFsVolume.builder()
        .name(name(i))
        .namespace(namespace)
        .mountPoint(TOKEN + "@RDMA://10.0.0.1:8000")
        .clusterId("stage")
        .image("registry.example.com/3fs-fuse:0.1.0")
        .build());
  }

  ThinRuntimeProfile profile() {
    return objects(0).profile();
  }

  V1Secret secret(int i) {
    return objects(i).secret().orElseThrow();
  }

  Dataset dataset(int i) {
    return objects(i).dataset();
  }

  ThinRuntime runtime(int i) {
    return objects(i).runtime();
  }
}
