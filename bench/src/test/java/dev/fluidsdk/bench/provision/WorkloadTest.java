package dev.fluidsdk.bench.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.model.Dataset;
import org.junit.jupiter.api.Test;

class WorkloadTest {
  private final Workload w = new Workload("bench", 3);

  @Test
  void namesAreZeroPaddedAndInOrder() {
    assertThat(w.names()).containsExactly("vol-0000", "vol-0001", "vol-0002");
  }

  @Test
  void objectsAreValidAndLinked() {
    Dataset d = w.dataset(1);
    assertThat(d.validate()).isEmpty();
    assertThat(w.runtime(1).validate()).isEmpty();
    assertThat(w.profile().validate()).isEmpty();
    assertThat(d.getSpec().getMounts().get(0).getEncryptOptions().get(0).getValueFrom().getSecretKeyRef().getName())
        .isEqualTo(w.secret(1).getMetadata().getName());
    assertThat(w.runtime(1).getSpec().getProfileName()).isEqualTo(w.profile().getMetadata().getName());
    assertThat(w.secret(1).getMetadata().getNamespace()).isEqualTo("bench");
  }

  @Test
  void anEmptyWorkloadIsRejected() {
    assertThatThrownBy(() -> new Workload("bench", 0)).hasMessage("count must be at least 1, got 0");
  }
}
