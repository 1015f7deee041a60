package dev.fluidsdk.threefs.fluid;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.client.FluidClient;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.testing.FluidFixture;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fluid takes its time to bind, so the wait has to watch: one watch for every volume. */
class SlowBinderProvisionTest {
  @RegisterExtension
  final FluidFixture fluid = FluidFixture.builder().bindDelay(Duration.ofMillis(1500)).build();

  @Test
  void manyVolumesWaitOnExactlyOneWatch() {
    FluidClient client = FluidClient.of(fluid.apiClient());
    List<ThreeFsObjects> volumes =
        IntStream.range(0, 8)
            .mapToObj(i -> ThreeFsObjects.of(ThreeFsObjectsTest.seed().name("slow-" + i).build()))
            .toList();
    fluid.server().stats().reset();

    List<Dataset> bound = new ThreeFsProvisioner(client).provisionAll(volumes, Duration.ofSeconds(60), e -> {});

    assertThat(bound).hasSize(8).allMatch(Dataset::isBound);
    assertThat(fluid.server().stats().watchConnections()).isEqualTo(1);
    assertThat(fluid.server().stats().requests("get", "datasets")).isZero();
  }
}
