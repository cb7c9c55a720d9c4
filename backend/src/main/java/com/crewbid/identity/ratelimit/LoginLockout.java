package com.crewbid.identity.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Slows down password guessing against one account, the same on every replica (state in Redis).
 *
 * <ul>
 *   <li>After {@code threshold} (5) consecutive failures the account is locked for {@code
 *       first-delay} (1 min); each further failure doubles it (2, 4, 8 … min), up to {@code
 *       max-delay} (1 h). A success resets the count; so does {@code forget-after} (24 h) without
 *       failures.
 *   <li>Independently, once {@code hourly-failure-cap} (100) failures happened within the last hour
 *       the account refuses attempts until the oldest of them is an hour old. Successes do not
 *       reset this, so interleaving a known password cannot lift it.
 * </ul>
 *
 * <p>The flow asks {@link #lockedFor} before checking a password, and while locked refuses without
 * checking it; then it reports {@link #recordFailure} or {@link #recordSuccess}. Each call is one
 * Lua script, atomic in Redis. Time comes from the injected {@link Clock}.
 *
 * <p>State lives in Redis rather than the platform schema: it is short-lived, written on every
 * failed attempt, and expires on its own; losing it when Redis is wiped only forgives some
 * failures. Keys: {@code crewbid:lockout:{digest}} and {@code crewbid:lockout:{digest}:recent}.
 */
public class LoginLockout {

  /** How long a locked account stays locked, in whole milliseconds (0 when it is not locked). */
  private static final String WAIT =
      """
      local wait = math.max(tonumber(redis.call('HGET', KEYS[1], 'lockedUntil') or '0') - now, 0)
      redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - window)
      local count = redis.call('ZCARD', KEYS[2])
      if count >= cap then
        local oldest = redis.call('ZRANGE', KEYS[2], count - cap, count - cap, 'WITHSCORES')
        wait = math.max(wait, tonumber(oldest[2]) + window - now)
      end
      return wait
      """;

  private static final String ARGS =
      """
      local now = tonumber(ARGV[1])
      local window = tonumber(ARGV[2])
      local cap = tonumber(ARGV[3])
      """;

  private static final RedisScript<Long> LOCKED_FOR = RedisScript.of(ARGS + WAIT, Long.class);

  private static final RedisScript<Long> RECORD_FAILURE =
      RedisScript.of(
          ARGS
              + """
              local threshold = tonumber(ARGV[4])
              local failures = redis.call('HINCRBY', KEYS[1], 'failures', 1)
              if failures >= threshold then
                local delay = tonumber(ARGV[5]) * 2 ^ math.min(failures - threshold, 30)
                redis.call('HSET', KEYS[1], 'lockedUntil', now + math.min(delay, tonumber(ARGV[6])))
              end
              redis.call('PEXPIRE', KEYS[1], ARGV[7])
              redis.call('ZADD', KEYS[2], now, ARGV[8])
              redis.call('PEXPIRE', KEYS[2], window)
              """
              + WAIT,
          Long.class);

  static final Duration WINDOW = Duration.ofHours(1);

  private final StringRedisTemplate redis;
  private final LockoutSettings settings;
  private final Clock clock;

  LoginLockout(StringRedisTemplate redis, LockoutSettings settings, Clock clock) {
    this.redis = redis;
    this.settings = settings;
    this.clock = clock;
  }

  /** How long the account stays locked, or empty when an attempt may be checked now. */
  public Optional<Duration> lockedFor(String accountKey) {
    return locked(redis.execute(LOCKED_FOR, keys(accountKey), common().toArray()));
  }

  /**
   * Counts a failed attempt.
   *
   * @return the lock now in effect, if this failure caused or extended one
   */
  public Optional<Duration> recordFailure(String accountKey) {
    List<String> args = new ArrayList<>(common());
    args.add(String.valueOf(settings.threshold()));
    args.add(String.valueOf(settings.firstDelay().toMillis()));
    args.add(String.valueOf(settings.maxDelay().toMillis()));
    args.add(String.valueOf(settings.forgetAfter().toMillis()));
    args.add(clock.millis() + ":" + UUID.randomUUID());
    return locked(redis.execute(RECORD_FAILURE, keys(accountKey), args.toArray()));
  }

  /** Ends the run of consecutive failures (the hourly cap keeps counting). */
  public void recordSuccess(String accountKey) {
    redis.delete(keys(accountKey).getFirst());
  }

  private List<String> common() {
    return List.of(
        String.valueOf(clock.millis()),
        String.valueOf(WINDOW.toMillis()),
        String.valueOf(settings.hourlyFailureCap()));
  }

  private static List<String> keys(String accountKey) {
    // One hash tag, so both keys land in the same slot of a Redis cluster.
    String base = "crewbid:lockout:{" + RedisKeys.digest(accountKey) + "}";
    return List.of(base, base + ":recent");
  }

  private static Optional<Duration> locked(Long waitMillis) {
    return waitMillis == null || waitMillis <= 0
        ? Optional.empty()
        : Optional.of(Duration.ofMillis(waitMillis));
  }
}
