package dev.fluidsdk.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void alignsColumnsUnderTheWidestCell() {
    String t = new TextTable("way", "ms").row("seed", "12.5").row("ours (CDS)", "3").render();
    assertThat(t.split("\n")).containsExactly(
        "| way        |   ms |",
        "| ---------- | ---- |",
        "| seed       | 12.5 |",
        "| ours (CDS) |    3 |");
  }

  @Test
  void rejectsARowOfTheWrongWidth() {
    assertThatThrownBy(() -> new TextTable("a", "b").row("only one"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row has 1 cells, the header 2");
  }

  @Test
  void ratiosHaveTwoDecimals() {
    assertThat(TextTable.ratio(1.0 / 3)).isEqualTo("0.33x");
    assertThat(TextTable.ratio(20)).isEqualTo("20.00x");
  }
}
