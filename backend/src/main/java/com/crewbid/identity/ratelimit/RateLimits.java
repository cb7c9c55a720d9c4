package com.crewbid.identity.ratelimit;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Named rate limits shared by every replica: a Bucket4j token bucket per (policy, key) in Redis,
 * under {@code crewbid:ratelimit:<policy>:<digest of key>}. A policy of "20 per minute" holds 20
 * tokens and refills them evenly over the minute.
 *
 * <p>Policies come from {@code crewbid.rate-limits.policies.<name>.capacity} and {@code .period}.
 */
public class RateLimits implements AutoCloseable {

  /** At most {@code capacity} calls per {@code period}. */
  public record Policy(long capacity, Duration period) {}

  /**
   * The answer for one call: allowed, or refused with how long to wait (for {@code Retry-After}).
   */
  public record Decision(boolean allowed, long remaining, Duration retryAfter) {

    /** Whole seconds, rounded up, as the {@code Retry-After} header wants them. */
    public long retryAfterSeconds() {
      return (retryAfter.toMillis() + 999) / 1000;
    }
  }

  static final String KEY_PREFIX = "crewbid:ratelimit:";

  private final Map<String, Policy> policies;
  private final StatefulRedisConnection<String, byte[]> connection;
  private final ProxyManager<String> buckets;

  RateLimits(RedisClient redis, Map<String, Policy> policies, Clock clock) {
    this.policies = Map.copyOf(policies);
    this.connection = redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    this.buckets =
        Bucket4jLettuce.casBasedBuilder(connection)
            .clientClock(wallClock(clock))
            // Once a bucket would be full again it carries no information; let Redis drop it.
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(10)))
            .build();
  }

  /** Takes one token from the bucket of {@code key} under {@code policy}. */
  public Decision tryConsume(String policy, String key) {
    Policy limit = policies.get(policy);
    if (limit == null) {
      throw new IllegalArgumentException("No rate-limit policy named " + policy);
    }
    ConsumptionProbe probe =
        buckets
            .getProxy(KEY_PREFIX + policy + ":" + RedisKeys.digest(key), () -> configuration(limit))
            .tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? new Decision(true, probe.getRemainingTokens(), Duration.ZERO)
        : new Decision(false, 0, Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  public Map<String, Policy> policies() {
    return policies;
  }

  @Override
  public void close() {
    connection.close();
  }

  private static BucketConfiguration configuration(Policy policy) {
    return BucketConfiguration.builder()
        .addLimit(
            BandwidthBuilder.builder()
                .capacity(policy.capacity())
                .refillGreedy(policy.capacity(), policy.period())
                .build())
        .build();
  }

  /** The buckets' time, from a {@link Clock} so that tests can move it. */
  private static TimeMeter wallClock(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return clock.millis() * 1_000_000;
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }
}
