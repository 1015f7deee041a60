package dev.fluidsdk.threefs.mount;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No token, nor any piece of one, ever reaches an exception message, a {@code toString()} or the
 * console, whatever surrounds it: valid and invalid addresses, a corrupted token, or a token whose
 * {@code '@'} was forgotten or mistyped.
 */
class TokenLeakTest {
  /** Mount point forms around the token {@code t}; the token is everything before the last '@'. */
  static final List<UnaryOperator<String>> WITH_AT = List.of(
      t -> t + "@RDMA://10.0.0.1:8000",
      t -> t + "@rdma://10.0.0.1:8000,10.0.0.2:8000/data",
      t -> t + "@",
      t -> t + "@mgmtd-svc:8000",
      t -> t + "@RDMA://10.0.0.1",
      t -> t + "@10.0.0.1:0",
      t -> t + "@0.0.0.0:8000",
      t -> t + "@10.0.0.1:8000/../etc",
      t -> t + "@10.0.0.1:8000 $(id)",
      t -> t + "@@10.0.0.1:8000",
      t -> "x@" + t + "@10.0.0.1:8000",
      t -> t + "\n@10.0.0.1:8000",
      t -> " " + t + "@10.0.0.1:8000");

  /** Forms where the '@' was forgotten or mistyped: the token sits inside the address text. */
  static final List<UnaryOperator<String>> WITHOUT_AT = List.of(
      t -> t,
      t -> t + "RDMA://10.0.0.1:8000",
      t -> t + " RDMA://10.0.0.1:8000",
      t -> t + ":RDMA://10.0.0.1:8000",
      t -> t + "#10.0.0.1:8000",
      t -> t + "/10.0.0.1:8000",
      t -> t + ".10.0.0.1:8000",
      t -> "RDMA://" + t + ":8000",
      t -> "RDMA://" + t,
      t -> "mgmtd-" + t + ":8000",
      t -> "10.0.0.1:8000" + t,
      t -> "10.0.0.1:8000," + t,
      t -> "10.0.0.1:8000/data+" + t);

  @Property(tries = 1000)
  void tokensNeverAppearInMessagesOrToString(
      @ForAll("tokens") String token, @ForAll("corruptions") UnaryOperator<String> corruption) {
    for (String t : List.of(token, corruption.apply(token))) {
      for (UnaryOperator<String> form : WITH_AT) {
        check(form.apply(t), token, t, 5, true);
      }
      for (UnaryOperator<String> form : WITHOUT_AT) {
        check(form.apply(t), token, t, 12, false);
      }
    }
  }

  /**
   * @param window the longest piece of the token a message may hold by chance: 4 characters when
   *     the token is before an '@' (nothing there is ever quoted), 11 when the '@' is missing and
   *     the token text is read as part of an address
   * @param beforeAt whether the token text is where the grammar expects a token; if not and the
   *     text is accepted (e.g. as a sub-directory) it is not a token and may be printed
   */
  private static void check(String input, String token, String written, int window, boolean beforeAt) {
    try {
      ThreeFsMountPoint mp = ThreeFsMountPoint.parse(input);
      if (!beforeAt) {
        assertThat(mp.token()).isEmpty();
        return;
      }
      assertThat(mp.toString()).doesNotContain(token).doesNotContain(written);
      mp.token().ifPresent(tok -> {
        assertThat(tok.toString()).isEqualTo("Token<redacted uid=" + tok.uid() + ">");
        assertThat(mp.toString()).startsWith("<redacted uid=" + tok.uid() + ">@");
        assertThat(mp.format()).doesNotContain(token);
      });
    } catch (InvalidMountPointException e) {
      for (Throwable x = e; x != null; x = x.getCause()) {
        TokenTest.assertNoWindow(x.getMessage(), token, window);
        TokenTest.assertNoWindow(x.getMessage(), written, window);
        assertThat(x.toString()).doesNotContain(token);
      }
    }
  }

  @Provide
  Arbitrary<String> tokens() {
    return Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL), Arbitraries.longs())
        .as(TestTokens::encode);
  }

  @Provide
  Arbitrary<UnaryOperator<String>> corruptions() {
    return Arbitraries.longs().map(seed -> t -> TokenTest.corrupt(t, new Random(seed)));
  }

  @Example
  void parsingPrintsNothing() {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Random rnd = new Random(11);
    try (PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(sink);
      System.setErr(sink);
      for (int i = 0; i < 300; i++) {
        String t = TestTokens.random(rnd);
        for (UnaryOperator<String> form : WITH_AT) {
          ThreeFsMountPoint.tryParse(form.apply(t)).ifPresent(mp -> mp.toString());
          Token.tryParse(TokenTest.corrupt(t, rnd));
        }
        for (UnaryOperator<String> form : WITHOUT_AT) {
          ThreeFsMountPoint.tryParse(form.apply(t));
        }
      }
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
