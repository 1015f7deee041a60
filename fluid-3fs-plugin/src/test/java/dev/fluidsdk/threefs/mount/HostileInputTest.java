package dev.fluidsdk.threefs.mount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Hostile mount points (shell and TOML metacharacters, control characters, look-alikes, huge
 * inputs): each is rejected with an {@link InvalidMountPointException} whose column lies in the
 * text, or accepted with a canonical form made only of the grammar's safe characters. No other
 * exception may escape.
 */
class HostileInputTest {
  static final int TRIES = 12_000;
  /** Every character {@link ThreeFsMountPoint#format()} may produce. */
  static final String SAFE = "[A-Za-z0-9.:/,_-]+";

  static final AtomicInteger ACCEPTED = new AtomicInteger();
  static final AtomicInteger REJECTED = new AtomicInteger();
  /** Set when a try fails: jqwik then stops early, and its own report must not be masked. */
  static final AtomicBoolean FAILED = new AtomicBoolean();

  static final List<String> FRAGMENTS = List.of(
      "$(id)", "$(rm -rf /)", "`id`", "${HOME}", "$IFS", ";", "|", "||", "&", "&&", ">", "<", "'",
      "\"", "\\", "\n", "\r\n", "\t", " ", "\u0000", "\u0007", "\u001b[31m", "\u007f", "#", "[", "]",
      "=", "..", "/..", "/.", "./", "//", "/", "@", ",", ":", "://", "*", "?", "~", "!", "{", "}",
      "%2e%2e", "%00", "+", "'''", "\"\"\"",
      // Unicode look-alikes and invisible characters.
      "\uFF11", "\uFF10", "\uFF1A", "\uFF0E", "\uFF0F", "\u0420", "\u0410", "\u0131", "\u212A",
      "\u00A0", "\u200B", "\u202E", "\uFEFF", "\u2024", "\u0660", "\uD83D\uDE00", "\uD800", "\uDC00",
      // Valid pieces, so that some mixtures are accepted.
      "10.0.0.1", "10.0.0.2:8000", ":8000", "0.0.0.0", "255", "256", "65535", "65536", "0", "010",
      "RDMA://", "rdma://", "IPoIB://", "tcp://", "LOCAL://", "unix://", "/data", "/a-b_c.d",
      TokenTest.OFFICIAL, TokenTest.OFFICIAL + "@", "mgmtd-svc", "[::1]", "fe80::1");

  @BeforeProperty
  void reset() {
    ACCEPTED.set(0);
    REJECTED.set(0);
    FAILED.set(false);
  }

  @AfterProperty
  void report() {
    System.out.printf("hostile mount points: %d accepted, %d rejected, %d total%n",
        ACCEPTED.get(), REJECTED.get(), ACCEPTED.get() + REJECTED.get());
    if (FAILED.get()) {
      return; // jqwik reports the failing sample and why; a count check here would replace that
    }
    assertThat(ACCEPTED.get() + REJECTED.get()).isGreaterThanOrEqualTo(10_000);
    assertThat(REJECTED.get()).isPositive();
  }

  @Property(tries = TRIES, generation = GenerationMode.RANDOMIZED)
  void hostileInputIsRejectedWithAColumnOrAcceptedAsSafeText(@ForAll("hostile") String input) {
    try {
      check(input);
    } catch (RuntimeException | AssertionError e) {
      FAILED.set(true);
      throw e;
    }
  }

  private static void check(String input) {
    ThreeFsMountPoint mp;
    try {
      mp = ThreeFsMountPoint.parse(input);
    } catch (InvalidMountPointException e) {
      REJECTED.incrementAndGet();
      assertThat(e.column()).isBetween(1, input.length() + 1);
      // One printable ASCII line of bounded size: nothing can forge a log line.
      assertThat(e.getMessage()).matches("[\\x20-\\x7E]+").hasSizeLessThan(400);
      assertThat(ThreeFsMountPoint.tryParse(input)).isEmpty();
      return;
    }
    ACCEPTED.incrementAndGet();
    assertThat(mp.format()).matches(SAFE);
    assertThat(mp.subdirectory()).startsWith("/");
    if (!mp.subdirectory().equals("/")) {
      assertThat(mp.subdirectory().substring(1).split("/", -1))
          .doesNotContain("", ".", "..");
    }
    assertThat(mp.formatWithToken()).matches("([A-Za-z0-9+/]{24}@)?" + SAFE);
    assertThat(ThreeFsMountPoint.parse(mp.formatWithToken())).isEqualTo(mp);
  }

  /** Long noise over a small alphabet; built from a seed because jqwik is slow on huge strings. */
  static String randomText(Random rnd, int n) {
    String alphabet = "0123456789.:/,@$a`\n";
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Provide
  Arbitrary<String> hostile() {
    Arbitrary<String> fragment = Arbitraries.oneOf(
        Arbitraries.of(FRAGMENTS),
        Arbitraries.strings().ascii().ofMaxLength(4),
        Arbitraries.strings().all().ofMaxLength(3),
        Arbitraries.integers().between(0, 99_999).map(String::valueOf));
    Arbitrary<String> mixture = fragment.list().ofMaxSize(12).map(l -> String.join("", l));
    Arbitrary<String> valid = Arbitraries.of(
        TokenTest.OFFICIAL + "@RDMA://10.0.0.1:8000",
        "rdma://10.0.0.1:8000,10.0.0.2:8001/data/train",
        "IPoIB://192.168.1.10:8000/x",
        "10.0.0.1:8000");
    Arbitrary<String> inserted = Combinators.combine(valid, fragment, Arbitraries.integers().between(0, 1000))
        .as((v, f, at) -> {
          int p = at % (v.length() + 1);
          return v.substring(0, p) + f + v.substring(p);
        });
    Arbitrary<String> replaced = Combinators.combine(valid, fragment, Arbitraries.integers().between(0, 1000))
        .as((v, f, at) -> {
          int p = at % v.length();
          return v.substring(0, p) + f + v.substring(p + 1);
        });
    Arbitrary<String> huge = Arbitraries.oneOf(
        Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(3000, 6000))
            .as((seed, n) -> randomText(new Random(seed), n)),
        Arbitraries.integers().between(1, 6000).map(n -> "10.0.0.1:80/" + "ab/".repeat(n)),
        Arbitraries.integers().between(1, 3000).map(n -> "10.0.0.1:80,".repeat(n)),
        Arbitraries.integers().between(1, 6000).map(n -> "10.0.0.1:" + "9".repeat(n)));
    return Arbitraries.frequencyOf(
        Tuple.of(4, mixture),
        Tuple.of(3, inserted),
        Tuple.of(2, replaced),
        Tuple.of(1, huge));
  }
}
