package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.fluidsdk.codec.FluidCodecException;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.codec.FluidYaml;
import org.junit.jupiter.api.Test;

class PreservationTest {
  // Unknown properties at every level: top, metadata (a client-java type, which would reject it),
  // spec, a mount and a nested encrypt option.
  private static final String NEWER_FLUID =
      """
      {"apiVersion":"data.fluid.io/v1alpha1","kind":"Dataset",
       "metadata":{"name":"demo","namespace":"ml","futureMetaField":{"a":[1,2]},
                   "creationTimestamp":"2024-05-01T10:00:00Z",
                   "ownerReferences":[{"apiVersion":"v1","kind":"Pod","name":"p","uid":"u","newRefField":true}]},
       "spec":{"mounts":[{"mountPoint":"RDMA://10.0.0.1:8000","name":"demo","futureMountField":"x",
                          "encryptOptions":[{"name":"token","futureOpt":1,
                            "valueFrom":{"secretKeyRef":{"name":"s","key":"k","futureRef":"y"}}}]}],
               "futureSpecField":{"nested":true}},
       "status":{"phase":"SomeNewPhase","futureStatus":[]},
       "futureTopLevel":"kept"}
      """;

  @Test
  void unknownFieldsSurviveAtEveryLevel() {
    Dataset ds = FluidJson.fromJson(NEWER_FLUID, Dataset.class);

    assertThat(FluidJson.toTree(ds)).isEqualTo(JsonParser.parseString(NEWER_FLUID));
    assertThat(ds.getAdditionalProperties()).containsEntry("futureTopLevel", new JsonPrimitive("kept"));
    assertThat(ds.getSpec().getMounts().get(0).getAdditionalProperties()).containsKey("futureMountField");
    assertThat(ds.getMetadata().getOwnerReferences().get(0).getName()).isEqualTo("p");
  }

  @Test
  void unknownEnumValueIsKeptAndReportedAsUnrecognized() {
    Dataset ds = FluidJson.fromJson(NEWER_FLUID, Dataset.class);

    assertThat(ds.getStatus().getPhase()).isEqualTo(DatasetPhase.UNRECOGNIZED);
    assertThat(ds.getStatus().getPhaseValue()).isEqualTo("SomeNewPhase");
    assertThat(ds.isBound()).isFalse();
  }

  @Test
  void yamlRoundTripKeepsEverythingAndIsStable() {
    Dataset ds = FluidJson.fromJson(NEWER_FLUID, Dataset.class);
    String yaml = FluidYaml.toYaml(ds);

    Dataset again = FluidYaml.fromYaml(yaml, Dataset.class);
    assertThat(again).isEqualTo(ds);
    assertThat(FluidYaml.toYaml(again)).isEqualTo(yaml);
    assertThat(yaml).contains("creationTimestamp: '2024-05-01T10:00:00Z'");
  }

  @Test
  void toBuilderKeepsUnknownFields() {
    Dataset ds = FluidJson.fromJson(NEWER_FLUID, Dataset.class);
    Dataset changed = ds.toBuilder().label("team", "ml").build();

    assertThat(changed.getAdditionalProperties()).isEqualTo(ds.getAdditionalProperties());
    assertThat(FluidJson.toTree(changed).getAsJsonObject().getAsJsonObject("metadata").has("futureMetaField"))
        .isTrue();
    assertThat(changed).isNotEqualTo(ds);
  }

  @Test
  void unknownFieldsAreListedWithTheirPaths() {
    Dataset ds = FluidJson.fromJson(NEWER_FLUID, Dataset.class);

    assertThat(UnknownFields.of(ds))
        .containsExactlyInAnyOrder(
            "futureTopLevel",
            "metadata.futureMetaField",
            "metadata.ownerReferences[0].newRefField",
            "spec.futureSpecField",
            "spec.mounts[0].futureMountField",
            "spec.mounts[0].encryptOptions[0].futureOpt",
            "spec.mounts[0].encryptOptions[0].valueFrom.secretKeyRef.futureRef",
            "status.futureStatus");
    assertThat(UnknownFields.of(Dataset.builder().name("x").build())).isEmpty();
  }

  @Test
  void typeErrorNamesTheFieldPath() {
    String bad =
        """
        {"apiVersion":"data.fluid.io/v1alpha1","kind":"Dataset","metadata":{"name":"x"},
         "spec":{"mounts":[{"mountPoint":"abcde"},{"mountPoint":"abcde","readOnly":{"no":1}}]}}
        """;
    assertThatThrownBy(() -> FluidJson.fromJson(bad, Dataset.class))
        .isInstanceOf(FluidCodecException.class)
        .hasMessageStartingWith("spec.mounts[1].readOnly: ")
        .extracting(e -> ((FluidCodecException) e).path())
        .isEqualTo("spec.mounts[1].readOnly");
  }
}
