package com.crewbid.upwork.client;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Requests per second from one egress IP, counted in a Bucket4j bucket in Redis that every replica
 * shares ({@code crewbid:upwork:egress:<egress id>}). The bucket is refilled with the whole
 * second's allowance at the start of each wall-clock second and starts empty, so no one-second
 * window ever sees more than the limit, whichever way Upwork counts its windows. Callers queue for
 * a slot (a Bucket4j reservation) for at most the configured wait.
 */
final class EgressRateLimit implements AutoCloseable {

  static final String KEY_PREFIX = "crewbid:upwork:egress:";

  private final StatefulRedisConnection<String, byte[]> connection;
  private final BucketProxy bucket;
  private final Duration maxWait;

  EgressRateLimit(RedisClient redis, String egressId, int requestsPerSecond, Duration maxWait) {
    this.maxWait = maxWait;
    this.connection = redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    this.bucket =
        Bucket4jLettuce.casBasedBuilder(connection)
            .clientClock(TimeMeter.SYSTEM_MILLISECONDS)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofSeconds(10)))
            .build()
            .getProxy(KEY_PREFIX + egressId, () -> perSecond(requestsPerSecond));
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

  private static BucketConfiguration perSecond(int requests) {
    return BucketConfiguration.builder()
        .addLimit(
            BandwidthBuilder.builder()
                .capacity(requests)
                .refillIntervallyAligned(
                    requests,
                    Duration.ofSeconds(1),
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1))
                .initialTokens(0)
                .build())
        .build();
  }
}
