package com.crewbid.identity.internal;

import com.crewbid.shared.UserId;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Six-digit one-time codes sent by SMS, one live code per person and purpose, in Redis so that any
 * replica can check it. A code lives five minutes, is accepted once and dies after five wrong
 * attempts; a new code replaces the previous one. Only a SHA-256 bound to the key is stored, so
 * that the code is not readable from Redis (the short life and the attempt cap are what make six
 * digits safe).
 */
@Component
class SmsCodes {

  /** What a code is for; a code sent for one is no good for the other. */
  enum Purpose {
    ENROLMENT,
    SIGN_IN
  }

  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final int MAX_ATTEMPTS = 5;

  private static final RedisScript<Long> ISSUE =
      RedisScript.of(
          """
          redis.call('DEL', KEYS[1])
          redis.call('HSET', KEYS[1], 'hash', ARGV[1], 'attempts', 0)
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          return 1
          """,
          Long.class);

  /** 1 when the code matches (and is used up), 0 otherwise; the fifth miss ends the code. */
  private static final RedisScript<Long> CHECK =
      RedisScript.of(
          """
          local stored = redis.call('HGET', KEYS[1], 'hash')
          if not stored then return 0 end
          if stored == ARGV[1] then
            redis.call('DEL', KEYS[1])
            return 1
          end
          if redis.call('HINCRBY', KEYS[1], 'attempts', 1) >= tonumber(ARGV[2]) then
            redis.call('DEL', KEYS[1])
          end
          return 0
          """,
          Long.class);

  private final StringRedisTemplate redis;
  private final SecureRandom random = new SecureRandom();

  SmsCodes(StringRedisTemplate redis) {
    this.redis = redis;
  }

  /** A new code for the person and purpose; any earlier one stops working. */
  String issue(UserId user, Purpose purpose) {
    String code = "%06d".formatted(random.nextInt(1_000_000));
    String key = key(user, purpose);
    redis.execute(ISSUE, List.of(key), hash(key, code), String.valueOf(LIFETIME.toMillis()));
    return code;
  }

  /** Whether {@code entered} is the live code; a match uses it up. */
  boolean accept(UserId user, Purpose purpose, String entered) {
    if (entered == null || !entered.strip().matches("\\d{6}")) {
      return false;
    }
    String key = key(user, purpose);
    Long matched =
        redis.execute(
            CHECK, List.of(key), hash(key, entered.strip()), String.valueOf(MAX_ATTEMPTS));
    return matched != null && matched == 1L;
  }

  void forget(UserId user, Purpose purpose) {
    redis.delete(key(user, purpose));
  }

  private static String key(UserId user, Purpose purpose) {
    return "crewbid:mfa-sms:" + purpose.name().toLowerCase(java.util.Locale.ROOT) + ":" + user;
  }

  private static String hash(String key, String code) {
    return Tokens.hash(key + ":" + code);
  }
}
