package dev.fluidsdk.threefs.fuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenTextTest {
  // stands in for Token.parse: the real check is exercised end to end in FuseEntrypointIT
  private static final Predicate<String> VALID = s -> s.equals("AADHHSOs8QA92iRe2wB1fmuL");

  @Test
  void aValidTokenIsTakenAsTheValue() {
    assertThat(TokenText.fromOption(" AADHHSOs8QA92iRe2wB1fmuL\n", VALID)).isEqualTo("AADHHSOs8QA92iRe2wB1fmuL");
  }

  @Test
  void anAbsolutePathIsReadAndTrimmed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("token");
    Files.writeString(f, "AADHHSOs8QA92iRe2wB1fmuL\n");
    assertThat(TokenText.fromOption(f.toString(), VALID)).isEqualTo("AADHHSOs8QA92iRe2wB1fmuL");
  }

  @Test
  void otherTextIsReturnedForValidation() {
    assertThat(TokenText.fromOption("not-a-token", VALID)).isEqualTo("not-a-token");
  }

  @Test
  void missingOrEmptyFilesAreBadTokensWithoutEchoingTheValue(@TempDir Path dir) throws Exception {
    String missing = dir.resolve("nope").toString();
    assertBad(missing, "neither a valid 3FS token nor an existing token file", missing);
    assertBad("/etc/fluid/secrets/s3fs/token", "token file '/etc/fluid/secrets/s3fs/token' does not exist", null);
    Path empty = dir.resolve("empty");
    Files.writeString(empty, " \n");
    assertBad(empty.toString(), "the token file is empty", empty.toString());
    assertBad("  ", "option 'token' is empty", null);
  }

  @Test
  void aPathThatCannotBeAPathIsABadTokenOnOneLine() {
    assertBad("/tmp/a\u0000b", "option 'token': the token file is not a usable path", "/tmp/a");
    assertBad("/etc/fluid/secrets/s\n/token\u0000", "the token file '/etc/fluid/secrets/s\\u000A/token\\u0000'"
        + " is not a usable path", "\n");
  }

  private static void assertBad(String value, String message, String mustNotContain) {
    assertThatThrownBy(() -> TokenText.fromOption(value, VALID))
        .isInstanceOfSatisfying(EntrypointException.class, e -> {
          assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_TOKEN);
          if (mustNotContain != null) {
            assertThat(e.getMessage()).doesNotContain(mustNotContain);
          }
        })
        .hasMessageContaining(message);
  }
}
