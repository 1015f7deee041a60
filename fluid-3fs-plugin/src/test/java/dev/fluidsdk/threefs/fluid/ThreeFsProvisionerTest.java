package dev.fluidsdk.threefs.fluid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.client.ForbiddenException;
import dev.fluidsdk.testing.Fault;
import dev.fluidsdk.testing.Faults;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.testing.FluidFixture;
import io.kubernetes.client.openapi.ApiException;
import io.kubernetes.client.openapi.apis.CoreV1Api;
import io.kubernetes.client.openapi.models.V1Secret;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ThreeFsProvisionerTest {
  @RegisterExtension final FluidFixture fluid = FluidFixture.create();

  @Test
  void provisionsEveryObjectAndWaitsUntilBound() throws ApiException {
    FluidClient client = FluidClient.of(fluid.apiClient());
    ThreeFsObjects objects = ThreeFsObjects.of(ThreeFsObjectsTest.seed().build());
    List<ProvisionEvent> events = new ArrayList<>();

    Dataset bound = new ThreeFsProvisioner(client).provision(objects, Duration.ofSeconds(30), events::add);

    assertThat(bound.isBound()).isTrue();
    assertThat(events).extracting(ProvisionEvent::toString)
        .containsExactly(
            "applied ThinRuntimeProfile/3fs",
            "applied Secret ml/demo-3fs-3fs-token",
            "applied Dataset ml/demo-3fs",
            "applied ThinRuntime ml/demo-3fs",
            "waiting Dataset ml/demo-3fs: waiting for Bound",
            "bound Dataset ml/demo-3fs: PVC demo-3fs is ready");
    V1Secret secret = new CoreV1Api(fluid.apiClient()).readNamespacedSecret("demo-3fs-3fs-token", "ml").execute();
    assertThat(new String(secret.getData().get("token"), StandardCharsets.US_ASCII)).isEqualTo(ThreeFsObjectsTest.TOKEN);
    assertThat(new CoreV1Api(fluid.apiClient()).readNamespacedPersistentVolumeClaim("demo-3fs", "ml").execute())
        .isNotNull();
    assertThat(events.toString()).doesNotContain(ThreeFsObjectsTest.TOKEN);
  }

  @Test
  void provisioningAgainChangesNothingAndCreatesNothingTwice() {
    FluidClient client = FluidClient.of(fluid.apiClient());
    ThreeFsObjects objects = ThreeFsObjects.of(ThreeFsObjectsTest.seed().build());
    ThreeFsProvisioner p = new ThreeFsProvisioner(client);

    p.provision(objects, Duration.ofSeconds(30), e -> {});
    Dataset again = p.provision(objects, Duration.ofSeconds(30), e -> {});

    assertThat(again.isBound()).isTrue();
    assertThat(client.datasets().inNamespace("ml").list().getItems()).hasSize(1);
    assertThat(client.thinRuntimes().inNamespace("ml").list().getItems()).hasSize(1);
  }

  @Test
  void manyVolumesShareOneWatch() {
    FluidClient client = FluidClient.of(fluid.apiClient());
    List<ThreeFsObjects> volumes =
        IntStream.range(0, 12)
            .mapToObj(i -> ThreeFsObjects.of(ThreeFsObjectsTest.seed().name("vol-" + i).build()))
            .toList();
    fluid.server().stats().reset();

    List<Dataset> bound = new ThreeFsProvisioner(client).provisionAll(volumes, Duration.ofSeconds(60), e -> {});

    assertThat(bound).hasSize(12).allMatch(Dataset::isBound);
    // One list and at most one watch for all twelve (none when all were bound by the list);
    // never a request per dataset.
    assertThat(fluid.server().stats().watchConnections()).isLessThanOrEqualTo(1);
    assertThat(fluid.server().stats().requests("list", "datasets")).isEqualTo(1);
    assertThat(fluid.server().stats().requests("get", "datasets")).isZero();
    assertThat(fluid.server().stats().requests("patch", "datasets")).isEqualTo(12);
  }

  @Test
  void aRefusedVolumeFailsTheBatchWithTheServersError() {
    FluidClient client = FluidClient.of(fluid.apiClient());
    List<ThreeFsObjects> volumes =
        IntStream.range(0, 6)
            .mapToObj(i -> ThreeFsObjects.of(ThreeFsObjectsTest.seed().name("v-" + i).build()))
            .toList();
    fluid.server().faults().inject(Fault.status(403), 1, Faults.on("patch", "thinruntimes"));

    assertThatThrownBy(() -> new ThreeFsProvisioner(client, 3).provisionAll(volumes, Duration.ofSeconds(30), e -> {}))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> new ThreeFsProvisioner(client, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deprovisionRemovesRuntimeDatasetAndSecretButKeepsTheSharedProfile() {
    FluidClient client = FluidClient.of(fluid.apiClient());
    ThreeFsObjects objects = ThreeFsObjects.of(ThreeFsObjectsTest.seed().build());
    ThreeFsProvisioner p = new ThreeFsProvisioner(client);
    p.provision(objects, Duration.ofSeconds(30), e -> {});
    List<ProvisionEvent> events = new ArrayList<>();

    p.deprovision(objects, false, events::add);

    assertThat(events).extracting(ProvisionEvent::toString)
        .containsExactly(
            "deleted ThinRuntime ml/demo-3fs", "deleted Dataset ml/demo-3fs", "deleted Secret ml/demo-3fs-3fs-token");
    assertThat(client.datasets().inNamespace("ml").withName("demo-3fs").get()).isEmpty();
    assertThat(client.thinRuntimeProfiles().withName("3fs").get()).isPresent();

    events.clear();
    p.deprovision(objects, true, events::add);
    assertThat(events).extracting(ProvisionEvent::step)
        .containsExactly(ProvisionEvent.Step.ABSENT, ProvisionEvent.Step.ABSENT, ProvisionEvent.Step.ABSENT,
            ProvisionEvent.Step.DELETED);
  }
}
