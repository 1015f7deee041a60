package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The hand-written field splitter of mountinfo lines splits exactly as the regex did. */
class MountTableFieldsTest {
  @Property(tries = 2000)
  void splitsLikeTrimThenSplitOnRunsOfSpaces(
      @ForAll @StringLength(max = 40) @Chars({' ', ' ', ' ', '\t', '\r', '-', '\\', '/'})
          @CharRange(from = 'a', to = 'c') String line) {
    assertThat(MountTable.fields(line)).containsExactly(line.trim().split(" +"));
  }

  @Test
  void keepsTabsInsideAFieldAndDropsTheEnds() {
    assertThat(MountTable.fields("  22 1\t0:21   /  ")).containsExactly("22", "1\t0:21", "/");
    assertThat(MountTable.fields("")).containsExactly("");
    assertThat(MountTable.fields(" \t ")).containsExactly("");
  }
}
