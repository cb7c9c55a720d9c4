package com.crewbid.identity.mfa;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm;

/**
 * Ten single-use backup codes such as {@code 7kq4m-x9hcd}: ten characters from a 31-letter alphabet
 * without look-alikes (no 0/o, 1/l/i), about 49.5 bits each.
 *
 * <p>Only hashes are stored, made by PBKDF2-HMAC-SHA256 with a random 16-byte salt per code. A
 * plain salted SHA-256 would be too cheap for ~50 bits (a GPU could walk a code's space in days
 * from a stolen database); bcrypt or Argon2 at password strength would make checking ten codes take
 * a second. 20,000 PBKDF2 rounds cost a few milliseconds per code here and put an offline search
 * far out of reach.
 *
 * <p>Single use is the caller's part: remove the hash at the index {@link #match} returns, in the
 * same transaction that accepts the sign-in.
 */
public class BackupCodes {

  /** The codes to show once, and the hashes to store in the same order. */
  public record Generated(List<String> codes, List<String> hashes) {}

  public static final int COUNT = 10;
  static final String ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
  private static final int GROUP = 5;
  private static final int PBKDF2_ROUNDS = 20_000;

  private final PasswordEncoder hashes;
  private final SecureRandom random;

  public BackupCodes() {
    this(
        new Pbkdf2PasswordEncoder(
            "", 16, PBKDF2_ROUNDS, SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
        new SecureRandom());
  }

  BackupCodes(PasswordEncoder hashes, SecureRandom random) {
    this.hashes = hashes;
    this.random = random;
  }

  public Generated generate() {
    List<String> codes = new ArrayList<>(COUNT);
    while (codes.size() < COUNT) {
      String code = newCode();
      if (!codes.contains(code)) {
        codes.add(code);
      }
    }
    return new Generated(
        List.copyOf(codes), codes.stream().map(c -> hashes.encode(normalise(c))).toList());
  }

  /**
   * Finds the stored hash that an entered code matches, ignoring case, spaces and dashes.
   *
   * @return the index into {@code storedHashes}, or empty when none matches
   */
  public OptionalInt match(String entered, List<String> storedHashes) {
    String normalised = normalise(entered);
    if (normalised.length() != 2 * GROUP) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < storedHashes.size(); i++) {
      if (hashes.matches(normalised, storedHashes.get(i))) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  static String normalise(String code) {
    return code == null ? "" : code.replaceAll("[\\s\\-_]", "").toLowerCase(Locale.ROOT);
  }

  private String newCode() {
    StringBuilder code = new StringBuilder(2 * GROUP + 1);
    for (int i = 0; i < 2 * GROUP; i++) {
      if (i == GROUP) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
