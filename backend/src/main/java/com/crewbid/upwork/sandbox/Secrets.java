package com.crewbid.upwork.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens and their hashes: the sandbox keeps only hashes of what it hands out. */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** 256 random bits, URL-safe, after a prefix that tells the kind (Upwork's start "oauth2v2_"). */
  static String newToken(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256Hex(String value) {
    return HexFormat.of().formatHex(sha256(value));
  }

  /** The PKCE S256 transformation (RFC 7636 §4.2). */
  static String s256Challenge(String verifier) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier));
  }

  /** Compares secrets in time independent of where they differ. */
  static boolean sameSecret(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
