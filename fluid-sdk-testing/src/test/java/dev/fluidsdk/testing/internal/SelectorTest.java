package dev.fluidsdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class SelectorTest {
  static JsonObject withLabels(Map<String, String> labels) {
    JsonObject o = new JsonObject();
    JsonObject meta = new JsonObject();
    meta.addProperty("name", "n");
    meta.addProperty("namespace", "ns");
    JsonObject l = new JsonObject();
    labels.forEach(l::addProperty);
    meta.add("labels", l);
    o.add("metadata", meta);
    return o;
  }

  @Property
  void equalityMatchesExactlyWhenTheLabelHasTheValue(
      @ForAll @Size(max = 4) Map<@AlphaChars @StringLength(min = 1, max = 3) String,
          @AlphaChars @StringLength(min = 1, max = 2) String> labels,
      @ForAll @AlphaChars @StringLength(min = 1, max = 3) String key,
      @ForAll @AlphaChars @StringLength(min = 1, max = 2) String value) {
    JsonObject o = withLabels(labels);
    boolean has = value.equals(labels.get(key));
    assertThat(Selector.of(key + "=" + value, null).test(o)).isEqualTo(has);
    assertThat(Selector.of(key + "==" + value, null).test(o)).isEqualTo(has);
    assertThat(Selector.of(key + "!=" + value, null).test(o)).isEqualTo(!has);
    assertThat(Selector.of(key, null).test(o)).isEqualTo(labels.containsKey(key));
    assertThat(Selector.of("!" + key, null).test(o)).isEqualTo(!labels.containsKey(key));
    assertThat(Selector.of(key + " in (" + value + ",zz9)", null).test(o)).isEqualTo(has);
    assertThat(Selector.of(key + " notin (" + value + ")", null).test(o)).isEqualTo(!has);
  }

  @Test
  void termsAreAndedAndFieldSelectorsApply() {
    JsonObject o = withLabels(Map.of("a", "1", "b", "2"));
    assertThat(Selector.of("a=1,b in (2, 3)", "metadata.name=n").test(o)).isTrue();
    assertThat(Selector.of("a=1,b notin (2)", null).test(o)).isFalse();
    assertThat(Selector.of(null, "metadata.namespace!=ns").test(o)).isFalse();
    assertThat(Selector.of("", "").test(o)).isTrue();
  }
}
