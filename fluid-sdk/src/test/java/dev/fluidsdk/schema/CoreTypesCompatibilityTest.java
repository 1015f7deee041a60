package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubernetes.client.openapi.models.V1ContainerPort;
import io.kubernetes.client.openapi.models.V1EnvVar;
import io.kubernetes.client.openapi.models.V1Lifecycle;
import io.kubernetes.client.openapi.models.V1LocalObjectReference;
import io.kubernetes.client.openapi.models.V1NodeAffinity;
import io.kubernetes.client.openapi.models.V1Probe;
import io.kubernetes.client.openapi.models.V1ResourceRequirements;
import io.kubernetes.client.openapi.models.V1Volume;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client-java classes our models embed cover the Kubernetes types in Fluid's ThinRuntime CRD:
 * independent of the Fluid models, so a gap in client-java shows up as such.
 */
class CoreTypesCompatibilityTest {

  static Stream<Arguments> embedded() {
    return Stream.of(
        Arguments.of("spec.fuse.env[]", V1EnvVar.class),
        Arguments.of("spec.fuse.livenessProbe", V1Probe.class),
        Arguments.of("spec.fuse.lifecycle", V1Lifecycle.class),
        Arguments.of("spec.fuse.resources", V1ResourceRequirements.class),
        Arguments.of("spec.fuse.ports[]", V1ContainerPort.class),
        Arguments.of("spec.fuse.volumeMounts[]", V1VolumeMount.class),
        Arguments.of("spec.imagePullSecrets[]", V1LocalObjectReference.class),
        Arguments.of("spec.volumes[]", V1Volume.class),
        // client-java has no VolumeSource class: V1Volume is its closest type (plus "name").
        Arguments.of("spec.tieredstore.levels[].volumeSource", V1Volume.class),
        Arguments.of("status.cacheAffinity", V1NodeAffinity.class));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("embedded")
  void clientJavaTypeCoversTheSchema(String path, Class<?> type) {
    SchemaNode fluid =
        CrdSchemaWalker.read(CrdCompatibilityTest.referenceCrd("thinruntimes"), "v1alpha1")
            .schema()
            .at(path);
    assertThat(fluid).as("Fluid's ThinRuntime schema has %s", path).isNotNull();

    SchemaComparison c =
        SchemaComparison.compare(type.getSimpleName(), fluid, ModelSchemaWalker.walk(type));

    System.out.print("[" + path + "] " + c.report());
    assertThat(c.fullyTyped()).withFailMessage(c.report()).isTrue();
  }
}
