package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.threefs.ThreeFsException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check every rendered file passes before it is used (issue 4): fed texts that differ from
 * what the model renders, it must refuse each. The renderer itself never produces them, so they
 * are made here by editing a correct rendering.
 */
class ReadBackCheckTest {
  private static final LauncherConfig CONFIG = LauncherTomlRenderTest.seedConfig();
  private static final String TEXT = LauncherToml.render(CONFIG);
  private static final List<LauncherKey<?>> ALL = LauncherKeys.all().stream()
      .filter(k -> CONFIG.values().raw(k) != null)
      .toList();
  private static final String OTHER_KEYS = "rendered launcher TOML holds other keys than the model";

  @Test
  void theRenderedTextPasses() {
    assertThatCode(() -> LauncherToml.checkReadsBack(TEXT, CONFIG, ALL)).doesNotThrowAnyException();
  }

  static Stream<Arguments> editedTexts() {
    String withoutTcp = TEXT.replace("force_use_tcp = false\n", "");
    return Stream.of(
        Arguments.of("an extra key", TEXT + "extra = 1\n", OTHER_KEYS),
        Arguments.of("a missing key", withoutTcp, OTHER_KEYS),
        // the same name once joined with dots, another key to a TOML reader
        Arguments.of("a quoted dotted key", "\"client.force_use_tcp\" = false\n" + withoutTcp, OTHER_KEYS),
        Arguments.of("another value",
            TEXT.replace("cluster_id = \"stage\"", "cluster_id = \"other\""),
            "rendered launcher TOML reads back a different cluster_id"),
        Arguments.of("a value of another type",
            TEXT.replace("force_use_tcp = false", "force_use_tcp = \"false\""), "client.force_use_tcp"),
        Arguments.of("text that does not parse", TEXT + "[client\n",
            "rendered launcher TOML does not parse back: "));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("editedTexts")
  void anEditedTextIsRefused(String what, String text, String message) {
    assertThatThrownBy(() -> LauncherToml.checkReadsBack(text, CONFIG, ALL))
        .isInstanceOf(ThreeFsException.class).hasMessageContaining(message);
  }
}
