package dev.fluidsdk.bench.provision;

import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.ThinRuntime;
import dev.fluidsdk.model.ThinRuntimeProfile;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The objects of one run: the cluster-scoped profile {@code 3fs} and, per volume {@code
 * vol-0000}..., a token Secret, a Dataset whose mount takes the token from the Secret through an
 * encryptOption, and a ThinRuntime naming the profile; the shape the seed applies by hand.
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

  ThinRuntimeProfile profile() {
    return ThinRuntimeProfile.builder()
        .name(PROFILE)
        .fileSystemType("3fs")
        .fuse(f -> f.image("registry.example.com/3fs/fuse").imageTag("v0.1.0").imagePullPolicy("IfNotPresent")
            .command(List.of("java", "-jar", "/opt/3fs/fuse-entrypoint.jar")))
        .build();
  }

  V1Secret secret(int i) {
    return new V1Secret()
        .apiVersion("v1")
        .kind("Secret")
        .metadata(new V1ObjectMeta().name(name(i) + "-token").namespace(namespace))
        .type("Opaque")
        .stringData(Map.of("token", TOKEN));
  }

  Dataset dataset(int i) {
    String name = name(i);
    return Dataset.builder()
        .name(name)
        .namespace(namespace)
        .mount(m -> m.name(name).mountPoint("RDMA://10.0.0.1:8000").option("cluster-id", "stage")
            .encryptOption(e -> e.name("token")
                .valueFrom(v -> v.secretKeyRef(s -> s.name(name + "-token").key("token")))))
        .spec(s -> s.accessMode("ReadWriteMany"))
        .build();
  }

  ThinRuntime runtime(int i) {
    return ThinRuntime.builder().name(name(i)).namespace(namespace).profileName(PROFILE).build();
  }
}
