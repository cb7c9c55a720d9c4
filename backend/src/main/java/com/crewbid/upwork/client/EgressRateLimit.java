package com.crewbid.upwork.client;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;

/**
 * Requests per second from one egress IP, counted in a Bucket4j bucket in Redis that every replica
 * shares ({@code crewbid:upwork:egress:<egress id>}). The bucket holds at most one request and
 * refills it greedily over {@link #spacing}: consecutive requests, from any replica, are at least
 * that far apart, so that no window of one second, however it is placed, holds more than the limit.
 * The spacing is a second divided by the limit, plus {@value #JITTER_MARGIN_PERCENT} % for the
 * network's jitter between us and Upwork. Callers queue for a slot (a Bucket4j reservation) for at
 * most the configured wait. The replicas' clocks must agree (NTP), since each one's clock times the
 * shared bucket.
 */
final class EgressRateLimit implements AutoCloseable {

  static final String KEY_PREFIX = "crewbid:upwork:egress:";

  /**
   * Upwork sees our requests a little earlier or later than their slots: a thread wakes late, a
   * connection is slow. Measured here, under load, delays of up to ~100 ms occur.
   */
  static final int JITTER_MARGIN_PERCENT = 20;

  /** Version 2: one smooth slot instead of a second's allowance refilled at once (version 1). */
  private static final long CONFIGURATION_VERSION = 2;

  private final StatefulRedisConnection<String, byte[]> connection;
  private final BucketProxy bucket;
  private final Duration maxWait;

  EgressRateLimit(RedisClient redis, String egressId, int requestsPerSecond, Duration maxWait) {
    this.maxWait = maxWait;
    this.connection = redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    BucketConfiguration configuration = smooth(requestsPerSecond);
    this.bucket =
        Bucket4jLettuce.casBasedBuilder(connection)
            .clientClock(TimeMeter.SYSTEM_MILLISECONDS)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(10)))
            .build()
            .builder()
            .withImplicitConfigurationReplacement(
                CONFIGURATION_VERSION, TokensInheritanceStrategy.RESET)
            .build(KEY_PREFIX + egressId, () -> configuration);
  }

  /** Waits for a slot; false when none comes within the maximum wait (nothing is taken then). */
  boolean acquire() throws InterruptedException {
    return bucket.asBlocking().tryConsume(1, maxWait);
  }

  Duration maxWait() {
    return maxWait;
  }

  @Override
  public void close() {
    connection.close();
  }

  /** The least time between two requests for a limit of {@code requestsPerSecond}. */
  static Duration spacing(int requestsPerSecond) {
    return Duration.ofNanos(
        1_000_000_000L * (100 + JITTER_MARGIN_PERCENT) / 100 / Math.max(1, requestsPerSecond));
  }

  private static BucketConfiguration smooth(int requestsPerSecond) {
    return BucketConfiguration.builder()
        .addLimit(
            BandwidthBuilder.builder()
                .capacity(1)
                .refillGreedy(1, spacing(requestsPerSecond))
                .initialTokens(0)
                .build())
        .build();
  }
}
