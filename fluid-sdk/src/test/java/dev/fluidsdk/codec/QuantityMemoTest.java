package dev.fluidsdk.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.stream.JsonReader;
import dev.fluidsdk.model.ThinRuntime;
import io.kubernetes.client.custom.Quantity;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class QuantityMemoTest {

  @Test
  void readsWhatClientJavaReadsAlsoPastTheMemoLimit() throws IOException {
    QuantityMemo memo = new QuantityMemo();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 5000; i++) {
        String text = (i % 3 == 0 ? i + "m" : i % 3 == 1 ? i + "Gi" : i + "e3");
        Quantity q = memo.read(new JsonReader(new StringReader("\"" + text + "\"")));
        assertThat(q).isEqualTo(Quantity.fromString(text));
        assertThat(q.toSuffixedString()).isEqualTo(Quantity.fromString(text).toSuffixedString());
      }
    }
    assertThat(memo.read(new JsonReader(new StringReader("null")))).isNull();
  }

  @Test
  void aBadQuantityInAModelNamesItsPath() {
    String bad =
        """
        {"apiVersion":"data.fluid.io/v1alpha1","kind":"ThinRuntime","metadata":{"name":"x"},
         "spec":{"fuse":{"resources":{"limits":{"cpu":"1","memory":"12 parsecs"}}}}}
        """;
    assertThatThrownBy(() -> FluidJson.fromJson(bad, ThinRuntime.class))
        .isInstanceOf(FluidCodecException.class)
        .hasMessageStartingWith("spec.fuse.resources.limits.memory: ");
    ThinRuntime ok = FluidJson.fromJson(bad.replace("12 parsecs", "12Gi"), ThinRuntime.class);
    assertThat(ok.getSpec().getFuse().getResources().getLimits())
        .containsEntry("memory", Quantity.fromString("12Gi"))
        .containsEntry("cpu", Quantity.fromString("1"));
    assertThat(FluidJson.toJson(ok)).contains("\"limits\":{\"cpu\":\"1\",\"memory\":\"12Gi\"}");
  }
}
