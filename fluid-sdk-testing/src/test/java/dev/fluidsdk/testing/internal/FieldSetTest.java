package dev.fluidsdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldSetTest {
  @Test
  void leavesSkipIdentityAndRoundTripThroughFieldsV1() {
    JsonObject applied = Json.parseObject("{\"apiVersion\":\"v1\",\"kind\":\"X\",\"metadata\":{\"name\":\"n\","
        + "\"labels\":{\"fluid.io/x\":\"1\"}},\"spec\":{\"a\":{\"b\":1},\"list\":[1,2]},\"status\":{\"p\":1}}");
    Set<List<String>> leaves = FieldSet.leaves(applied, false);
    assertThat(leaves).containsExactlyInAnyOrder(List.of("metadata", "labels", "fluid.io/x"),
        List.of("spec", "a", "b"), List.of("spec", "list"));
    JsonObject encoded = FieldSet.encode(leaves);
    assertThat(encoded.toString()).contains("\"f:spec\":{\"f:a\":{\"f:b\":{}},\"f:list\":{}}");
    assertThat(FieldSet.decode(encoded)).isEqualTo(leaves);
    assertThat(FieldSet.leaves(applied, true)).contains(List.of("status", "p"));
  }

  @Test
  void overlapAndRemove() {
    assertThat(FieldSet.overlaps(List.of("spec"), List.of("spec", "a"))).isTrue();
    assertThat(FieldSet.overlaps(List.of("spec", "b"), List.of("spec", "a"))).isFalse();
    JsonObject o = Json.parseObject("{\"spec\":{\"a\":{\"b\":1},\"c\":2}}");
    FieldSet.remove(o, List.of("spec", "a", "b"));
    assertThat(o.toString()).isEqualTo("{\"spec\":{\"c\":2}}");
    assertThat(FieldSet.display(List.of("spec", "c"))).isEqualTo(".spec.c");
  }
}
