package dev.fluidsdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.codec.FluidYaml;
import dev.fluidsdk.model.ThinRuntimeProfile;
import io.kubernetes.client.openapi.models.V1Volume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThinRuntimeProfileValidatorTest {

  private static List<String> problems(ThinRuntimeProfile p) {
    return p.validate().stream().map(Violation::toString).toList();
  }

  @Test
  void aMinimalProfileAndTheGoldenOneAreValid() throws Exception {
    assertThat(ThinRuntimeProfile.builder().name("3fs").fileSystemType("3fs").build().validate())
        .isEmpty();
    String golden =
        Files.readString(Path.of("src/test/resources/golden/thinruntimeprofile-full.yaml"));
    assertThat(FluidYaml.fromYaml(golden, ThinRuntimeProfile.class).validate()).isEmpty();
  }

  @Test
  void reportsEveryProblemWithItsPath() {
    ThinRuntimeProfile p =
        ThinRuntimeProfile.builder()
            .name("3fs.")
            .metadata(m -> m.setNamespace("default"))
            .spec(
                s ->
                    s.worker(w -> w.replicas(-1).env("A", "1"))
                        .fuse(f -> f.imagePullPolicy("Latest").networkMode("ContainerNetwork"))
                        .volume(new V1Volume())
                        .nodePublishSecretPolicy("MountAlways"))
            .build();

    assertThat(problems(p))
        .containsExactly(
            "metadata.name: a lowercase RFC 1123 subdomain must consist of lower case alphanumeric"
                + " characters, '-' or '.', and must start and end with an alphanumeric character,"
                + " got \"3fs.\"",
            "metadata.namespace: must be absent: ThinRuntimeProfile is cluster-scoped,"
                + " got \"default\"",
            "spec.fileSystemType: required",
            "spec.worker.replicas: must be greater than or equal to 1, got -1",
            "spec.fuse.imagePullPolicy: unsupported value \"Latest\", supported values:"
                + " \"Always\", \"IfNotPresent\", \"Never\"",
            "spec.volumes[0].name: required",
            "spec.nodePublishSecretPolicy: unsupported value \"MountAlways\", supported values:"
                + " \"NotMountNodePublishSecret\", \"MountNodePublishSecretIfExists\","
                + " \"CopyNodePublishSecretAndMountIfNotExists\"");
  }

  @Test
  void fileSystemTypeIsRequiredEvenWithoutASpec() {
    assertThat(problems(ThinRuntimeProfile.builder().name("3fs").build()))
        .containsExactly("spec.fileSystemType: required");
  }

  @Test
  void profileNamesMayStartWithADigitAndContainDots() {
    // Unlike runtimes, Fluid derives no label or Service names from a profile's name.
    assertThat(
            ThinRuntimeProfile.builder().name("3fs.v1").fileSystemType("3fs").build().validate())
        .isEmpty();
  }

  @Test
  void anEmptyNamespaceCountsAsAbsent() {
    ThinRuntimeProfile p =
        ThinRuntimeProfile.builder()
            .name("3fs")
            .fileSystemType("3fs")
            .metadata(m -> m.setNamespace(""))
            .build();
    assertThat(p.validate()).isEmpty();
  }
}
