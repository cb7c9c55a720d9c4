package com.crewbid.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

/**
 * Seals secrets for storage and opens them again (Tink AEAD, AES-256-GCM).
 *
 * <p>A sealed value is base64 text: Tink's 5-byte prefix (version byte and the id of the key that
 * sealed it), the nonce, the ciphertext and the tag. The associated data names what the secret
 * belongs to (for example {@code "upwork-token:" + tenant + ":" + user}); it is not stored, and a
 * sealed value opens only with the same associated data, so a ciphertext copied onto another row
 * does not open there.
 */
public class SecretSealer {

  private static final int TINK_PREFIX_BYTES = 5;
  private static final byte TINK_PREFIX_VERSION = 1;

  private final SecretKeys keys;

  SecretSealer(SecretKeys keys) {
    this.keys = keys;
  }

  public String seal(byte[] plaintext, String associatedData) {
    Objects.requireNonNull(plaintext, "plaintext");
    try {
      byte[] sealed = keys.current().aead().encrypt(plaintext, bytes(associatedData));
      return Base64.getEncoder().encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException("Could not seal the secret", e);
    }
  }

  public String sealText(String plaintext, String associatedData) {
    return seal(
        Objects.requireNonNull(plaintext, "plaintext").getBytes(StandardCharsets.UTF_8),
        associatedData);
  }

  /**
   * Opens a sealed value.
   *
   * @throws SecretSealingException when the associated data differs from the one it was sealed
   *     with, the value was altered, or no key of the keyset sealed it
   */
  public byte[] open(String sealed, String associatedData) {
    byte[] ciphertext = decode(sealed);
    SecretKeys.Keyset keyset = keys.current();
    if (!keyset.holdsKey(keyIdOf(ciphertext))) {
      // Sealed by another instance after a rotation this one has not seen yet.
      keyset = keys.reload();
    }
    try {
      return keyset.aead().decrypt(ciphertext, bytes(associatedData));
    } catch (GeneralSecurityException e) {
      throw new SecretSealingException(
          "Could not open the sealed secret: it was altered, sealed for other associated data,"
              + " or sealed with a key this keyset does not hold");
    }
  }

  public String openText(String sealed, String associatedData) {
    return new String(open(sealed, associatedData), StandardCharsets.UTF_8);
  }

  /** Whether the value was sealed with a key other than the current primary one. */
  public boolean needsReseal(String sealed) {
    return keyIdOf(decode(sealed)) != keys.current().primaryKeyId();
  }

  /** Opens and seals again under the primary key; returns the value unchanged if already there. */
  public String reseal(String sealed, String associatedData) {
    if (!needsReseal(sealed)) {
      return sealed;
    }
    return seal(open(sealed, associatedData), associatedData);
  }

  private static byte[] decode(String sealed) {
    try {
      byte[] ciphertext = Base64.getDecoder().decode(Objects.requireNonNull(sealed, "sealed"));
      if (ciphertext.length <= TINK_PREFIX_BYTES || ciphertext[0] != TINK_PREFIX_VERSION) {
        throw new SecretSealingException("Not a sealed secret: the key prefix is missing");
      }
      return ciphertext;
    } catch (IllegalArgumentException e) {
      throw new SecretSealingException("Not a sealed secret: not valid base64");
    }
  }

  private static int keyIdOf(byte[] ciphertext) {
    return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
  }

  private static byte[] bytes(String associatedData) {
    return Objects.requireNonNull(associatedData, "associatedData")
        .getBytes(StandardCharsets.UTF_8);
  }
}
