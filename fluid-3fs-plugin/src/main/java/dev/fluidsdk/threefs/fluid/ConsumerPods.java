package dev.fluidsdk.threefs.fluid;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;

/** The seed's example consumer: a Pod mounting the PVC Fluid names after the Dataset at /data. */
final class ConsumerPods {
  static final String IMAGE = "busybox:1.36";
  static final String DATA_PATH = "/data";

  private ConsumerPods() {}

  static V1Pod pod(String namespace, String dataset) {
    return new V1Pod()
        .apiVersion("v1")
        .kind("Pod")
        .metadata(
            new V1ObjectMeta()
                .name(dataset + "-consumer")
                .namespace(namespace)
                .putLabelsItem(ThreeFsObjects.MANAGED_BY, ThreeFsObjects.MANAGER))
        .spec(
            new V1PodSpec()
                .addContainersItem(
                    new V1Container()
                        .name("app")
                        .image(IMAGE)
                        .command(List.of("sleep", "infinity"))
                        .addVolumeMountsItem(new V1VolumeMount().name("data").mountPath(DATA_PATH)))
                .addVolumesItem(
                    new V1Volume()
                        .name("data")
                        .persistentVolumeClaim(
                            new V1PersistentVolumeClaimVolumeSource().claimName(dataset))));
  }
}
