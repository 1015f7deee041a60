package dev.fluidsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.MediumType;
import dev.fluidsdk.model.ThinRuntime;
import io.kubernetes.client.custom.IntOrString;
import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1EnvVarSource;
import io.kubernetes.client.openapi.models.V1HTTPHeader;
import io.kubernetes.client.openapi.models.V1SecretKeySelector;
import io.kubernetes.client.openapi.models.V1HTTPGetAction;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LifecycleHandler;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThinRuntimeValidatorTest {

  private static ThinRuntime.Builder valid() {
    return ThinRuntime.builder().name("demo").namespace("ml").profileName("3fs");
  }

  private static List<String> problems(ThinRuntime rt) {
    return rt.validate().stream().map(Violation::toString).toList();
  }

  @Test
  void aMinimalRuntimeAndTheGoldenOneAreValid() throws Exception {
    assertThat(valid().build().validate()).isEmpty();
    String golden = Files.readString(Path.of("src/test/resources/golden/thinruntime-full.yaml"));
    assertThat(dev.fluidsdk.codec.FluidYaml.fromYaml(golden, ThinRuntime.class).validate()).isEmpty();
  }

  @Test
  void reportsEveryProblemWithItsPath() {
    ThinRuntime rt =
        ThinRuntime.builder()
            .name("Demo_1")
            .namespace("ML")
            .spec(
                s ->
                    s.profileName("3FS")
                        .replicas(-1)
                        .runAs(u -> u.uid(1000L).user("fluid"))
                        .worker(
                            w ->
                                w.replicas(0)
                                    .imagePullPolicy("Sometimes")
                                    .networkMode("Bridge")
                                    .port(new V1ContainerPort().containerPort(70000)))
                        .fuse(
                            f ->
                                f.imagePullPolicy("always")
                                    .cleanPolicy("OnSunday")
                                    .networkMode("Mesh")
                                    .env(new V1EnvVar().value("x"))
                                    .env(
                                        new V1EnvVar()
                                            .name("B")
                                            .valueFrom(
                                                new V1EnvVarSource()
                                                    .secretKeyRef(new V1SecretKeySelector().name("s"))))
                                    .volumeMount(new V1VolumeMount().name("cache"))
                                    .livenessProbe(
                                        new V1Probe()
                                            .httpGet(
                                                new V1HTTPGetAction()
                                                    .path("/")
                                                    .addHttpHeadersItem(new V1HTTPHeader().name("X"))))
                                    .lifecycle(
                                        new V1Lifecycle()
                                            .preStop(
                                                new V1LifecycleHandler()
                                                    .httpGet(new V1HTTPGetAction().path("/stop")))))
                        .tieredStore(
                            t ->
                                t.level(l -> l.volumeType("volumeTemplate").path(""))
                                    .level(
                                        l ->
                                            l.mediumType("NVM")
                                                .quotaList("100Gi, 50Gi")))
                        .volume(new V1Volume().name("cache"))
                        .volume(new V1Volume().name("cache"))
                        .volume(new V1Volume().name("Bad_Name"))
                        .management(m -> m.cleanCachePolicy(c -> c.gracePeriodSeconds(-5))))
            .build();

    assertThat(problems(rt))
        .containsExactly(
            "metadata.name: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
                + " characters, '-' or '.', and must start and end with an alphanumeric character,"
                + " got \"Demo_1\"",
            "metadata.namespace: a lowercase RFC 1123 label must consist of lower case alphanumeric"
                + " characters or '-', and must start and end with an alphanumeric character,"
                + " got \"ML\"",
            "spec.profileName: a lowercase RFC 1123 subdomain must consist of lower case"
                + " alphanumeric characters, '-' or '.', and must start and end with an alphanumeric"
                + " character, got \"3FS\"",
            "spec.worker.imagePullPolicy: unsupported value \"Sometimes\", supported values:"
                + " \"Always\", \"IfNotPresent\", \"Never\"",
            "spec.worker.replicas: must be greater than or equal to 1, got 0",
            "spec.worker.ports[0].containerPort: must be between 1 and 65535, inclusive, got 70000",
            "spec.worker.networkMode: unsupported value \"Bridge\", supported values:"
                + " \"HostNetwork\", \"\", \"ContainerNetwork\"",
            "spec.fuse.imagePullPolicy: unsupported value \"always\", supported values:"
                + " \"Always\", \"IfNotPresent\", \"Never\"",
            "spec.fuse.env[0].name: required",
            "spec.fuse.env[1].valueFrom.secretKeyRef.key: required",
            "spec.fuse.cleanPolicy: unsupported value \"OnSunday\", supported values: \"\","
                + " \"OnDemand\", \"OnRuntimeDeleted\", \"OnFuseChanged\"",
            "spec.fuse.networkMode: unsupported value \"Mesh\", supported values:"
                + " \"HostNetwork\", \"\", \"ContainerNetwork\"",
            "spec.fuse.livenessProbe.httpGet.port: required",
            "spec.fuse.livenessProbe.httpGet.httpHeaders[0].value: required",
            "spec.fuse.volumeMounts[0].mountPath: required",
            "spec.fuse.lifecycle.preStop.httpGet.port: required",
            "spec.tieredstore.levels[0].mediumtype: required",
            "spec.tieredstore.levels[0].volumeType: unsupported value \"volumeTemplate\","
                + " supported values: \"hostPath\", \"emptyDir\"",
            "spec.tieredstore.levels[0].path: must be at least 1 characters long, got 0",
            "spec.tieredstore.levels[1].mediumtype: unsupported value \"NVM\", supported values:"
                + " \"MEM\", \"SSD\", \"HDD\"",
            "spec.tieredstore.levels[1].quotaList: must be two or more quantities separated by"
                + " commas, such as 100Gi,50Gi, got \"100Gi, 50Gi\"",
            "spec.replicas: must be greater than or equal to 0, got -1",
            "spec.runAs.gid: required",
            "spec.runAs.group: required",
            "spec.volumes[1].name: must be unique, also used by spec.volumes[0]",
            "spec.volumes[2].name: a lowercase RFC 1123 label must consist of lower case"
                + " alphanumeric characters or '-', and must start and end with an alphanumeric"
                + " character, got \"Bad_Name\"",
            "spec.management.cleanCachePolicy.gracePeriodSeconds: must be greater than or equal"
                + " to 0, got -5");
  }

  /** Fluid's runtime controller (pkg/controllers/runtime_controller.go) wants RFC 1035 labels. */
  @ParameterizedTest
  @ValueSource(strings = {"20-hbase", "a.b"})
  void namesKubernetesAcceptsButFluidRefuses(String name) {
    assertThat(problems(valid().name(name).build()))
        .singleElement()
        .asString()
        .startsWith("metadata.name: an RFC 1035 label must consist of lower case alphanumeric")
        .endsWith("got \"" + name + "\"");
  }

  @Test
  void longNamesAreRefusedByFluidsLabelLimit() {
    String name = "a".repeat(64);
    assertThat(problems(valid().name(name).build()))
        .containsExactly("metadata.name: must be no more than 63 characters, got 64");
  }

  @Test
  void missingNameAndMetadata() {
    assertThat(problems(ThinRuntime.builder().namespace("ml").profileName("3fs").build()))
        .containsExactly("metadata.name: required");
    assertThat(problems(ThinRuntime.builder().name("").build()))
        .containsExactly("metadata.name: required");
    ThinRuntime noMeta =
        FluidJson.fromJson("{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"ThinRuntime\"}", ThinRuntime.class);
    assertThat(problems(noMeta)).containsExactly("metadata: required");
  }

  @Test
  void apiVersionAndKindMustBeFluids() {
    ThinRuntime rt =
        FluidJson.fromJson(
            "{\"apiVersion\":\"data.fluid.io/v1beta1\",\"kind\":\"AlluxioRuntime\","
                + "\"metadata\":{\"name\":\"demo\"}}",
            ThinRuntime.class);
    assertThat(problems(rt))
        .containsExactly(
            "apiVersion: must be data.fluid.io/v1alpha1, got \"data.fluid.io/v1beta1\"",
            "kind: must be ThinRuntime, got \"AlluxioRuntime\"");
  }

  @Test
  void aStatusMustCarryWhatTheCrdRequires() {
    ThinRuntime rt =
        valid()
            .status(
                s ->
                    s.valueFile("v")
                        .masterPhase("Ready")
                        .workerPhase("Ready")
                        .fusePhase("Ready")
                        .desiredWorkerNumberScheduled(1)
                        .currentWorkerNumberScheduled(1)
                        .workerNumberReady(1)
                        .desiredMasterNumberScheduled(1)
                        .currentMasterNumberScheduled(1)
                        .masterNumberReady(1)
                        .currentFuseNumberScheduled(1)
                        .desiredFuseNumberScheduled(1)
                        .condition(c -> c.reason("no type"))
                        .mount(m -> m.mountPoint("3fs")))
            .build();
    assertThat(problems(rt))
        .containsExactly(
            "status.fuseNumberReady: required",
            "status.conditions[0].type: required",
            "status.conditions[0].status: required",
            "status.mounts[0].mountPoint: must be at least 5 characters long, got 3");
  }

  @Test
  void validateOrThrowListsEveryProblem() {
    ThinRuntime rt = valid().name("20-x").spec(s -> s.replicas(-2)).build();
    assertThatThrownBy(rt::validateOrThrow)
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("ThinRuntime ml/20-x is invalid: metadata.name: an RFC 1035 label")
        .hasMessageContaining("; spec.replicas: must be greater than or equal to 0, got -2")
        .extracting(e -> ((ValidationException) e).violations().size())
        .isEqualTo(2);
    assertThat(valid().build().validateOrThrow()).isEqualTo(valid().build());
  }

  @Test
  void validTierAndProbeValuesPass() {
    ThinRuntime rt =
        valid()
            .level(l -> l.mediumType(MediumType.HDD).volumeType("hostPath").quotaList("1Ti,500Gi,2e3"))
            .fuse(
                f ->
                    f.livenessProbe(
                            new V1Probe().httpGet(new V1HTTPGetAction().port(new IntOrString(80))))
                        .networkMode("")
                        .cleanPolicy("OnFuseChanged"))
            .build();
    assertThat(rt.validate()).isEmpty();
  }
}
