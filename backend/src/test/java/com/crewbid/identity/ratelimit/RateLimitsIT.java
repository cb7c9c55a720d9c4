package com.crewbid.identity.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.support.IntegrationTest;
import com.crewbid.support.MutableClock;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Rate limits against the real Redis; hand-built instances stand for separate replicas. */
@IntegrationTest
class RateLimitsIT {

  static final Map<String, RateLimits.Policy> POLICIES =
      Map.of("sign-in-per-ip", new RateLimits.Policy(20, Duration.ofMinutes(1)));

  @Autowired RateLimits applicationLimits;
  @Autowired LettuceConnectionFactory connections;
  @Autowired StringRedisTemplate redis;

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
  final String ip = "203.0.113." + UUID.randomUUID();
  RateLimits replicaA;
  RateLimits replicaB;

  RateLimits replica() {
    return new RateLimits((RedisClient) connections.getNativeClient(), POLICIES, clock);
  }

  @AfterEach
  void close() {
    if (replicaA != null) {
      replicaA.close();
    }
    if (replicaB != null) {
      replicaB.close();
    }
  }

  @Test
  void whenBudgetIsSpentThenTheNextCallIsRefusedWithARetryAfter() {
    replicaA = replica();
    for (int i = 0; i < 20; i++) {
      assertThat(replicaA.tryConsume("sign-in-per-ip", ip).allowed()).isTrue();
    }

    RateLimits.Decision refused = replicaA.tryConsume("sign-in-per-ip", ip);

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(3));
    assertThat(refused.retryAfterSeconds()).isBetween(1L, 3L);
  }

  @Test
  void whenTimePassesThenTheBucketRefills() {
    replicaA = replica();
    for (int i = 0; i < 20; i++) {
      replicaA.tryConsume("sign-in-per-ip", ip);
    }
    Duration wait = replicaA.tryConsume("sign-in-per-ip", ip).retryAfter();

    clock.advance(wait);

    assertThat(replicaA.tryConsume("sign-in-per-ip", ip).allowed()).isTrue();
    assertThat(replicaA.tryConsume("sign-in-per-ip", ip).allowed()).isFalse();
  }

  @Test
  void whenTwoReplicasServeTheSameKeyThenTheyShareOneBudget() {
    replicaA = replica();
    replicaB = replica();
    for (int i = 0; i < 10; i++) {
      assertThat(replicaA.tryConsume("sign-in-per-ip", ip).allowed()).isTrue();
      assertThat(replicaB.tryConsume("sign-in-per-ip", ip).allowed()).isTrue();
    }

    assertThat(replicaA.tryConsume("sign-in-per-ip", ip).allowed()).isFalse();
    assertThat(replicaB.tryConsume("sign-in-per-ip", ip).allowed()).isFalse();
    assertThat(replicaA.tryConsume("sign-in-per-ip", "another-" + ip).allowed()).isTrue();
  }

  @Test
  void whenBucketIsStoredThenItsKeyIsPrefixedAndHoldsNoPersonalData() {
    replicaA = replica();
    String email = "ana-" + UUID.randomUUID() + "@example.com";

    replicaA.tryConsume("sign-in-per-ip", email);

    assertThat(redis.keys("crewbid:ratelimit:sign-in-per-ip:*"))
        .isNotEmpty()
        .noneMatch(k -> k.contains(email));
  }

  @Test
  void whenPolicyIsUnknownThenTheCallFailsLoudly() {
    assertThatThrownBy(() -> applicationLimits.tryConsume("no-such-policy", ip))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void whenTheApplicationStartsThenConfiguredPoliciesAreLoaded() {
    // application.yaml's policies, with the per-address and per-person ones raised by the test
    // profile (every test client is 127.0.0.1).
    assertThat(applicationLimits.policies())
        .containsEntry("sign-in-per-account", new RateLimits.Policy(10, Duration.ofMinutes(1)))
        .containsEntry("mfa-per-account", new RateLimits.Policy(10, Duration.ofMinutes(5)))
        .containsEntry("sign-in-per-ip", new RateLimits.Policy(100_000, Duration.ofMinutes(1)))
        .containsKeys("api-per-user", "password-reset-per-ip");
    assertThat(
            applicationLimits
                .tryConsume("sign-in-per-account", "someone-" + UUID.randomUUID())
                .remaining())
        .isEqualTo(9);
  }
}
