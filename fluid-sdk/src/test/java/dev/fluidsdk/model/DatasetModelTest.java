package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.fluidsdk.codec.FluidJson;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1NodeSelector;
import io.kubernetes.client.openapi.models.V1NodeSelectorTerm;
import io.kubernetes.client.openapi.models.V1Toleration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetModelTest {
  // Unknown properties in a condition, a runtime, hcfs, the node affinity (Fluid type) and inside
  // its client-java node selector, a toleration, the restore location and the owner.
  private static final String NEWER =
      """
      {"apiVersion":"data.fluid.io/v1alpha1","kind":"Dataset","metadata":{"name":"d"},
       "spec":{"owner":{"uid":1,"gid":1,"user":"u","group":"g","futureOwner":"o"},
               "nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":[
                   {"key":"k","operator":"In","values":["v"],"futureReq":1}],"futureTerm":true}]},
                 "preferred":[{"weight":1}]},
               "tolerations":[{"key":"k","operator":"Exists","futureTol":"x"}],
               "runtimes":[{"name":"r","category":"Elastic","futureRuntime":2}],
               "placement":"Spread",
               "dataRestoreLocation":{"path":"local://x","futureLoc":[]}},
       "status":{"phase":"Deleting",
                 "conditions":[{"type":"Degraded","status":"True","futureCond":{"a":1},
                                "lastUpdateTime":"2024-05-01T10:00:00Z"}],
                 "hcfs":{"endpoint":"e","futureHcfs":"h"},
                 "futureStatusField":7}}
      """;

  @Test
  void unknownFieldsSurviveAtSeveralLevels() {
    Dataset ds = FluidJson.fromJson(NEWER, Dataset.class);

    assertThat(FluidJson.toTree(ds)).isEqualTo(JsonParser.parseString(NEWER));
    assertThat(ds.getSpec().getNodeAffinity().getAdditionalProperties()).containsKey("preferred");
    assertThat(ds.getStatus().getConditions().get(0).getAdditionalProperties())
        .containsKey("futureCond");
    assertThat(ds.getSpec().getRuntimes().get(0).getAdditionalProperties())
        .containsEntry("futureRuntime", new JsonPrimitive(2));
    assertThat(ds.getStatus().getHcfs().getAdditionalProperties()).containsKey("futureHcfs");
    assertThat(ds.getSpec().getOwner().getAdditionalProperties()).containsKey("futureOwner");
    assertThat(ds.getSpec().getTolerations().get(0).getKey()).isEqualTo("k");
  }

  @Test
  void unknownFieldsSurviveToBuilderChanges() {
    Dataset ds = FluidJson.fromJson(NEWER, Dataset.class);
    Dataset changed = ds.toBuilder().spec(s -> s.accessMode("ReadOnlyMany")).build();

    JsonElement tree = FluidJson.toTree(changed);
    JsonElement term =
        tree.getAsJsonObject().getAsJsonObject("spec").getAsJsonObject("nodeAffinity")
            .getAsJsonObject("required").getAsJsonArray("nodeSelectorTerms").get(0);
    assertThat(term.getAsJsonObject().get("futureTerm")).isEqualTo(new JsonPrimitive(true));
    assertThat(tree.getAsJsonObject().getAsJsonObject("status").has("futureStatusField")).isTrue();
    assertThat(changed.getSpec().getAccessModes()).containsExactly("ReadOnlyMany");
  }

  @Test
  void unknownEnumValuesReadAsUnrecognizedAndSurvive() {
    Dataset ds = FluidJson.fromJson(NEWER, Dataset.class);

    assertThat(ds.getStatus().getPhase()).isEqualTo(DatasetPhase.UNRECOGNIZED);
    assertThat(ds.getStatus().getPhaseValue()).isEqualTo("Deleting");
    assertThat(ds.getSpec().getPlacement()).isEqualTo(PlacementMode.UNRECOGNIZED);
    assertThat(ds.getSpec().getPlacementValue()).isEqualTo("Spread");
    assertThat(ds.getSpec().getRuntimes().get(0).getCategory()).isEqualTo(Category.UNRECOGNIZED);
    DatasetCondition c = ds.getStatus().getConditions().get(0);
    assertThat(c.getType()).isEqualTo(DatasetConditionType.UNRECOGNIZED);
    assertThat(c.getTypeValue()).isEqualTo("Degraded");
    assertThat(ds.getStatus().getCondition("Degraded")).contains(c);
    assertThat(ds.getStatus().getCondition(DatasetConditionType.READY)).isEmpty();
    String json = FluidJson.toJson(ds);
    assertThat(json).contains("\"placement\":\"Spread\"", "\"type\":\"Degraded\"");
  }

  @Test
  void knownEnumValuesAndTheEmptyDefault() {
    DatasetSpec spec = DatasetSpec.builder().placement("").build();
    assertThat(spec.getPlacement()).isEqualTo(PlacementMode.DEFAULT);
    assertThat(DatasetSpec.builder().build().getPlacement()).isNull();
    assertThat(DatasetSpec.builder().placement(PlacementMode.EXCLUSIVE).build().getPlacementValue())
        .isEqualTo("Exclusive");
    assertThat(FluidJson.fromJson("{\"phase\":\"\"}", DatasetStatus.class).getPhase())
        .isEqualTo(DatasetPhase.NONE);
    assertThatThrownBy(() -> DatasetSpec.builder().placement(PlacementMode.UNRECOGNIZED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getConditionAnswersTheConditionOfThatType() {
    Dataset ds = DatasetFixtures.full();

    assertThat(ds.getStatus().getCondition(DatasetConditionType.READY))
        .get()
        .satisfies(c -> assertThat(c.getReason()).isEqualTo("DatasetReady"))
        .satisfies(c -> assertThat(c.isTrue()).isTrue());
    assertThat(ds.getStatus().getCondition(DatasetConditionType.NOT_READY)).isEmpty();
    assertThat(ds.isBound()).isTrue();
  }

  @Test
  void changingABuilderAfterBuildDoesNotChangeTheBuiltObject() {
    DatasetSpec.Builder b = DatasetSpec.builder().accessMode("ReadOnlyMany").sharedOption("a", "1");
    DatasetSpec first = b.build();
    b.accessMode("ReadWriteMany").sharedOption("b", "2").placement(PlacementMode.SHARED);

    assertThat(first.getAccessModes()).containsExactly("ReadOnlyMany");
    assertThat(first.getSharedOptions()).containsOnlyKeys("a");
    assertThat(first.getPlacementValue()).isNull();
    assertThat(b.build().getAccessModes()).containsExactly("ReadOnlyMany", "ReadWriteMany");

    Dataset full = DatasetFixtures.full();
    Dataset.Builder tb = full.toBuilder();
    tb.status(s -> s.phase(DatasetPhase.FAILED).cacheState("cached", "1GiB")).name("other");
    assertThat(full).isEqualTo(DatasetFixtures.full());
    assertThat(tb.build().getStatus().getCacheStates()).containsEntry("cached", "1GiB");
  }

  @Test
  void listsAndMapsGivenToABuilderAreCopied() {
    List<String> modes = new ArrayList<>(List.of("ReadOnlyMany"));
    Map<String, String> options = new HashMap<>(Map.of("a", "1"));
    V1Toleration toleration = new V1Toleration().key("k").operator("Exists");
    V1NodeSelector selector =
        new V1NodeSelector().addNodeSelectorTermsItem(new V1NodeSelectorTerm());
    DatasetSpec spec =
        DatasetSpec.builder()
            .accessModes(modes)
            .sharedOptions(options)
            .toleration(toleration)
            .nodeAffinity(a -> a.required(selector))
            .build();
    modes.add("ReadWriteMany");
    options.put("b", "2");
    toleration.setKey("changed");
    selector.addNodeSelectorTermsItem(new V1NodeSelectorTerm());

    assertThat(spec.getAccessModes()).containsExactly("ReadOnlyMany");
    assertThat(spec.getSharedOptions()).containsOnlyKeys("a");
    assertThat(spec.getTolerations().get(0).getKey()).isEqualTo("k");
    assertThat(spec.getNodeAffinity().getRequired().getNodeSelectorTerms()).hasSize(1);
  }

  @Test
  void collectionGettersAreUnmodifiable() {
    Dataset ds = DatasetFixtures.full();
    DatasetSpec spec = ds.getSpec();
    DatasetStatus st = ds.getStatus();

    assertThatThrownBy(() -> spec.getMounts().add(Mount.builder().build()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.getAccessModes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.getTolerations().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> spec.getSharedOptions().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> st.getConditions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> st.getCacheStates().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> st.getDatasetRef().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> st.getOperationRef().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(DatasetStatus.builder().build().getConditions()).isEmpty();
  }

  @Test
  void absentFieldsAreLeftOutOfJson() {
    assertThat(FluidJson.toJson(DatasetSpec.builder().build())).isEqualTo("{}");
    assertThat(FluidJson.toJson(DatasetStatus.builder().build())).isEqualTo("{}");
    assertThat(FluidJson.toJson(CacheableNodeAffinity.builder().build())).isEqualTo("{}");
  }

  /** GenericKubernetesApi reads and writes with client-java's own gson: it must work unchanged. */
  @Test
  void clientJavaOwnGsonReadsAndWritesTheDataset() {
    Dataset full = DatasetFixtures.full();

    String json = JSON.serialize(full);
    // client-java writes its own V1ObjectMeta times with microseconds (07.000000Z); the Fluid
    // models' times keep Kubernetes' format under any Gson.
    JsonElement written = JsonParser.parseString(json);
    JsonElement expected = FluidJson.toTree(full);
    assertThat(metaTime(written)).isEqualTo(metaTime(expected));
    assertThat(withoutMetaTime(written)).isEqualTo(withoutMetaTime(expected));
    Dataset read = JSON.deserialize(json, Dataset.class);
    assertThat(read).isEqualTo(full);

    Dataset newer = JSON.deserialize(NEWER, Dataset.class);
    assertThat(JsonParser.parseString(JSON.serialize(newer)))
        .isEqualTo(JsonParser.parseString(NEWER));
    assertThat(newer.getStatus().getConditions().get(0).getLastUpdateTime())
        .isEqualTo(java.time.OffsetDateTime.parse("2024-05-01T10:00:00Z"));

    DatasetList list = JSON.deserialize(JSON.serialize(DatasetList.of(List.of(full))), DatasetList.class);
    assertThat(list.getItems()).containsExactly(full);
  }

  private static java.time.Instant metaTime(JsonElement tree) {
    String t =
        tree.getAsJsonObject().getAsJsonObject("metadata").get("creationTimestamp").getAsString();
    return java.time.OffsetDateTime.parse(t).toInstant();
  }

  private static JsonElement withoutMetaTime(JsonElement tree) {
    JsonElement copy = tree.deepCopy();
    copy.getAsJsonObject().getAsJsonObject("metadata").remove("creationTimestamp");
    return copy;
  }
}
