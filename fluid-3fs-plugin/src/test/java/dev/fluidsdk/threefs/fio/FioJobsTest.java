package dev.fluidsdk.threefs.fio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Job;
import org.junit.jupiter.api.Test;

class FioJobsTest {

  @Test
  void seedParametersAreTheSeedsCommandLine() {
    assertThat(FioParameters.seed("read").arguments("/data"))
        .containsExactly(
            "fio", "--name=seed-read", "--directory=/data", "--numjobs=128", "--fallocate=none",
            "--iodepth=2", "--ioengine=libaio", "--direct=1", "--rw=read", "--bs=4M",
            "--group_reporting", "--size=100M", "--time_based", "--runtime=30",
            "--output-format=json");
  }

  @Test
  void jobMountsTheDatasetsPvcAndRunsFioWithoutAShell() {
    V1Job job = FioJobs.job("ml", "demo-3fs", "example.com/fio:3.33", FioParameters.seed("write"));

    assertThat(job.getMetadata().getName()).isEqualTo("fio-demo-3fs-write");
    assertThat(job.getMetadata().getNamespace()).isEqualTo("ml");
    assertThat(job.getSpec().getBackoffLimit()).isZero();
    assertThat(job.getSpec().getTemplate().getSpec().getRestartPolicy()).isEqualTo("Never");
    assertThat(job.getSpec().getTemplate().getSpec().getVolumes().get(0).getPersistentVolumeClaim().getClaimName())
        .isEqualTo("demo-3fs");
    V1Container c = job.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertThat(c.getCommand()).startsWith("fio").contains("--rw=write", "--directory=/data");
    assertThat(c.getArgs()).isEmpty();
    assertThat(c.getVolumeMounts().get(0).getMountPath()).isEqualTo("/data");
  }

  @Test
  void seedJobsAreOneReadAndOneWrite() {
    assertThat(FioJobs.seedJobs("ml", "demo", "img").stream().map(j -> j.getMetadata().getName()))
        .containsExactly("fio-demo-read", "fio-demo-write");
  }

  @Test
  void valuesThatWouldChangeFiosArgumentsAreRejected() {
    assertThatThrownBy(() -> new FioParameters("x", "read --filename=/etc/passwd", 1, 1, "4M", "1M", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rw must be");
    assertThatThrownBy(() -> FioParameters.seed("read").arguments("/data,/etc"))
        .hasMessageContaining("directory must be");
  }
}
