package dev.fluidsdk.threefs.launcher;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluidsdk.threefs.ThreeFsException;
import java.util.List;
import org.junit.jupiter.api.Test;

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

  @Test
  void theRenderedTextPasses() {
    assertThatCode(() -> LauncherToml.checkReadsBack(TEXT, CONFIG, ALL)).doesNotThrowAnyException();
  }

  @Test
  void anExtraKeyIsRefused() {
    assertThatThrownBy(() -> LauncherToml.checkReadsBack(TEXT + "extra = 1\n", CONFIG, ALL))
        .isInstanceOf(ThreeFsException.class).hasMessage("rendered launcher TOML holds other keys than the model");
  }

  @Test
  void aMissingKeyIsRefused() {
    String without = TEXT.replace("force_use_tcp = false\n", "");
    assertThatThrownBy(() -> LauncherToml.checkReadsBack(without, CONFIG, ALL))
        .hasMessage("rendered launcher TOML holds other keys than the model");
  }

  @Test
  void aQuotedDottedKeyIsNotTheKeyOfTheSection() {
    // same name once joined with dots, another key to a TOML reader
    String moved = "\"client.force_use_tcp\" = false\n" + TEXT.replace("force_use_tcp = false\n", "");
    assertThatThrownBy(() -> LauncherToml.checkReadsBack(moved, CONFIG, ALL))
        .hasMessage("rendered launcher TOML holds other keys than the model");
  }

  @Test
  void anotherValueIsRefusedNamingTheKey() {
    String changed = TEXT.replace("cluster_id = \"stage\"", "cluster_id = \"other\"");
    assertThatThrownBy(() -> LauncherToml.checkReadsBack(changed, CONFIG, ALL))
        .hasMessage("rendered launcher TOML reads back a different cluster_id");
  }

  @Test
  void aValueOfAnotherTypeIsRefused() {
    String changed = TEXT.replace("force_use_tcp = false", "force_use_tcp = \"false\"");
    assertThatThrownBy(() -> LauncherToml.checkReadsBack(changed, CONFIG, ALL))
        .isInstanceOf(ThreeFsException.class).hasMessageContaining("client.force_use_tcp");
  }

  @Test
  void textThatDoesNotParseIsRefused() {
    assertThatThrownBy(() -> LauncherToml.checkReadsBack(TEXT + "[client\n", CONFIG, ALL))
        .hasMessageStartingWith("rendered launcher TOML does not parse back: ");
  }
}
