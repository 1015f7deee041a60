package dev.fluidsdk.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void yamlParsingRecoversAfterABadDocumentOnTheSameThread() {
    // the parser is reused per thread: a failed document must not leave state behind
    assertThatThrownBy(() -> Json.parseYamlOrJson("{\"a\": [1, 2")).isInstanceOf(RuntimeException.class);
    assertThatThrownBy(() -> Json.parseYamlOrJson("a: &x [*x")).isInstanceOf(RuntimeException.class);
    assertThat(Json.write(Json.parseYamlOrJson("{\"b\": {\"c\": [1, \"two\", true, null]}}")))
        .isEqualTo("{\"b\":{\"c\":[1,\"two\",true,null]}}");
    assertThat(Json.write(Json.parseYamlOrJson("kind: Dataset\nmetadata:\n  name: d\n")))
        .isEqualTo("{\"kind\":\"Dataset\",\"metadata\":{\"name\":\"d\"}}");
  }

  @Test
  void yamlParsingWorksFromManyThreads() throws Exception {
    Thread[] threads = new Thread[4];
    String[] results = new String[threads.length];
    for (int i = 0; i < threads.length; i++) {
      int n = i;
      threads[i] = new Thread(() -> {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 200; k++) {
          sb.setLength(0);
          sb.append(Json.write(Json.parseYamlOrJson("{\"t\": " + n + ", \"k\": " + k + "}")));
        }
        results[n] = sb.toString();
      });
      threads[i].start();
    }
    for (int i = 0; i < threads.length; i++) {
      threads[i].join();
      assertThat(results[i]).isEqualTo("{\"t\":" + i + ",\"k\":199}");
    }
  }
}
