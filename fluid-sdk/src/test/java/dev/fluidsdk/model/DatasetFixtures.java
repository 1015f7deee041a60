package dev.fluidsdk.model;

import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.time.OffsetDateTime;
import java.util.List;

/** Datasets shared by the model and validation tests. */
public final class DatasetFixtures {
  private DatasetFixtures() {}

  /** A Dataset as the API server would return it, with every spec and status field set. */
  public static Dataset full() {
    Mount mount =
        Mount.builder()
            .name("models")
            .mountPoint("RDMA://10.0.0.1:8000")
            .path("/models")
            .readOnly(true)
            .shared(false)
            .option("cluster-id", "stage")
            .option("log-level", "INFO")
            .encryptOption(EncryptOption.fromSecret("token", "threefs-token", "token"))
            .build();
    return Dataset.builder()
        .name("models")
        .namespace("ml")
        .label("team", "ml")
        .annotation("example.com/owner", "platform")
        .metadata(
            m ->
                m.uid("1f0c7c51-4d6c-4a2e-9a57-0a9f6d2f0e11")
                    .resourceVersion("48213")
                    .generation(2L)
                    .creationTimestamp(OffsetDateTime.parse("2024-05-01T10:00:07Z"))
                    .addFinalizersItem("fluid-dataset-controller-finalizer"))
        .spec(
            s ->
                s.mount(mount)
                    .owner(o -> o.uid(1000L).gid(1000L).user("ml").group("ml"))
                    .nodeAffinity(
                        a ->
                            a.requiredTerm(
                                new V1NodeSelectorTerm()
                                    .addMatchExpressionsItem(
                                        new V1NodeSelectorRequirement()
                                            .key("example.com/rdma")
                                            .operator("In")
                                            .values(List.of("true")))
                                    .addMatchFieldsItem(
                                        new V1NodeSelectorRequirement()
                                            .key("metadata.name")
                                            .operator("NotIn")
                                            .values(List.of("node-7")))))
                    .toleration(
                        new V1Toleration()
                            .key("dedicated")
                            .operator("Equal")
                            .value("storage")
                            .effect("NoExecute")
                            .tolerationSeconds(300L))
                    .accessMode("ReadOnlyMany")
                    .accessMode("ReadWriteMany")
                    .runtime(
                        r ->
                            r.name("models")
                                .namespace("ml")
                                .category(Category.ACCELERATE)
                                .type("thin")
                                .masterReplicas(1))
                    .placement(PlacementMode.SHARED)
                    .dataRestoreLocation(l -> l.path("local://backup/models").nodeName("node-3"))
                    .sharedOption("io-threads", "8")
                    .sharedEncryptOption(
                        EncryptOption.fromSecret("access-key", "threefs-token", "access-key")))
        .status(
            st ->
                st.mount(mount)
                    .ufsTotal("1.20TiB")
                    .phase(DatasetPhase.BOUND)
                    .runtime(
                        DatasetRuntime.builder()
                            .name("models")
                            .namespace("ml")
                            .category(Category.ACCELERATE)
                            .type("thin")
                            .masterReplicas(1)
                            .build())
                    .condition(
                        c ->
                            c.type(DatasetConditionType.RUNTIME_SCHEDULED)
                                .status(true)
                                .reason("DatasetRuntimeScheduled")
                                .message("The runtime is scheduled.")
                                .lastUpdateTime(OffsetDateTime.parse("2024-05-01T10:00:09Z"))
                                .lastTransitionTime(OffsetDateTime.parse("2024-05-01T10:00:09Z")))
                    .condition(
                        c ->
                            c.type(DatasetConditionType.READY)
                                .status(true)
                                .reason("DatasetReady")
                                .message("The ddc runtime is ready.")
                                .lastUpdateTime(OffsetDateTime.parse("2024-05-01T10:01:30.123456Z"))
                                .lastTransitionTime(OffsetDateTime.parse("2024-05-01T12:01:30+02:00")))
                    .cacheState("cached", "0.00B")
                    .cacheState("cacheCapacity", "0.00B")
                    .cacheState("cachedPercentage", "0.0%")
                    .cacheState("cacheHitRatio", "0.0%")
                    .hcfs(h -> h.endpoint("N/A").underlayerFileSystemVersion("3fs-0.1"))
                    .fileNum("1024")
                    .dataLoadRef("ml-models-warmup")
                    .dataBackupRef("ml-models-backup")
                    .operationRef("DataLoad", "warmup-1,warmup-2")
                    .datasetRef("ml/models-view"))
        .build();
  }
}
