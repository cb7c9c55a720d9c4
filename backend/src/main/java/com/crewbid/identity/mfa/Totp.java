package com.crewbid.identity.mfa;

import com.warrenstrange.googleauth.GoogleAuthenticator;
import com.warrenstrange.googleauth.GoogleAuthenticatorConfig;
import com.warrenstrange.googleauth.HmacHashFunction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps compute them: by default
 * HMAC-SHA1, 30-second steps, 6 digits. The HOTP arithmetic is googleauth's; this class adds the
 * drift window, replay protection and constant-time comparison.
 *
 * <p>A secret is Base32 text (what the {@code otpauth://} URI carries). Store it sealed (see {@code
 * com.crewbid.secrets.SecretSealer}), together with the step {@link #verify} returned last.
 */
public class Totp {

  /** The HMAC behind the codes; authenticator apps commonly support only SHA1. */
  public enum Algorithm {
    SHA1(HmacHashFunction.HmacSHA1),
    SHA256(HmacHashFunction.HmacSHA256),
    SHA512(HmacHashFunction.HmacSHA512);

    private final HmacHashFunction hmac;

    Algorithm(HmacHashFunction hmac) {
      this.hmac = hmac;
    }
  }

  /** The "last used step" for a secret no code was accepted for yet. */
  public static final long NEVER_USED = -1;

  private static final int SECRET_BITS = 160;
  private static final int DRIFT_STEPS = 1;

  private final Algorithm algorithm;
  private final int digits;
  private final Duration period;
  private final GoogleAuthenticator codes;

  /** SHA1, 6 digits, 30 seconds: what every authenticator app understands. */
  public Totp() {
    this(Algorithm.SHA1, 6, Duration.ofSeconds(30));
  }

  public Totp(Algorithm algorithm, int digits, Duration period) {
    if (digits < 6 || digits > 8) {
      throw new IllegalArgumentException("TOTP codes have 6 to 8 digits, not " + digits);
    }
    this.algorithm = algorithm;
    this.digits = digits;
    this.period = period;
    this.codes =
        new GoogleAuthenticator(
            new GoogleAuthenticatorConfig.GoogleAuthenticatorConfigBuilder()
                .setHmacHashFunction(algorithm.hmac)
                .setCodeDigits(digits)
                .setTimeStepSizeInMillis(period.toMillis())
                .setSecretBits(SECRET_BITS)
                .setNumberOfScratchCodes(0)
                .build());
  }

  public Algorithm algorithm() {
    return algorithm;
  }

  public int digits() {
    return digits;
  }

  public Duration period() {
    return period;
  }

  /** A new random 160-bit secret (RFC 4226's recommended length), Base32 without padding. */
  public String newSecret() {
    return codes.createCredentials().getKey();
  }

  /**
   * Checks a code entered at {@code now}, accepting the previous, current and next step (clock
   * drift between phone and server) but never a step at or before {@code lastUsedStep}, so a code
   * cannot be used twice, nor an older one after a newer.
   *
   * @return the step the code belongs to, for the caller to store as the new last used step; empty
   *     when the code is wrong, malformed or replayed
   */
  public OptionalLong verify(String base32Secret, String code, Instant now, long lastUsedStep) {
    String entered = code == null ? "" : code.replaceAll("[\\s-]", "");
    if (entered.length() != digits || !entered.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    String secret = normaliseSecret(base32Secret);
    long current = stepAt(now);
    OptionalLong matched = OptionalLong.empty();
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      // Every candidate is computed and compared, matching or not, in constant time.
      boolean equal =
          MessageDigest.isEqual(
              codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
              entered.getBytes(StandardCharsets.US_ASCII));
      if (equal && step > lastUsedStep && matched.isEmpty()) {
        matched = OptionalLong.of(step);
      }
    }
    return matched;
  }

  /** The step (RFC 6238's T) that {@code instant} falls in. */
  public long stepAt(Instant instant) {
    return Math.floorDiv(instant.toEpochMilli(), period.toMillis());
  }

  /** The code for one step, zero-padded to the configured number of digits. */
  String codeAt(String base32Secret, long step) {
    int code = codes.getTotpPassword(normaliseSecret(base32Secret), step * period.toMillis());
    return String.format(Locale.ROOT, "%0" + digits + "d", code);
  }

  private static String normaliseSecret(String base32Secret) {
    return base32Secret.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
  }
}
