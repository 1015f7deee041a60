package dev.fluidsdk.model;

import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EmptyDirVolumeSource;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1ExecAction;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1HostPathVolumeSource;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1ObjectFieldSelector;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1SecretVolumeSource;
import io.kubernetes.client.openapi.models.V1TCPSocketAction;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Realistic objects with every Fluid field set, for golden and round-trip tests. */
final class ThinFixtures {
  static final OffsetDateTime T0 = OffsetDateTime.of(2024, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);

  private ThinFixtures() {}

  static V1ResourceRequirements resources(String cpu, String memory) {
    return new V1ResourceRequirements()
        .requests(Map.of("cpu", Quantity.fromString(cpu)))
        .limits(Map.of("memory", Quantity.fromString(memory)));
  }

  static V1Probe execProbe(String... command) {
    return new V1Probe()
        .exec(new V1ExecAction().command(List.of(command)))
        .initialDelaySeconds(5)
        .periodSeconds(10)
        .failureThreshold(3);
  }

  static ThinCompTemplateSpec worker() {
    return ThinCompTemplateSpec.builder()
        .image("registry.example.com/3fs/worker")
        .imageTag("v1.2.0")
        .imagePullPolicy("IfNotPresent")
        .imagePullSecret("worker-pull")
        .replicas(2)
        .port(new V1ContainerPort().name("rpc").containerPort(8000).protocol("TCP"))
        .resources(resources("500m", "1Gi"))
        .env("LOG_LEVEL", "info")
        .enabled(true)
        .nodeSelector("node-role/storage", "true")
        .volumeMount("cache", "/var/cache/worker")
        .livenessProbe(
            new V1Probe().tcpSocket(new V1TCPSocketAction().port(new IntOrString(8000))))
        .readinessProbe(
            new V1Probe()
                .httpGet(new V1HTTPGetAction().path("/healthz").port(new IntOrString("rpc"))))
        .networkMode(NetworkMode.CONTAINER_NETWORK)
        .build();
  }

  static ThinFuseSpec fuse() {
    return ThinFuseSpec.builder()
        .image("registry.example.com/3fs/fuse")
        .imageTag("v1.2.0")
        .imagePullPolicy("Always")
        .imagePullSecret("fuse-pull")
        .port(new V1ContainerPort().name("metrics").containerPort(9100))
        .env("FUSE_THREADS", "8")
        .env(
            new V1EnvVar()
                .name("NODE_NAME")
                .valueFrom(
                    new V1EnvVarSource()
                        .fieldRef(new V1ObjectFieldSelector().fieldPath("spec.nodeName"))))
        .command("/usr/local/bin/fluid-3fs-fuse")
        .arg("--config")
        .arg("/etc/fluid/config.json")
        .option("attr_timeout", "30")
        .option("entry_timeout", "30")
        .resources(resources("1", "4Gi"))
        .nodeSelector("fluid.io/fuse", "true")
        .cleanPolicy(FuseCleanPolicy.ON_RUNTIME_DELETED)
        .networkMode(NetworkMode.HOST_NETWORK)
        .livenessProbe(execProbe("/bin/sh", "-c", "mountpoint -q /runtime-mnt/thin"))
        .readinessProbe(execProbe("test", "-d", "/runtime-mnt/thin"))
        .volumeMount(new V1VolumeMount().name("3fs-config").mountPath("/etc/3fs").readOnly(true))
        .lifecycle(
            new V1Lifecycle()
                .postStart(
                    new V1LifecycleHandler()
                        .exec(new V1ExecAction().command(List.of("/bin/sh", "-c", "echo up"))))
                .preStop(
                    new V1LifecycleHandler()
                        .exec(
                            new V1ExecAction()
                                .command(List.of("umount", "-l", "/runtime-mnt/thin")))))
        .podMetadata(p -> p.label("app", "3fs-fuse").annotation("prometheus.io/scrape", "true"))
        .build();
  }

  static List<V1Volume> volumes() {
    return List.of(
        new V1Volume().name("3fs-config").secret(new V1SecretVolumeSource().secretName("3fs-conf")),
        new V1Volume()
            .name("cache")
            .hostPath(new V1HostPathVolumeSource().path("/mnt/cache").type("DirectoryOrCreate")));
  }

