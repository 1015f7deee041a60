package dev.fluidsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.DatasetFixtures;
import dev.fluidsdk.model.EncryptOption;
import dev.fluidsdk.model.Mount;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorRequirement;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetValidatorTest {

  private static List<String> problems(Dataset ds) {
    return ds.validate().stream().map(Violation::toString).toList();
  }

  private static Dataset.Builder minimal() {
    return Dataset.builder().name("demo").namespace("ml").mount(m -> m.name("a").mountPoint("RDMA://10.0.0.1:8000"));
  }

  @Test
  void fullAndMinimalDatasetsAreValid() {
    assertThat(problems(DatasetFixtures.full())).isEmpty();
    assertThat(problems(minimal().build())).isEmpty();
    assertThat(problems(Dataset.builder().name("no-spec").build())).isEmpty();
  }

  @Test
  void reportsEveryProblemAtOnceWithPaths() {
    Dataset ds =
        Dataset.builder()
            .name("Demo_1")
            .namespace("ML")
            .spec(
                s ->
                    s.mount(m -> m.name("data").mountPoint("nfs:"))
                        .mount(m -> m.name("data").mountPoint("RDMA://10.0.0.2:8000"))
                        .mount(
                            m ->
                                m.name("other")
                                    .encryptOption(e -> e.name("token"))
                                    .encryptOption(EncryptOption.fromSecret("", "Bad_Secret", "k")))
                        .owner(o -> o.uid(0L).user("root"))
                        .accessMode("ReadWriteMany")
                        .accessMode("ReadWriteAll")
                        .placement("Spread")
                        .runtime(r -> r.name("1st").category("Elastic").masterReplicas(-1))
                        .sharedEncryptOption(e -> e.name("key").valueFrom(v -> v.secretKeyRef(k -> k.key("k"))))
                        .dataRestoreLocation(l -> l.path("/backup")))
            .build();

    assertThat(problems(ds))
        .containsExactly(
            "metadata.name: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
                + " characters, '-' or '.', and must start and end with an alphanumeric character,"
                + " got \"Demo_1\"",
            "metadata.namespace: a lowercase RFC 1123 label must consist of lower case alphanumeric"
                + " characters or '-', and must start and end with an alphanumeric character, got"
                + " \"ML\"",
            "spec.mounts[0].mountPoint: must be at least 5 characters long, got 4",
            "spec.mounts[2].mountPoint: required",
            "spec.mounts[2].encryptOptions[0].valueFrom.secretKeyRef.name: required",
            "spec.mounts[2].encryptOptions[1].name: required",
            "spec.mounts[2].encryptOptions[1].valueFrom.secretKeyRef.name: a lowercase RFC 1123"
                + " subdomain must consist of lower case alphanumeric characters, '-' or '.', and"
                + " must start and end with an alphanumeric character, got \"Bad_Secret\"",
            "spec.mounts[1].name: must be unique, also used by spec.mounts[0]",
            "spec.owner.gid: required",
            "spec.owner.group: required",
            "spec.accessModes[1]: unsupported value \"ReadWriteAll\", supported values:"
                + " \"ReadWriteOnce\", \"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOncePod\"",
            "spec.runtimes[0].name: an RFC 1035 label must consist of lower case alphanumeric"
                + " characters or '-', start with an alphabetic character, and end with an"
                + " alphanumeric character, got \"1st\"",
            "spec.runtimes[0].category: unsupported value \"Elastic\", supported values:"
                + " \"Accelerate\"",
            "spec.runtimes[0].masterReplicas: must be greater than or equal to 0, got -1",
            "spec.placement: unsupported value \"Spread\", supported values: \"\", \"Exclusive\","
                + " \"Shared\"",
            "spec.dataRestoreLocation.path: must be local://<path> or pvc://<pvcName>/<path>, got"
                + " \"/backup\"",
            "spec.sharedEncryptOptions[0].valueFrom.secretKeyRef.name: required");
    assertThatThrownBy(ds::validateOrThrow)
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Dataset ML/Demo_1 is invalid: metadata.name: ")
        .satisfies(e -> assertThat(((ValidationException) e).violations()).hasSize(17));
  }

  @Test
  void datasetNamesFollowFluidsDns1035Rule() {
    assertThat(problems(minimal().name("20-hbase").build()))
        .containsExactly(
            "metadata.name: an RFC 1035 label must consist of lower case alphanumeric characters or"
                + " '-', start with an alphabetic character, and end with an alphanumeric"
                + " character, got \"20-hbase\"");
    assertThat(problems(minimal().name("a.b").build())).hasSize(1);
    assertThat(problems(minimal().name("a".repeat(64)).build()))
        .containsExactly("metadata.name: must be no more than 63 characters, got 64");
    assertThat(problems(minimal().name(null).build())).containsExactly("metadata.name: required");
  }

  @Test
  void apiVersionAndKindMustBeTheDatasetConstants() {
    Dataset ds =
        FluidJson.fromJson(
            "{\"apiVersion\":\"data.fluid.io/v1beta1\",\"kind\":\"Datasets\",\"metadata\":{\"name\":\"d\"}}",
            Dataset.class);
    assertThat(problems(ds))
        .containsExactly(
            "apiVersion: must be data.fluid.io/v1alpha1, got \"data.fluid.io/v1beta1\"",
            "kind: must be Dataset, got \"Datasets\"");
    Dataset noMeta = FluidJson.fromJson("{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"Dataset\"}", Dataset.class);
    assertThat(problems(noMeta)).containsExactly("metadata: required");
  }

  @Test
  void mountPathsMustBeUniqueAndDefaultToTheName() {
    Dataset ds =
        minimal()
            .mount(m -> m.name("b").mountPoint("RDMA://10.0.0.2:8000").path("/a"))
            .mount(m -> m.name("c").mountPoint("RDMA://10.0.0.3:8000").path("/x"))
            .mount(m -> m.name("x").mountPoint("RDMA://10.0.0.4:8000"))
            .build();
    assertThat(problems(ds))
        .containsExactly(
            "spec.mounts[1].path: must be unique, \"/a\" is also the path of spec.mounts[0]",
            "spec.mounts[3].path: must be unique, \"/x\" (the default, /<name>) is also the path"
                + " of spec.mounts[2]");
  }

  @Test
  void twoUnnamedMountsClash() {
    Dataset ds =
        Dataset.builder().name("d")
            .mount(m -> m.mountPoint("RDMA://10.0.0.1:8000"))
            .mount(m -> m.mountPoint("RDMA://10.0.0.2:8000"))
            .build();
    assertThat(problems(ds))
        .containsExactly("spec.mounts[1].name: must be unique, also used by spec.mounts[0] (both empty)");
  }

  /** Fluid does not require DNS labels for mount names; only uniqueness. */
  @ParameterizedTest
  @ValueSource(strings = {"Data_Set", "my.data", "UPPER"})
  void mountNamesNeedNotBeDnsLabels(String name) {
    assertThat(problems(Dataset.builder().name("d").mount(m -> m.name(name).mountPoint("RDMA://x:1")).build()))
        .isEmpty();
  }

  @Test
  void aDatasetMountMustBeTheOnlyMount() {
    Mount ref = Mount.builder().name("ref").mountPoint("dataset://ml/base").build();
    assertThat(problems(Dataset.builder().name("v").mount(ref).build())).isEmpty();
    assertThat(problems(minimal().mount(ref).build()))
        .containsExactly(
            "spec.mounts: a Dataset with a dataset:// mount (spec.mounts[1]) may have no other mounts");
    Mount ref2 = ref.toBuilder().name("ref2").mountPoint("dataset://ml/other").build();
    assertThat(problems(Dataset.builder().name("v").mount(ref).mount(ref2).build()))
        .containsExactly(
            "spec.mounts[1].mountPoint: only one dataset:// mount is allowed, spec.mounts[0] is one");
  }

  @Test
  void anExplicitlyEmptyMountListFailsMinItems() {
    Dataset empty = Dataset.builder().name("d").spec(s -> s.mounts(List.of())).build();
    assertThat(problems(empty))
        .containsExactly("spec.mounts: must have at least 1 item when set; leave it out instead");
    assertThat(problems(Dataset.builder().name("d").spec(s -> s.placement("")).build())).isEmpty();
  }

  @Test
  void tolerationsAndNodeAffinityFollowKubernetesRules() {
    Dataset ds =
        minimal()
            .spec(
                s ->
                    s.toleration(new V1Toleration().key("k").operator("Exist"))
                        .toleration(new V1Toleration().operator("Equal").value("v").effect("NoRun"))
                        .toleration(new V1Toleration().key("k").operator("Exists").value("v").tolerationSeconds(5L))
                        .nodeAffinity(
                            a ->
                                a.requiredTerm(
                                    new V1NodeSelectorTerm()
                                        .addMatchExpressionsItem(new V1NodeSelectorRequirement().key("k").operator("In"))
                                        .addMatchExpressionsItem(new V1NodeSelectorRequirement().operator("Exists").values(List.of("x")))
                                        .addMatchFieldsItem(new V1NodeSelectorRequirement().key("f").operator("Equals")))))
            .build();
    assertThat(problems(ds))
        .containsExactly(
            "spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values: must be"
                + " specified when operator is In",
            "spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[1].key: required",
            "spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[1].values: may not be"
                + " specified when operator is Exists",
            "spec.nodeAffinity.required.nodeSelectorTerms[0].matchFields[0].operator: unsupported"
                + " value \"Equals\", supported values: \"In\", \"NotIn\", \"Exists\","
                + " \"DoesNotExist\", \"Gt\", \"Lt\"",
            "spec.tolerations[0].operator: unsupported value \"Exist\", supported values:"
                + " \"Exists\", \"Equal\"",
            "spec.tolerations[1].effect: unsupported value \"NoRun\", supported values:"
                + " \"NoSchedule\", \"PreferNoSchedule\", \"NoExecute\"",
            "spec.tolerations[1].operator: must be Exists when key is empty",
            "spec.tolerations[2].value: must be empty when operator is Exists",
            "spec.tolerations[2].effect: must be NoExecute when tolerationSeconds is set");
  }

  @Test
  void nodeAffinityRequiresTerms() {
    Dataset ds = minimal().spec(s -> s.nodeAffinity(a -> a.required(new V1NodeSelector()))).build();
    assertThat(problems(ds)).containsExactly("spec.nodeAffinity.required.nodeSelectorTerms: required");
  }

  @Test
  void ownerFieldsMayBeEmptyButMustBePresent() {
    Dataset ds = minimal().spec(s -> s.owner(o -> o.uid(0L).gid(0L).user("").group(""))).build();
    assertThat(problems(ds)).isEmpty();
  }

  @Test
  void statusWrittenThroughTheSubresourceFollowsTheCrd() {
    assertThat(DatasetValidator.validateStatus(DatasetFixtures.full().getStatus())).isEmpty();
    assertThat(
            DatasetValidator.validateStatus(
                dev.fluidsdk.model.DatasetStatus.builder().conditions(List.of()).build()))
        .isEmpty();
    var status =
        dev.fluidsdk.model.DatasetStatus.builder()
            .condition(c -> c.reason("no type or status"))
            .mount(Mount.builder().mountPoint("x").build())
            .build();
    assertThat(DatasetValidator.validateStatus(status).stream().map(Violation::toString))
        .containsExactly(
            "status.conditions[0].type: required",
            "status.conditions[0].status: required",
            "status.mounts[0].mountPoint: must be at least 5 characters long, got 1");
    assertThat(
            DatasetValidator.validateStatus(
                dev.fluidsdk.model.DatasetStatus.builder().phase("Bound").build()))
        .containsExactly(new Violation("status.conditions", "required"));
  }

  @Test
  void statusIsNotValidated() {
    Dataset ds = minimal().status(st -> st.phase("Whatever").condition(c -> c.reason("no type"))).build();
    assertThat(problems(ds)).isEmpty();
  }
}
