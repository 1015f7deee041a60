package dev.fluidsdk.schema;

import java.util.Map;

/** Finds the model class of a CRD's kind and compares the two; a kind not modelled yet is 0 %. */
final class KindComparisons {
  private KindComparisons() {}

  static SchemaComparison compare(CrdSchemaWalker.Crd crd) {
    SchemaNode model;
    try {
      model = ModelSchemaWalker.walk(Class.forName("dev.fluidsdk.model." + crd.kind()));
    } catch (ClassNotFoundException e) {
      System.out.println("NOTE: no model class dev.fluidsdk.model." + crd.kind() + " yet");
      model = SchemaNode.object(Map.of());
    }
    return SchemaComparison.compare(crd.kind(), crd.schema(), model);
  }
}