  static ThinRuntime fullThinRuntime() {
    return ThinRuntime.builder()
        .name("demo")
        .namespace("ml")
        .label("team", "ml-infra")
        .annotation("fluid.io/owner", "platform")
        .spec(
            s ->
                s.profileName("3fs")
                    .worker(worker())
                    .fuse(fuse())
                    .tieredStore(
                        t ->
                            t.level(
                                    l ->
                                        l.mediumType(MediumType.MEM)
                                            .volumeType(VolumeType.EMPTY_DIR)
                                            .volumeSource(
                                                v ->
                                                    v.emptyDir(
                                                        new V1EmptyDirVolumeSource()
                                                            .medium("Memory")
                                                            .sizeLimit(Quantity.fromString("2Gi"))))
                                            .path("/dev/shm")
                                            .quota(Quantity.fromString("2Gi"))
                                            .high("0.95")
                                            .low("0.7"))
                                .level(
                                    l ->
                                        l.mediumType(MediumType.SSD)
                                            .volumeType(VolumeType.HOST_PATH)
                                            .path("/mnt/cache1,/mnt/cache2")
                                            .quotaList("100Gi,50Gi")
                                            .high("0.9")
                                            .low("0.6")))
                    .replicas(2)
                    .runAs(u -> u.uid(1000L).gid(1000L).user("fluid").group("fluid"))
                    .disablePrometheus(false)
                    .volumes(volumes())
                    .management(
                        m ->
                            m.cleanCachePolicy(c -> c.gracePeriodSeconds(60).maxRetryAttempts(3))
                                .metadataSyncPolicy(p -> p.autoSync(false)))
                    .imagePullSecret("runtime-pull"))
        .status(ThinFixtures::fullStatus)
        .build();
  }

  static void fullStatus(RuntimeStatus.Builder s) {
    s.valueFile("demo-thin-values")
        .masterPhase(RuntimePhase.READY)
        .masterReason("Master is ready")
        .workerPhase(RuntimePhase.PARTIAL_READY)
        .workerReason("Workers are initialized")
        .desiredWorkerNumberScheduled(2)
        .currentWorkerNumberScheduled(2)
        .workerNumberReady(1)
        .workerNumberAvailable(1)
        .workerNumberUnavailable(1)
        .desiredMasterNumberScheduled(1)
        .currentMasterNumberScheduled(1)
        .masterNumberReady(1)
        .fusePhase(RuntimePhase.READY)
        .fuseReason("Fuses are ready")
        .currentFuseNumberScheduled(3)
        .desiredFuseNumberScheduled(3)
        .fuseNumberReady(3)
        .fuseNumberUnavailable(0)
        .fuseNumberAvailable(3)
        .setupDuration("1m12s")
        .condition(
            c ->
                c.type(RuntimeConditionType.MASTER_READY)
                    .status("True")
                    .reason("Master is ready")
                    .message("The master is ready.")
                    .lastProbeTime(T0)
                    .lastTransitionTime(T0))
        .condition(
            c ->
                c.type(RuntimeConditionType.FUSES_READY)
                    .status("True")
                    .reason("Fuses are ready")
                    .message("The fuses are ready.")
                    .lastProbeTime(T0.plusSeconds(30))
                    .lastTransitionTime(T0.plusSeconds(30).plusNanos(123_456_000)))
        .cacheState("cached", "0.00B")
        .cacheState("cacheCapacity", "2.00GiB")
        .cacheState("cachedPercentage", "0.0%")
        .selector("app=thin,role=thin-worker,fluid.io/dataset-id=ml-demo")
        .apiGateway(a -> a.endpoint("demo-master-0.ml:8080"))
        .mountTime(T0.plusMinutes(1))
        .mount(
            m ->
                m.name("demo")
                    .mountPoint("3fs://cluster-a/datasets/demo")
                    .path("/")
                    .readOnly(true)
                    .shared(false)
                    .option("token-file", "/etc/3fs/token")
                    .encryptOption(EncryptOption.fromSecret("token", "3fs-token", "token")))
        .cacheAffinity(
            new V1NodeAffinity()
                .requiredDuringSchedulingIgnoredDuringExecution(
                    new V1NodeSelector()
                        .addNodeSelectorTermsItem(
                            new V1NodeSelectorTerm()
                                .addMatchExpressionsItem(
                                    new V1NodeSelectorRequirement()
                                        .key("fluid.io/s-ml-demo")
                                        .operator("In")
                                        .values(List.of("true"))))));
  }

  static ThinRuntimeProfile fullThinRuntimeProfile() {
    return ThinRuntimeProfile.builder()
        .name("3fs")
        .label("fluid.io/filesystem", "3fs")
        .spec(
            s ->
                s.fileSystemType("3fs")
                    .imagePullSecret("profile-pull")
                    .worker(worker().toBuilder().enabled(false).build())
                    .fuse(fuse())
                    .volumes(volumes())
                    .nodePublishSecretPolicy(
                        NodePublishSecretPolicy.MOUNT_NODE_PUBLISH_SECRET_IF_EXISTS))
        .status(ThinRuntimeProfileStatus.builder().build())
        .build();
  }
}
