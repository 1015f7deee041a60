package dev.fluidsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import dev.fluidsdk.codec.FluidJson;
import dev.fluidsdk.codec.FluidYaml;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1EnvVar;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThinModelTest {

  @Test
  void thinRuntimeBuilderConveniencesFillTheSpec() {
    ThinRuntime rt =
        ThinRuntime.builder()
            .name("demo")
            .namespace("ml")
            .profileName("3fs")
            .fuse(f -> f.option("k", "v"))
            .fuse(f -> f.env("A", "1"))
            .level(l -> l.mediumType(MediumType.SSD).path("/mnt/ssd"))
            .build();

    assertThat(rt.getApiVersion()).isEqualTo("data.fluid.io/v1alpha1");
    assertThat(rt.getKind()).isEqualTo("ThinRuntime");
    assertThat(rt.getMetadata().getNamespace()).isEqualTo("ml");
    assertThat(rt.getSpec().getProfileName()).isEqualTo("3fs");
    assertThat(rt.getSpec().getFuse().getOptions()).containsExactly(Map.entry("k", "v"));
    assertThat(rt.getSpec().getFuse().getEnv()).extracting(V1EnvVar::getName).containsExactly("A");
    assertThat(rt.getSpec().getTieredStore().getLevels()).singleElement()
        .extracting(Level::getMediumTypeValue).isEqualTo("SSD");
    assertThat(FluidJson.toJson(rt))
        .isEqualTo("{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"ThinRuntime\","
            + "\"metadata\":{\"name\":\"demo\",\"namespace\":\"ml\"},\"spec\":{\"profileName\":\"3fs\","
            + "\"fuse\":{\"env\":[{\"name\":\"A\",\"value\":\"1\"}],\"options\":{\"k\":\"v\"}},"
            + "\"tieredstore\":{\"levels\":[{\"mediumtype\":\"SSD\",\"path\":\"/mnt/ssd\"}]}}}");
  }

  @Test
  void profileBuilderAndFuseCollections() {
    ThinRuntimeProfile p =
        ThinRuntimeProfile.builder()
            .name("3fs")
            .fileSystemType("3fs")
            .fuse(
                f ->
                    f.image("img")
                        .imageTag("v1")
                        .command(List.of("/entrypoint", "--mount"))
                        .args(List.of("-f"))
                        .arg("-d")
                        .volumeMount("conf", "/etc/3fs")
                        .nodeSelector("a", "b")
                        .port(new io.kubernetes.client.openapi.models.V1ContainerPort().containerPort(1)))
            .build();

    ThinFuseSpec fuse = p.getSpec().getFuse();
    assertThat(p.getSpec().getFileSystemType()).isEqualTo("3fs");
    assertThat(fuse.getImage()).isEqualTo("img");
    assertThat(fuse.getImageTag()).isEqualTo("v1");
    assertThat(fuse.getCommand()).containsExactly("/entrypoint", "--mount");
    assertThat(fuse.getArgs()).containsExactly("-f", "-d");
    assertThat(fuse.getVolumeMounts().get(0).getMountPath()).isEqualTo("/etc/3fs");
    assertThat(fuse.getNodeSelector()).containsEntry("a", "b");
    assertThat(fuse.getPorts()).hasSize(1);
    assertThat(p.getMetadata().getNamespace()).isNull();
  }

  @Test
  void profileIsClusterScoped() {
    assertThat(FluidKind.THIN_RUNTIME_PROFILE.namespaced()).isFalse();
    assertThat(FluidKind.THIN_RUNTIME.namespaced()).isTrue();
    assertThat(FluidKind.THIN_RUNTIME_PROFILE.plural()).isEqualTo("thinruntimeprofiles");
    assertThat(FluidKind.all()).contains(FluidKind.THIN_RUNTIME, FluidKind.THIN_RUNTIME_PROFILE);
    assertThat(Arrays.stream(ThinRuntimeProfile.Builder.class.getMethods()).map(Method::getName))
        .doesNotContain("namespace");
    assertThat(Arrays.stream(ThinRuntime.Builder.class.getMethods()).map(Method::getName))
        .contains("namespace");
    assertThat(FluidYaml.toYaml(ThinFixtures.fullThinRuntimeProfile())).doesNotContain("namespace");
  }

  @Test
  void codecFindsBothKindsAndTheirLists() {
    String yaml =
        FluidYaml.toYaml(
            List.of(ThinFixtures.fullThinRuntimeProfile(), ThinFixtures.fullThinRuntime()));

    assertThat(FluidYaml.readAll(yaml))
        .containsExactly(ThinFixtures.fullThinRuntimeProfile(), ThinFixtures.fullThinRuntime());
    assertThat(FluidKind.modelClass("data.fluid.io/v1alpha1", "ThinRuntimeList"))
        .contains(ThinRuntimeList.class);
    assertThat(FluidKind.modelClass("data.fluid.io/v1alpha1", "ThinRuntimeProfile"))
        .contains(ThinRuntimeProfile.class);

    String list = FluidJson.toJson(ThinRuntimeList.of(List.of(ThinFixtures.fullThinRuntime())));
    ThinRuntimeList read = (ThinRuntimeList) FluidJson.read(list);
    assertThat(read.getKind()).isEqualTo("ThinRuntimeList");
    assertThat(read.getItems()).containsExactly(ThinFixtures.fullThinRuntime());
    ThinRuntimeProfileList profiles =
        FluidJson.fromJson(
            FluidJson.toJson(ThinRuntimeProfileList.of(List.of(ThinFixtures.fullThinRuntimeProfile()))),
            ThinRuntimeProfileList.class);
    assertThat(profiles.getItems()).containsExactly(ThinFixtures.fullThinRuntimeProfile());
  }

  @Test
  void builtObjectsDoNotChangeWhenTheirBuilderOrInputsDo() {
    List<String> command = new ArrayList<>(List.of("/a"));
    Map<String, String> options = new HashMap<>(Map.of("k", "v"));
    ThinFuseSpec.Builder b = ThinFuseSpec.builder().command(command).options(options);
    ThinFuseSpec first = b.build();

    command.add("/b");
    options.put("x", "y");
    b.arg("--more").option("z", "w").image("other");

    assertThat(first.getCommand()).containsExactly("/a");
    assertThat(first.getOptions()).containsExactly(Map.entry("k", "v"));
    assertThat(first.getArgs()).isEmpty();
    assertThat(first.getImage()).isNull();
    assertThatThrownBy(() -> first.getCommand().add("/c"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> first.getOptions().put("a", "b"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderLeavesTheOriginalUnchanged() {
    ThinRuntime original = ThinFixtures.fullThinRuntime();
    String before = FluidJson.toJson(original);

    ThinRuntime changed =
        original.toBuilder()
            .name("other")
            .fuse(f -> f.option("new", "1").cleanPolicy(FuseCleanPolicy.ON_DEMAND))
            .status(s -> s.condition(c -> c.type(RuntimeConditionType.WORKERS_READY).status("False")))
            .build();

    assertThat(FluidJson.toJson(original)).isEqualTo(before);
    assertThat(changed.getMetadata().getName()).isEqualTo("other");
    assertThat(changed.getSpec().getFuse().getCleanPolicy()).isEqualTo(FuseCleanPolicy.ON_DEMAND);
    assertThat(changed.getStatus().getConditions()).hasSize(3);
    assertThat(original.getStatus().getConditions()).hasSize(2);
    assertThat(changed.getSpec().getWorker()).isEqualTo(original.getSpec().getWorker());
  }

  @Test
  void unrecognizedCannotBeSetButRawStringsCan() {
    assertThatThrownBy(() -> ThinFuseSpec.builder().networkMode(NetworkMode.UNRECOGNIZED))
        .isInstanceOf(IllegalArgumentException.class);
    ThinFuseSpec f = ThinFuseSpec.builder().networkMode("Mesh").build();
    assertThat(f.getNetworkMode()).isEqualTo(NetworkMode.UNRECOGNIZED);
    assertThat(ThinFuseSpec.builder().networkMode(NetworkMode.DEFAULT).build().getNetworkModeValue())
        .isEmpty();
  }

  @Test
  void smallHelpersFollowFluidsDefaults() {
    assertThat(MetadataSyncPolicy.builder().build().isAutoSyncEnabled()).isTrue();
    assertThat(MetadataSyncPolicy.builder().autoSync(false).build().isAutoSyncEnabled()).isFalse();
    assertThat(RuntimeCondition.builder().status("True").build().isTrue()).isTrue();
    assertThat(RuntimeCondition.builder().status("Unknown").build().isTrue()).isFalse();
  }

  /** client-java's own gson, unchanged, reads and writes the models through their adapters. */
  @Test
  void worksWithClientJavasGsonUnchanged() {
    Gson clientJava = JSON.getGson();
    ThinRuntime rt = ThinFixtures.fullThinRuntime();

    String written = clientJava.toJson(rt);
    ThinRuntime read = clientJava.fromJson(written, ThinRuntime.class);
    ThinRuntimeProfile profile =
        clientJava.fromJson(
            clientJava.toJson(ThinFixtures.fullThinRuntimeProfile()), ThinRuntimeProfile.class);

    assertThat(read).isEqualTo(rt);
    assertThat(profile).isEqualTo(ThinFixtures.fullThinRuntimeProfile());
    assertThat(clientJava.fromJson(FluidJson.toJson(rt), ThinRuntime.class)).isEqualTo(rt);
    JsonObject tree = clientJava.toJsonTree(rt).getAsJsonObject();
    assertThat(tree.getAsJsonObject("spec").getAsJsonObject("tieredstore")).isNotNull();
    assertThat(tree.getAsJsonObject("status").has("mountTime")).isTrue();
  }
}
