package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.codec.FluidYaml;
import org.junit.jupiter.api.Test;

/** Fields from a newer Fluid or Kubernetes survive a read and a write, at every level. */
class ThinPreservationTest {
  // Unknown properties at the top, in spec, worker, fuse, a probe's httpGet (client-java would
  // reject it), a volume and its hostPath, an env var, a tier, its emptyDir, the status, a condition.
  private static final String NEWER =
      """
      {"apiVersion":"data.fluid.io/v1alpha1","kind":"ThinRuntime",
       "metadata":{"name":"demo","namespace":"ml"},
       "spec":{"profileName":"3fs","futureSpec":{"a":1},
         "worker":{"enabled":true,"futureWorker":"w"},
         "fuse":{"image":"img","networkMode":"FutureNetwork",
           "readinessProbe":{"httpGet":{"path":"/ok","port":8080,"futureHttpGet":"kept"},
                             "futureProbeField":[1,2]},
           "env":[{"name":"A","value":"1","futureEnv":true}],
           "futureFuse":{"nested":{"deep":true}}},
         "tieredstore":{"levels":[{"mediumtype":"NVM","volumeType":"emptyDir",
           "volumeSource":{"emptyDir":{"medium":"Memory","futureEmptyDir":1},"futureSource":{}},
           "futureLevel":"l"}]},
         "volumes":[{"name":"cache","hostPath":{"path":"/mnt","futureHostPath":"h"},
                     "futureVolumeSource":{"x":1}}]},
       "status":{"fusePhase":"Degraded","futureStatus":5,
         "conditions":[{"type":"FusesUpgraded","status":"True","futureCondition":"c"}]},
       "futureTop":"kept"}
      """;

  @Test
  void unknownFieldsSurviveEverywhereIncludingInsideCoreObjects() {
    ThinRuntime rt = FluidJson.fromJson(NEWER, ThinRuntime.class);

    assertThat(FluidJson.toTree(rt)).isEqualTo(JsonParser.parseString(NEWER));
    assertThat(rt.getSpec().getFuse().getReadinessProbe().getHttpGet().getPath()).isEqualTo("/ok");
    assertThat(rt.getSpec().getVolumes().get(0).getHostPath().getPath()).isEqualTo("/mnt");
    assertThat(rt.getAdditionalProperties()).containsEntry("futureTop", new JsonPrimitive("kept"));
    assertThat(rt.getSpec().getFuse().getAdditionalProperties()).containsKey("futureFuse");
    assertThat(rt.getSpec().getTieredStore().getLevels().get(0).getVolumeSource()
            .getAdditionalProperties())
        .containsKey("futureSource");
  }

  @Test
  void unknownCoreFieldsSurviveYamlAndToBuilder() {
    ThinRuntime rt = FluidJson.fromJson(NEWER, ThinRuntime.class);
    ThinRuntime changed =
        FluidYaml.fromYaml(FluidYaml.toYaml(rt), ThinRuntime.class)
            .toBuilder()
            .label("team", "ml")
            .build();

    JsonObject fuse = spec(changed).getAsJsonObject("fuse");
    JsonObject httpGet = fuse.getAsJsonObject("readinessProbe").getAsJsonObject("httpGet");
    assertThat(httpGet.get("futureHttpGet")).isEqualTo(new JsonPrimitive("kept"));
    assertThat(fuse.getAsJsonObject("readinessProbe").has("futureProbeField")).isTrue();
    JsonObject volume = spec(changed).getAsJsonArray("volumes").get(0).getAsJsonObject();
    assertThat(volume.has("futureVolumeSource")).isTrue();
    assertThat(volume.getAsJsonObject("hostPath").get("futureHostPath"))
        .isEqualTo(new JsonPrimitive("h"));
  }

  @Test
  void editingANestedModelKeepsItsUnknownFields() {
    ThinRuntime rt = FluidJson.fromJson(NEWER, ThinRuntime.class);
    ThinRuntime changed = rt.toBuilder().fuse(f -> f.option("k", "v")).build();

    JsonObject fuse = spec(changed).getAsJsonObject("fuse");
    assertThat(fuse.getAsJsonObject("options").get("k")).isEqualTo(new JsonPrimitive("v"));
    assertThat(fuse.has("futureFuse")).isTrue();
    assertThat(fuse.getAsJsonObject("readinessProbe").getAsJsonObject("httpGet")
            .has("futureHttpGet"))
        .isTrue();
  }

  @Test
  void unknownEnumValuesAreKeptAndReportedAsUnrecognized() {
    ThinRuntime rt = FluidJson.fromJson(NEWER, ThinRuntime.class);

    assertThat(rt.getSpec().getFuse().getNetworkMode()).isEqualTo(NetworkMode.UNRECOGNIZED);
    assertThat(rt.getSpec().getFuse().getNetworkModeValue()).isEqualTo("FutureNetwork");
    Level level = rt.getSpec().getTieredStore().getLevels().get(0);
    assertThat(level.getMediumType()).isEqualTo(MediumType.UNRECOGNIZED);
    assertThat(level.getMediumTypeValue()).isEqualTo("NVM");
    assertThat(level.getVolumeType()).isEqualTo(VolumeType.EMPTY_DIR);
    assertThat(rt.getStatus().getFusePhase()).isEqualTo(RuntimePhase.UNRECOGNIZED);
    assertThat(rt.getStatus().getConditions().get(0).getType())
        .isEqualTo(RuntimeConditionType.UNRECOGNIZED);
    assertThat(rt.getStatus().getConditions().get(0).getTypeValue()).isEqualTo("FusesUpgraded");
    assertThat(rt.getStatus().getMasterPhase()).isNull();
  }

  @Test
  void unknownProfileStatusFieldsSurvive() {
    String json =
        """
        {"apiVersion":"data.fluid.io/v1alpha1","kind":"ThinRuntimeProfile",
         "metadata":{"name":"3fs"},"spec":{"fileSystemType":"3fs","nodePublishSecretPolicy":"Later"},
         "status":{"observedGeneration":3}}
        """;
    ThinRuntimeProfile p = FluidJson.fromJson(json, ThinRuntimeProfile.class);

    assertThat(FluidJson.toTree(p)).isEqualTo(JsonParser.parseString(json));
    assertThat(p.getSpec().getNodePublishSecretPolicy())
        .isEqualTo(NodePublishSecretPolicy.UNRECOGNIZED);
    assertThat(p.getStatus().getAdditionalProperties()).containsKey("observedGeneration");
  }

  private static JsonObject spec(ThinRuntime rt) {
    JsonElement tree = FluidJson.toTree(rt);
    return tree.getAsJsonObject().getAsJsonObject("spec");
  }
}
