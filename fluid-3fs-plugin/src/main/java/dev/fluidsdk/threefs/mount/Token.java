package dev.fluidsdk.threefs.mount;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A 3FS user token, checked offline the way 3FS builds it ({@code src/core/user/UserToken.cc}).
 *
 * <p>A token is 24 characters of standard base64 ({@code A-Z a-z 0-9 + /}, no {@code =} padding)
 * that decode to 18 bytes. Undoing 3FS's byte permutation gives: magic {@code 0xF1DB} (uint16 LE),
 * the uid (uint32 LE), a random uint64 (LE), and a CRC-32 (uint32 LE) of the first 14 bytes. The CRC
 * is folly's {@code crc32(data, 14, 0)}: the reflected CRC-32 register started at 0 with no final
 * XOR, which equals {@code CRC32(data) ^ CRC32(14 zero bytes)} with {@link CRC32}.
 *
 * <p>Parsing is strict: no surrounding whitespace is stripped (3FS trims its token file; callers
 * that read such a file strip it themselves). {@link #toString()} shows only the uid; {@link
 * #reveal()} is the one way to get the token text back. {@link #equals} compares in constant time.
 */
public final class Token {
  /** Number of characters of every 3FS token. */
  public static final int LENGTH = 24;

  private static final int DECODED_LENGTH = 18;
  private static final int MAGIC = 0xF1DB;
  private static final int CRC_COVERED = 14;

  /** 3FS writes byte {@code i} of the plain token to position {@code MAPPING[i]}. */
  private static final int[] MAPPING = {12, 6, 0, 13, 7, 1, 14, 8, 2, 15, 9, 3, 16, 10, 4, 17, 11, 5};

  private static final long CRC_OF_ZEROS = crc32(new byte[CRC_COVERED]);

  private final String text;
  private final byte[] ascii;
  private final long uid;

  private Token(String text, long uid) {
    this.text = text;
    this.ascii = text.getBytes(StandardCharsets.US_ASCII);
    this.uid = uid;
  }

  /**
   * Parses and checks a token.
   *
   * @throws InvalidTokenException if the text is not a well-formed 3FS token; the message never
   *     contains the text
   * @throws NullPointerException if {@code text} is null
   */
  public static Token parse(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n == 0) {
      throw new InvalidTokenException("the token is empty; a 3FS token has " + LENGTH + " characters");
    }
    if (n != LENGTH) {
      boolean padded = isWhitespace(text.charAt(0)) || isWhitespace(text.charAt(n - 1));
      throw new InvalidTokenException(
          "a 3FS token has " + LENGTH + " characters, got " + n
              + (padded ? " (it has leading or trailing whitespace)" : ""));
    }
    for (int i = 0; i < n; i++) {
      if (!isBase64(text.charAt(i))) {
        throw new InvalidTokenException(
            "character " + (i + 1) + " of the token is not standard base64"
                + " (A-Z a-z 0-9 + /, and 3FS tokens have no '=' padding)",
            i);
      }
    }
    byte[] permuted = Base64.getDecoder().decode(text);
    byte[] plain = new byte[DECODED_LENGTH];
    for (int i = 0; i < DECODED_LENGTH; i++) {
      plain[i] = permuted[MAPPING[i]];
    }
    if (readLe(plain, 0, 2) != MAGIC) {
      throw new InvalidTokenException(
          "the token does not decode to a 3FS token (wrong magic number); is it complete and unchanged?");
    }
    long storedCrc = readLe(plain, CRC_COVERED, 4);
    if (storedCrc != crcOfFirst14(plain)) {
      throw new InvalidTokenException(
          "the token's checksum (CRC) does not match; a character was probably changed or mistyped");
    }
    return new Token(text, readLe(plain, 2, 4));
  }

  /** Like {@link #parse} but returns empty instead of throwing (also for {@code null}). */
  public static Optional<Token> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(text));
    } catch (InvalidTokenException e) {
      return Optional.empty();
    }
  }

  /**
   * The user id encoded in the token. 3FS stores it as uint32, so this is 0 to 4294967295; it is a
   * {@code long} so that uids above {@link Integer#MAX_VALUE} stay positive. A root token is uid 0.
   */
  public long uid() {
    return uid;
  }

  /** The raw token text. Only for writing the token file or a Kubernetes Secret; never log it. */
  public String reveal() {
    return text;
  }

  /** Compares the token texts in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Token t && MessageDigest.isEqual(ascii, t.ascii);
  }

  /** Derived from the uid only, so that hashes reveal nothing of the random part. */
  @Override
  public int hashCode() {
    return Long.hashCode(uid);
  }

  /** {@code Token<redacted uid=N>}: never the token itself. */
  @Override
  public String toString() {
    return "Token" + redacted();
  }

  /** {@code <redacted uid=N>}, the form other values print in place of the token. */
  String redacted() {
    return "<redacted uid=" + uid + ">";
  }

  private static boolean isBase64(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '+' || c == '/';
  }

  private static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static long readLe(byte[] b, int from, int count) {
    long v = 0;
    for (int i = count - 1; i >= 0; i--) {
      v = (v << 8) | (b[from + i] & 0xFF);
    }
    return v;
  }

  /** folly::crc32(data, 14, 0): zlib's CRC-32 with the register started at 0, no final XOR. */
  static long crcOfFirst14(byte[] plain) {
    CRC32 crc = new CRC32();
    crc.update(plain, 0, CRC_COVERED);
    return crc.getValue() ^ CRC_OF_ZEROS;
  }

  private static long crc32(byte[] data) {
    CRC32 crc = new CRC32();
    crc.update(data);
    return crc.getValue();
  }
}
