package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CrdSchemaWalkerTest {
  private static final String CRD =
      """
      ---
      apiVersion: apiextensions.k8s.io/v1
      kind: CustomResourceDefinition
      metadata:
        name: widgets.example.io
      spec:
        group: example.io
        names:
          kind: Widget
          plural: widgets
        scope: Cluster
        versions:
        - name: v1beta1
          schema:
            openAPIV3Schema:
              type: object
        - name: v1alpha1
          schema:
            openAPIV3Schema:
              type: object
              properties:
                metadata:
                  type: object
                spec:
                  type: object
                  required:
                  - name
                  properties:
                    name:
                      type: string
                      minLength: 1
                    mode:
                      type: string
                      enum: [Fast, '']
                    replicas:
                      type: integer
                      format: int32
                    size:
                      anyOf:
                      - type: integer
                      - type: string
                      x-kubernetes-int-or-string: true
                    labels:
                      type: object
                      additionalProperties:
                        type: string
                    ports:
                      type: array
                      items:
                        type: object
                        properties:
                          number:
                            type: integer
                    extra:
                      x-kubernetes-preserve-unknown-fields: true
                    open:
                      type: object
                      x-kubernetes-preserve-unknown-fields: true
                    free:
                      type: object
                      additionalProperties: true
      """;

  @Test
  void readsNamesAndTheSchemaOfTheRequestedVersion() {
    CrdSchemaWalker.Crd crd = CrdSchemaWalker.read(CRD, "v1alpha1");

    assertThat(crd.kind()).isEqualTo("Widget");
    assertThat(crd.plural()).isEqualTo("widgets");
    assertThat(crd.group()).isEqualTo("example.io");
    assertThat(crd.scope()).isEqualTo("Cluster");
    assertThat(crd.schema().properties()).containsKeys("metadata", "spec");
  }

  @Test
  void turnsPropertiesItemsMapsAndIntOrStringIntoPaths() {
    Map<String, JsonType> paths = CrdSchemaWalker.read(CRD, "v1alpha1").schema().paths();

    assertThat(paths)
        .containsEntry("metadata", JsonType.OBJECT)
        .containsEntry("spec.name", JsonType.STRING)
        .containsEntry("spec.replicas", JsonType.INTEGER)
        .containsEntry("spec.size", JsonType.INT_OR_STRING)
        .containsEntry("spec.labels", JsonType.OBJECT)
        .containsEntry("spec.labels{}", JsonType.STRING)
        .containsEntry("spec.ports", JsonType.ARRAY)
        .containsEntry("spec.ports[]", JsonType.OBJECT)
        .containsEntry("spec.ports[].number", JsonType.INTEGER)
        .containsEntry("spec.extra", JsonType.ANY)
        .containsEntry("spec.open", JsonType.OBJECT)
        .containsEntry("spec.free{}", JsonType.ANY)
        .hasSize(15);
  }

  @Test
  void keepsRequiredEnumFormatAndPreserveUnknownFields() {
    SchemaNode spec = CrdSchemaWalker.read(CRD, "v1alpha1").schema().at("spec");

    assertThat(spec.required()).containsExactly("name");
    assertThat(spec.at("mode").enumValues()).containsExactly("Fast", "");
    assertThat(spec.at("replicas").format()).isEqualTo("int32");
    assertThat(spec.at("open").preserveUnknownFields()).isTrue();
    assertThat(spec.at("open").isOpaque()).isTrue();
    assertThat(spec.at("labels").isOpaque()).isFalse();
  }

  @Test
  void anotherVersionHasItsOwnSchema() {
    assertThat(CrdSchemaWalker.read(CRD, "v1beta1").schema().paths()).isEmpty();
  }

  @Test
  void aMissingVersionOrDocumentIsAnError() {
    assertThatThrownBy(() -> CrdSchemaWalker.read(CRD, "v2"))
        .isInstanceOf(SchemaException.class)
        .hasMessage("spec.versions: no version v2");
    assertThatThrownBy(() -> CrdSchemaWalker.read("kind: ConfigMap\n", "v1"))
        .isInstanceOf(SchemaException.class)
        .hasMessage("no CustomResourceDefinition in the YAML");
  }

  @Test
  void anUnknownTypeIsReportedWithItsPath() {
    String bad = CRD.replaceAll("(number:\\s+type: )integer", "$1float");

    assertThatThrownBy(() -> CrdSchemaWalker.read(bad, "v1alpha1"))
        .isInstanceOf(SchemaException.class)
        .hasMessage("spec.ports[].number: unknown schema type float");
  }
}
