package dev.fluidsdk.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.ThinRuntime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Found by {@link HostileDocumentPropertyTest}: from a tree (so from YAML) gson kept the low bits
 * of an int that does not fit, where from text it refuses it; and a map value read as null was
 * dropped with its key when written back.
 */
class NumbersAndNullsTest {
  private static final String RUNTIME = "{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"ThinRuntime\","
      + "\"metadata\":{\"name\":\"r\"},\"spec\":{\"profileName\":\"p\",%s}}";

  private static ThinRuntime fromText(String spec) {
    return FluidJson.fromJson(String.format(RUNTIME, spec), ThinRuntime.class);
  }

  private static ThinRuntime fromTree(String spec) {
    return FluidJson.fromTree(JsonParser.parseString(String.format(RUNTIME, spec)), ThinRuntime.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "\"replicas\":4294967297",
      "\"replicas\":123456789012345678901234567890",
      "\"replicas\":1.5",
      "\"replicas\":\"many\"",
      "\"fuse\":{\"livenessProbe\":{\"initialDelaySeconds\":1e300}}",
      "\"worker\":{\"readinessProbe\":{\"httpGet\":{\"port\":4294967297}}}"})
  void anIntThatDoesNotFitIsRefusedFromTextAndFromATreeAlike(String spec) {
    String path = spec.startsWith("\"replicas\"") ? "spec.replicas"
        : spec.contains("initialDelaySeconds") ? "spec.fuse.livenessProbe.initialDelaySeconds"
        : "spec.worker.readinessProbe.httpGet.port";
    assertThatThrownBy(() -> fromText(spec)).isInstanceOfSatisfying(FluidCodecException.class,
        e -> assertThat(e.path()).isEqualTo(path));
    assertThatThrownBy(() -> fromTree(spec)).isInstanceOfSatisfying(FluidCodecException.class,
        e -> assertThat(e.path()).isEqualTo(path));
    assertThatThrownBy(() -> FluidYaml.fromYaml(
        "apiVersion: data.fluid.io/v1alpha1\nkind: ThinRuntime\nmetadata: {name: r}\nspec: {profileName: p, "
            + spec + "}\n", ThinRuntime.class))
        .isInstanceOfSatisfying(FluidCodecException.class, e -> assertThat(e.path()).isEqualTo(path));
  }

  @Test
  void aLongIsNeverRoundedThroughADouble() {
    String ds = "{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"ThinRuntime\",\"metadata\":{\"name\":\"r\"},"
        + "\"spec\":{\"runAs\":{\"uid\":%s}}}";
    for (String bad : new String[] {"9223372036854775808", "\"9223372036854775808\"", "12345678901234567.5"}) {
      assertThatThrownBy(() -> FluidJson.fromJson(String.format(ds, bad), ThinRuntime.class)).as(bad)
          .isInstanceOfSatisfying(FluidCodecException.class, e -> assertThat(e.path()).isEqualTo("spec.runAs.uid"));
    }
    assertThat(FluidJson.fromJson(String.format(ds, "12345678901234567.0"), ThinRuntime.class)
        .getSpec().getRunAs().getUid()).isEqualTo(12345678901234567L);
  }

  @Test
  void integralNumbersInOtherNotationsStillReadAsGsonReadsThem() {
    for (String spec : new String[] {"\"replicas\":3", "\"replicas\":3.0", "\"replicas\":3e0", "\"replicas\":\"3\""}) {
      assertThat(fromText(spec).getSpec().getReplicas()).as(spec).isEqualTo(3);
      assertThat(fromTree(spec).getSpec().getReplicas()).as(spec).isEqualTo(3);
    }
    ThinRuntime named = fromTree("\"worker\":{\"readinessProbe\":{\"httpGet\":{\"port\":\"http\"}}}");
    assertThat(named.getSpec().getWorker().getReadinessProbe().getHttpGet().getPort().getStrValue()).isEqualTo("http");
    ThinRuntime numbered = fromTree("\"worker\":{\"readinessProbe\":{\"httpGet\":{\"port\":8080}}}");
    assertThat(numbered.getSpec().getWorker().getReadinessProbe().getHttpGet().getPort().getIntValue()).isEqualTo(8080);
    assertThat(FluidJson.toJson(numbered)).contains("\"port\":8080");
  }

  @Test
  void aNullMapValueIsWrittenBackAsNullNotDropped() {
    String json = "{\"apiVersion\":\"data.fluid.io/v1alpha1\",\"kind\":\"Dataset\",\"metadata\":{\"annotations\":"
        + "{\"a\":\"1\",\"b\":null},\"name\":\"x\"},\"spec\":{\"mounts\":[{\"mountPoint\":\"RDMA://10.0.0.1:8000\","
        + "\"options\":{\"k\":null},\"name\":\"m\"}]}}";
    Dataset d = FluidJson.fromJson(json, Dataset.class);
    assertThat(FluidJson.toJson(d)).isEqualTo(json);
    assertThat(FluidJson.fromJson(FluidJson.toJson(d), Dataset.class)).isEqualTo(d);
  }
}
