package dev.fluidsdk.threefs.mount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokenTest {
  /** 3FS's own test token, tests/fuse/run.sh:71 (uid 0). */
  static final String OFFICIAL = "AADHHSOs8QA92iRe2wB1fmuL";
  /** FACTS.md 3.3 vectors: uid 0 / random 0, and uid 1000 / random 0xdeadbeefcafebabe. */
  static final String ZERO = "AAAAAIQs8QAAAABI2wAAAACf";
  static final String UID_1000 = "6AD+vvgL8QC6795p2wO+yq1v";

  @Test
  void acceptsTheOfficialAndReferenceTokens() {
    assertThat(Token.parse(OFFICIAL).uid()).isZero();
    assertThat(Token.parse(ZERO).uid()).isZero();
    assertThat(Token.parse(UID_1000).uid()).isEqualTo(1000);
    assertThat(Token.parse(UID_1000).reveal()).isEqualTo(UID_1000);
  }

  @Test
  void testEncoderReproducesTheReferenceVectors() {
    assertThat(TestTokens.encode(0, 0)).isEqualTo(ZERO);
    assertThat(TestTokens.encode(1000, 0xdeadbeefcafebabeL)).isEqualTo(UID_1000);
  }

  @Test
  void encoderCrcAgreesWithTheOfficialTokensStoredCrc() {
    // FACTS.md: the official token's CRC is 0xac5e8b23; rebuild it from its uid and random part.
    byte[] permuted = java.util.Base64.getDecoder().decode(OFFICIAL);
    int[] mapping = {12, 6, 0, 13, 7, 1, 14, 8, 2, 15, 9, 3, 16, 10, 4, 17, 11, 5};
    byte[] plain = new byte[18];
    for (int i = 0; i < 18; i++) {
      plain[i] = permuted[mapping[i]];
    }
    assertThat(TestTokens.follyCrc32(plain, 14)).isEqualTo(0xac5e8b23L);
    assertThat(Token.crcOfFirst14(plain)).isEqualTo(0xac5e8b23L);
  }

  @Test
  void uidCoversTheWholeUint32Range() {
    assertThat(Token.parse(TestTokens.encode(0xFFFFFFFFL, 7)).uid()).isEqualTo(4294967295L);
    assertThat(Token.parse(TestTokens.encode(0x80000000L, 7)).uid()).isEqualTo(2147483648L);
  }

  @Test
  void everySingleCharacterChangeIsRejected() {
    Random rnd = new Random(42);
    List<String> tokens = new ArrayList<>(List.of(OFFICIAL, ZERO, UID_1000));
    for (int i = 0; i < 20; i++) {
      tokens.add(TestTokens.random(rnd));
    }
    int checked = 0;
    for (String token : tokens) {
      for (int pos = 0; pos < Token.LENGTH; pos++) {
        for (char c : TestTokens.BASE64_CHARS.toCharArray()) {
          if (c == token.charAt(pos)) {
            continue;
          }
          String changed = token.substring(0, pos) + c + token.substring(pos + 1);
          assertThatThrownBy(() -> Token.parse(changed))
              .as("token with character %d changed", pos + 1)
              .isInstanceOf(InvalidTokenException.class)
              .hasMessageMatching(".*(magic|checksum).*");
          assertThat(Token.tryParse(changed)).isEmpty();
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(tokens.size() * 24 * 63);
  }

  @Test
  void wrongLengthIsReportedWithoutTheText() {
    assertThatThrownBy(() -> Token.parse("AADHHSOs8QA92iRe2wB1fmu"))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("a 3FS token has 24 characters, got 23");
    assertThatThrownBy(() -> Token.parse(OFFICIAL + "\n"))
        .hasMessage("a 3FS token has 24 characters, got 25 (it has leading or trailing whitespace)");
    assertThatThrownBy(() -> Token.parse(""))
        .hasMessage("the token is empty; a 3FS token has 24 characters");
  }

  @Test
  void charsetErrorsNameThePositionOnly() {
    String padded = "AADHHSOs8QA92iRe2wB1fmu=";
    assertThatThrownBy(() -> Token.parse(padded))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("character 24 of the token is not standard base64"
            + " (A-Z a-z 0-9 + /, and 3FS tokens have no '=' padding)");
    // URL-safe base64 is not what 3FS writes.
    assertThatThrownBy(() -> Token.parse("AADHHSOs8QA92iRe2wB1fm-L"))
        .hasMessageStartingWith("character 23 of the token is not standard base64");
    // A fullwidth letter looks the same but is not base64.
    assertThatThrownBy(() -> Token.parse("\uFF21ADHHSOs8QA92iRe2wB1fmuL"))
        .hasMessageStartingWith("character 1 of the token");
  }

  @Test
  void wrongMagicAndWrongCrcAreTold() {
    String badMagic = TestTokens.encode(0xF1DC, 0, 1, 0);
    assertThatThrownBy(() -> Token.parse(badMagic))
        .isInstanceOf(InvalidTokenException.class)
        .hasMessage("the token does not decode to a 3FS token (wrong magic number);"
            + " is it complete and unchanged?")
        .hasMessageNotContaining(badMagic);
    String badCrc = TestTokens.encode(0xF1DB, 0, 1, 1);
    assertThatThrownBy(() -> Token.parse(badCrc))
        .hasMessage("the token's checksum (CRC) does not match;"
            + " a character was probably changed or mistyped");
    // Plain zlib CRC-32 is not what 3FS uses: a token built with it must fail.
    byte[] zeros = new byte[14];
    java.util.zip.CRC32 z = new java.util.zip.CRC32();
    z.update(zeros);
    long differenceToZlib = z.getValue();
    assertThat(Token.tryParse(TestTokens.encode(0xF1DB, 0, 1, differenceToZlib))).isEmpty();
  }

  @Test
  void toStringEqualsAndHashCodeNeverShowTheToken() {
    Token t = Token.parse(UID_1000);
    assertThat(t).hasToString("Token<redacted uid=1000>");
    assertThat(t).isEqualTo(Token.parse(UID_1000)).hasSameHashCodeAs(Token.parse(UID_1000));
    assertThat(t).isNotEqualTo(Token.parse(TestTokens.encode(1000, 1)));
    assertThat(t).isNotEqualTo(UID_1000);
  }

  @Test
  void tryParseNeverThrows() {
    assertThat(Token.tryParse(null)).isEmpty();
    assertThat(Token.tryParse("x")).isEmpty();
    assertThat(Token.tryParse(OFFICIAL)).contains(Token.parse(OFFICIAL));
  }

  @Test
  void messagesNeverHoldAnyPartOfManyCorruptTokens() {
    Random rnd = new Random(7);
    for (int i = 0; i < 3000; i++) {
      String good = TestTokens.random(rnd);
      String bad = corrupt(good, rnd);
      try {
        Token.parse(bad);
      } catch (InvalidTokenException e) {
        assertNoWindow(e.getMessage(), bad, 5);
        continue;
      }
      assertThat(bad).isEqualTo(good); // the only way a corrupted token may still parse
    }
  }

  /** One of: change a char, drop one, add one, swap two, add whitespace, add a non-base64 char. */
  static String corrupt(String t, Random rnd) {
    int p = rnd.nextInt(t.length());
    char c = TestTokens.BASE64_CHARS.charAt(rnd.nextInt(64));
    switch (rnd.nextInt(6)) {
      case 0: return t.substring(0, p) + c + t.substring(p + 1);
      case 1: return t.substring(0, p) + t.substring(p + 1);
      case 2: return t.substring(0, p) + c + t.substring(p);
      case 3: {
        int q = rnd.nextInt(t.length());
        char[] a = t.toCharArray();
        char tmp = a[p];
        a[p] = a[q];
        a[q] = tmp;
        return new String(a);
      }
      case 4: return " " + t;
      default: return t.substring(0, p) + "!$`\n\u0000\uFF21".charAt(rnd.nextInt(6)) + t.substring(p + 1);
    }
  }

  /** Asserts that no {@code n}-character window of {@code secret} occurs in {@code text}. */
  static void assertNoWindow(String text, String secret, int n) {
    for (int i = 0; i + n <= secret.length(); i++) {
      String piece = secret.substring(i, i + n);
      if (text.contains(piece)) {
        throw new AssertionError("message quotes " + n + " characters of the token: " + text);
      }
    }
  }
}
