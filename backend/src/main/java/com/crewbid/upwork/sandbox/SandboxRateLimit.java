package com.crewbid.upwork.sandbox;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Upwork's per-IP rate limit: at most N requests per second and client IP, counted in one-second
 * windows in Redis so that every instance shares the count. A fixed window is what the simulated
 * limit needs to be; the client's own limiter is where smoothing matters. Runs on real time, not
 * the sandbox clock. Tests can change the limit at run time.
 */
@Component
@SandboxEnabled
class SandboxRateLimit {

  private static final Duration WINDOW_RETENTION = Duration.ofSeconds(2);

  private final StringRedisTemplate redis;
  private final int configuredPerSecond;

  SandboxRateLimit(StringRedisTemplate redis, SandboxProperties properties) {
    this.redis = redis;
    this.configuredPerSecond = properties.rateLimitPerSecond();
  }

  /** Counts the request; false when it is over the limit of its second. */
  boolean admit(String clientIp) {
    int limit = perSecond();
    if (limit <= 0) {
      return true;
    }
    String window = SandboxKeys.rateWindow(clientIp, Instant.now().getEpochSecond());
    Long count = redis.opsForValue().increment(window);
    if (count != null && count == 1) {
      redis.expire(window, WINDOW_RETENTION);
    }
    return count == null || count <= limit;
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
