package dev.fluidsdk.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuralSchemaTest {

  private static SchemaNode sample() {
    Map<String, SchemaNode> spec = new LinkedHashMap<>();
    spec.put("size", SchemaNode.leaf(JsonType.INT_OR_STRING, null));
    spec.put("mode", SchemaNode.leaf(JsonType.STRING, null).withEnumValues(List.of("", "Fast")));
    spec.put("at", SchemaNode.leaf(JsonType.STRING, "date-time"));
    spec.put("labels", SchemaNode.map(SchemaNode.leaf(JsonType.STRING, null)));
    spec.put("raw", SchemaNode.any());
    Map<String, SchemaNode> status = new LinkedHashMap<>();
    status.put("phase", SchemaNode.leaf(JsonType.STRING, null).withEnumValues(List.of("Bound")));
    Map<String, SchemaNode> root = new LinkedHashMap<>();
    root.put("status", SchemaNode.object(status));
    root.put("spec", SchemaNode.object(spec).withRequired(List.of("size", "at")));
    return SchemaNode.object(root);
  }

  @Test
  void writesAStructuralSchemaInAStableOrder() {
    JsonObject tree = StructuralSchema.toTree(sample(), "");

    assertThat(tree)
        .isEqualTo(
            JsonParser.parseString(
                """
                {"type":"object","properties":{
                  "spec":{"type":"object","properties":{
                    "at":{"type":"string","format":"date-time"},
                    "labels":{"type":"object","additionalProperties":{"type":"string"}},
                    "mode":{"type":"string","enum":["","Fast"]},
                    "raw":{"x-kubernetes-preserve-unknown-fields":true},
                    "size":{"anyOf":[{"type":"integer"},{"type":"string"}],"x-kubernetes-int-or-string":true}},
                   "required":["at","size"]},
                  "status":{"type":"object","properties":{"phase":{"type":"string"}}}}}
                """));
    assertThat(tree.toString()).startsWith("{\"type\":\"object\",\"properties\":{\"spec\"");
  }

  @Test
  void whatItWritesReadsBackAsTheSameSchema() {
    JsonObject tree = StructuralSchema.toTree(sample(), "");
    String crd =
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nspec:\n"
            + "  names: {kind: W, plural: ws}\n  versions:\n  - name: v1\n    schema:\n"
            + "      openAPIV3Schema: " + tree + "\n";

    SchemaNode back = CrdSchemaWalker.read(crd, "v1").schema();

    assertThat(back.paths()).isEqualTo(sample().paths());
    assertThat(back.at("spec").required()).containsExactly("at", "size");
    assertThat(back.at("spec.mode").enumValues()).containsExactly("", "Fast");
  }
}
