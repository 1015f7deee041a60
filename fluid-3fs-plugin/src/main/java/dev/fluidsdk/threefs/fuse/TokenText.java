package dev.fluidsdk.threefs.fuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Turns the {@code token} option into token text. Fluid passes an encryptOption two ways: with
 * the default config storage ({@code configmap}) the option holds the path of the mounted Secret
 * key ({@code /etc/fluid/secrets/<secret>/<key>}); with {@code THIN_FUSE_CONFIG_STORAGE=secret}
 * it holds the secret value itself. The value is taken as the token when it is a valid token
 * (3FS tokens carry a CRC, so a path practically never is one), otherwise as a file path when it
 * is absolute; anything else is returned as is and fails validation as a token.
 *
 * <p>Messages never echo the value, except a path under Fluid's secret directory.
 */
final class TokenText {
  static final String FLUID_SECRETS_DIR = "/etc/fluid/secrets/";
  private static final int MAX_TOKEN_FILE_BYTES = 4096;

  private TokenText() {}

  static String fromOption(String value, Predicate<String> isValidToken) {
    String v = value.strip();
    if (v.isEmpty()) {
      throw bad("option 'token' is empty");
    }
    if (isValidToken.test(v) || !v.startsWith("/")) {
      return v;
    }
    Path file;
    try {
      file = Path.of(v);
    } catch (InvalidPathException e) {
      throw bad("option 'token': the token file" + shown(v) + " is not a usable path");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(MAX_TOKEN_FILE_BYTES + 1);
      if (bytes.length > MAX_TOKEN_FILE_BYTES) {
        throw bad("option 'token': the token file" + shown(v) + " is larger than " + MAX_TOKEN_FILE_BYTES + " bytes");
      }
      String text = new String(bytes, StandardCharsets.UTF_8).strip();
      if (text.isEmpty()) {
        throw bad("option 'token': the token file" + shown(v) + " is empty");
      }
      return text;
    } catch (NoSuchFileException e) {
      if (!v.startsWith(FLUID_SECRETS_DIR)) {
        throw bad("option 'token' is neither a valid 3FS token nor an existing token file");
      }
      throw bad("option 'token': token file" + shown(v) + " does not exist (is the Secret mounted?)");
    } catch (IOException e) {
      throw bad("option 'token': the token file" + shown(v) + " cannot be read ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * A path below Fluid's secrets directory, quoted for a message (it names the Secret); nothing
   * for any other text, which might be a mistyped token.
   */
  private static String shown(String path) {
    return path.startsWith(FLUID_SECRETS_DIR) ? " " + Shown.quoted(path) : "";
  }

  private static EntrypointException bad(String message) {
    return new EntrypointException(ExitCode.BAD_TOKEN, message);
  }
}
