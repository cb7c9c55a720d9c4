package com.crewbid.upwork.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.stereotype.Component;

/**
 * Upwork's per-IP rate limit: at most N requests in any one second (a sliding window, the strictest
 * reading of "N requests per second") per client IP, counted in Redis on Redis's clock, so that
 * every instance shares the count and the time. Runs on real time, not the sandbox clock. Tests can
 * change the limit at run time.
 *
 * <p>Every request to the token and GraphQL endpoints is also written to a traffic log (its arrival
 * time, kept for {@link #LOG_RETENTION_MILLIS} ms, whether admitted or not), so tests can check
 * what rate Upwork would have seen ({@link #arrivals}).
 */
@Component
@SandboxEnabled
class SandboxRateLimit {

  static final long WINDOW_MICROS = 1_000_000;
  static final long LOG_RETENTION_MILLIS = 10 * 60 * 1000;

  /**
   * KEYS: admitted requests, traffic log. ARGV: limit, window (µs), log retention (ms), member.
   * Answers 1 (admitted) or 0 (over the limit).
   */
  private static final DefaultRedisScript<Long> ADMIT =
      new DefaultRedisScript<>(
          """
          local time = redis.call('TIME')
          local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
          local limit = tonumber(ARGV[1])
          local window = tonumber(ARGV[2])
          local retention = tonumber(ARGV[3])
          redis.call('ZADD', KEYS[2], now, ARGV[4])
          redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - retention * 1000)
          redis.call('PEXPIRE', KEYS[2], retention)
          if limit <= 0 then return 1 end
          redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
          if redis.call('ZCARD', KEYS[1]) >= limit then return 0 end
          redis.call('ZADD', KEYS[1], now, ARGV[4])
          redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000) + 1000)
          return 1
          """,
          Long.class);

  private final StringRedisTemplate redis;
  private final int configuredPerSecond;

  SandboxRateLimit(StringRedisTemplate redis, SandboxProperties properties) {
    this.redis = redis;
    this.configuredPerSecond = properties.rateLimitPerSecond();
  }

  /** Counts the request; false when it is over the limit of the second before it. */
  boolean admit(String clientIp) {
    Long admitted =
        redis.execute(
            ADMIT,
            List.of(SandboxKeys.rateWindow(clientIp), SandboxKeys.traffic(clientIp)),
            Integer.toString(perSecond()),
            Long.toString(WINDOW_MICROS),
            Long.toString(LOG_RETENTION_MILLIS),
            UUID.randomUUID().toString());
    return admitted == null || admitted == 1;
  }

  /** When requests from the client IP arrived at or after {@code since}, oldest first (µs). */
  List<Long> arrivals(String clientIp, Instant since) {
    long from = since.getEpochSecond() * 1_000_000 + since.getNano() / 1_000;
    var found =
        redis
            .opsForZSet()
            .rangeByScoreWithScores(SandboxKeys.traffic(clientIp), from, Double.MAX_VALUE);
    return found == null
        ? List.of()
        : found.stream().map(t -> t.getScore().longValue()).sorted().toList();
  }

  int perSecond() {
    String override = redis.opsForValue().get(SandboxKeys.rateLimitOverride());
    return override == null ? configuredPerSecond : Integer.parseInt(override);
  }

  void override(int perSecond) {
    redis.opsForValue().set(SandboxKeys.rateLimitOverride(), Integer.toString(perSecond));
  }

  void restoreConfigured() {
    redis.delete(SandboxKeys.rateLimitOverride());
  }
}
