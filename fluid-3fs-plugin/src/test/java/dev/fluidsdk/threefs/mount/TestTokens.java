package dev.fluidsdk.threefs.mount;

import java.util.Base64;
import java.util.Random;

/**
 * A test-only 3FS token encoder, written independently of {@link Token}: its CRC is a bit-by-bit
 * reflected CRC-32 (polynomial 0xEDB88320, register started at 0, no final XOR) rather than the
 * {@code java.util.zip.CRC32} identity the production code relies on, so each checks the other.
 */
final class TestTokens {
  private static final int[] MAPPING = {12, 6, 0, 13, 7, 1, 14, 8, 2, 15, 9, 3, 16, 10, 4, 17, 11, 5};
  static final String BASE64_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private TestTokens() {}

  /** A valid token for {@code uid} (0 to 2^32-1) and {@code random}. */
  static String encode(long uid, long random) {
    return encode(0xF1DB, uid, random, 0);
  }

  /**
   * A token with the given magic whose stored CRC is off by {@code crcDelta} (0: correct CRC). Used
   * to build tokens that are wrong in exactly one respect.
   */
  static String encode(int magic, long uid, long random, long crcDelta) {
    byte[] plain = new byte[18];
    putLe(plain, 0, magic, 2);
    putLe(plain, 2, uid, 4);
    putLe(plain, 6, random, 8);
    putLe(plain, 14, (follyCrc32(plain, 14) ^ crcDelta) & 0xFFFFFFFFL, 4);
    byte[] permuted = new byte[18];
    for (int i = 0; i < 18; i++) {
      permuted[MAPPING[i]] = plain[i];
    }
    return Base64.getEncoder().encodeToString(permuted);
  }

  /** A random valid token (uid over the full uint32 range). */
  static String random(Random rnd) {
    return encode(rnd.nextLong() & 0xFFFFFFFFL, rnd.nextLong());
  }

  private static void putLe(byte[] b, int from, long value, int count) {
    for (int i = 0; i < count; i++) {
      b[from + i] = (byte) (value >>> (8 * i));
    }
  }

  /** folly::crc32(data, n, 0) computed bit by bit. */
  static long follyCrc32(byte[] data, int n) {
    long reg = 0;
    for (int i = 0; i < n; i++) {
      reg ^= data[i] & 0xFF;
      for (int bit = 0; bit < 8; bit++) {
        reg = (reg & 1) != 0 ? (reg >>> 1) ^ 0xEDB88320L : reg >>> 1;
      }
    }
    return reg;
  }
}
