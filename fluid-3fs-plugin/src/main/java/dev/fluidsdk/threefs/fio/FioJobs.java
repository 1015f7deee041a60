package dev.fluidsdk.threefs.fio;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Job;
import io.kubernetes.client.openapi.models.V1JobSpec;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1PersistentVolumeClaimVolumeSource;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodTemplateSpec;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.List;
import java.util.Objects;

/**
 * The seed's fio benchmark as a Kubernetes Job that mounts the PVC Fluid creates for a Dataset
 * (named after the Dataset) and runs fio on it, printing fio's JSON to the pod log, which {@link
 * FioReport#parse} reads.
 */
public final class FioJobs {
  /** Where the PVC is mounted in the fio container. */
  public static final String DATA_PATH = "/data";

  private FioJobs() {}

  /**
   * A Job running {@code parameters} against PVC {@code claimName} in {@code namespace}.
   *
   * @param image an image that has {@code fio} on its PATH
   */
  public static V1Job job(String namespace, String claimName, String image, FioParameters parameters) {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(claimName, "claimName");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(parameters, "parameters");
    String name = jobName(claimName, parameters.rw());
    V1Container fio =
        new V1Container()
            .name("fio")
            .image(image)
            .command(parameters.arguments(DATA_PATH))
            .addVolumeMountsItem(new V1VolumeMount().name("data").mountPath(DATA_PATH));
    V1PodSpec pod =
        new V1PodSpec()
            .restartPolicy("Never")
            .addContainersItem(fio)
            .addVolumesItem(
                new V1Volume()
                    .name("data")
                    .persistentVolumeClaim(
                        new V1PersistentVolumeClaimVolumeSource().claimName(claimName)));
    return new V1Job()
        .apiVersion("batch/v1")
        .kind("Job")
        .metadata(
            new V1ObjectMeta()
                .name(name)
                .namespace(namespace)
                .putLabelsItem("app.kubernetes.io/name", "fio")
                .putLabelsItem("fluid.io/dataset", claimName))
        .spec(
            new V1JobSpec()
                .backoffLimit(0)
                .template(
                    new V1PodTemplateSpec()
                        .metadata(new V1ObjectMeta().putLabelsItem("app.kubernetes.io/name", "fio"))
                        .spec(pod)));
  }

  /** The seed's read and write runs. */
  public static List<V1Job> seedJobs(String namespace, String claimName, String image) {
    return List.of(
        job(namespace, claimName, image, FioParameters.seed("read")),
        job(namespace, claimName, image, FioParameters.seed("write")));
  }

  private static String jobName(String claimName, String rw) {
    String base = "fio-" + claimName + "-" + rw;
    return base.length() <= 63 ? base : base.substring(0, 63).replaceAll("-+$", "");
  }
}
