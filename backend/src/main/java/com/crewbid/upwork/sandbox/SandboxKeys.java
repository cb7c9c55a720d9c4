package com.crewbid.upwork.sandbox;

/**
 * The sandbox's Redis keys, all under {@code upwork-sandbox:}. Codes and tokens appear only as
 * SHA-256 hashes.
 */
final class SandboxKeys {

  static final String PREFIX = "upwork-sandbox:";

  private SandboxKeys() {}

  static String code(String code) {
    return PREFIX + "code:" + Secrets.sha256Hex(code);
  }

  static String accessToken(String token) {
    return PREFIX + "access-token:" + Secrets.sha256Hex(token);
  }

  static String refreshToken(String token) {
    return PREFIX + "refresh-token:" + Secrets.sha256Hex(token);
  }

  static String generation(String userId) {
    return PREFIX + "user:" + userId + ":token-generation";
  }

  static String faults(SandboxFaults.Target target) {
    return PREFIX + "faults:" + target.name().toLowerCase(java.util.Locale.ROOT);
  }

  static String permissionOverride(String clientId) {
    return PREFIX + "client:" + clientId + ":permissions";
  }

  static String rateLimitOverride() {
    return PREFIX + "rate-limit-per-second";
  }

  /** The requests admitted in the last second (a sorted set by arrival). */
  static String rateWindow(String clientIp) {
    return PREFIX + "rate:" + clientIp;
  }

  /** Every request's arrival, for tests to see the rate Upwork would have seen. */
  static String traffic(String clientIp) {
    return PREFIX + "traffic:" + clientIp;
  }
}
