package dev.fluidsdk.threefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluidsdk.model.Dataset;
import dev.fluidsdk.model.DatasetCondition;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@code status} prints comes from the cluster: each part stays on its own line. */
class StatusPrintTest {
  @Test
  void aConditionMessageWithLineBreaksAndEscapesPrintsAsOneLine() {
    Dataset ds = Dataset.builder().name("train").namespace("ml")
        .status(s -> s.phase("NotBound").conditions(List.of(DatasetCondition.builder()
            .type("Ready").status(false).reason("Pending")
            .message("waiting\nDataset ml/train: Bound\u001b[2J").build())))
        .build();
    StringWriter text = new StringWriter();
    StatusCommand.print(new PrintWriter(text), ds, Optional.empty());

    assertThat(text.toString().lines()).containsExactly(
        "Dataset ml/train: NotBound",
        "  condition Ready=False (Pending): waiting; Dataset ml/train: Bound\\u001B[2J",
        "ThinRuntime: missing (Fluid binds the Dataset only to a ThinRuntime of the same name)");
  }

  @Test
  void escapedKeepsOrdinaryTextAndEscapesOnlyWhatCouldBreakALine() {
    assertThat(OneLine.escaped("données/α-β: ok")).isEqualTo("données/α-β: ok");
    assertThat(OneLine.escaped("a\rb\u0085c\u2028d\u202ee\u2066f\u007f"))
        .isEqualTo("a\\u000Db\\u0085c\\u2028d\\u202Ee\\u2066f\\u007F");
    assertThat(OneLine.message(" first\r\n  second \n")).isEqualTo("first; second");
    assertThat(Errors.message(new IllegalArgumentException("bad\u001b[31m value\nnext"))).isEqualTo(
        "bad\\u001B[31m value; next");
  }
}
