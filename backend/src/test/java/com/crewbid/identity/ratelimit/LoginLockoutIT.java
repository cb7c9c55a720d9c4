package com.crewbid.identity.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import com.crewbid.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The lockout against the real Redis; two instances over it stand for two replicas. */
@IntegrationTest
class LoginLockoutIT {

  static final LockoutSettings SETTINGS =
      new LockoutSettings(5, Duration.ofMinutes(1), Duration.ofHours(1), 100, Duration.ofHours(24));

  @Autowired StringRedisTemplate redis;
  @Autowired LoginLockout applicationLockout;

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
  final String account = "ana-" + UUID.randomUUID() + "@example.com";
  LoginLockout lockout;

  @BeforeEach
  void lockout() {
    lockout = new LoginLockout(redis, SETTINGS, clock);
  }

  void fail(LoginLockout instance, int times) {
    for (int i = 0; i < times; i++) {
      instance.recordFailure(account);
    }
  }

  @Test
  void whenFewerThanFiveConsecutiveFailuresThenTheAccountIsNotLocked() {
    for (int i = 0; i < 4; i++) {
      assertThat(lockout.recordFailure(account)).isEmpty();
    }

    assertThat(lockout.lockedFor(account)).isEmpty();
  }

  @Test
  void whenFifthFailureThenTheAccountIsLockedForAMinute() {
    fail(lockout, 4);

    assertThat(lockout.recordFailure(account)).contains(Duration.ofMinutes(1));
    clock.advance(Duration.ofSeconds(20));
    assertThat(lockout.lockedFor(account)).contains(Duration.ofSeconds(40));
    clock.advance(Duration.ofSeconds(40));
    assertThat(lockout.lockedFor(account)).isEmpty();
  }

  @Test
  void whenFailuresContinueAfterEachLockThenTheDelayDoublesUpToAnHour() {
    fail(lockout, 5);
    for (long minutes : new long[] {2, 4, 8, 16, 32, 60, 60}) {
      clock.advance(lockout.lockedFor(account).orElseThrow());

      assertThat(lockout.recordFailure(account)).contains(Duration.ofMinutes(minutes));
    }
  }

  @Test
  void whenSignInSucceedsThenTheConsecutiveCountResets() {
    fail(lockout, 4);
    lockout.recordSuccess(account);

    fail(lockout, 4);

    assertThat(lockout.lockedFor(account)).isEmpty();
    assertThat(lockout.recordFailure(account)).contains(Duration.ofMinutes(1));
  }

  @Test
  void whenAccountIsLockedThenOtherAccountsAreNot() {
    fail(lockout, 5);

    assertThat(lockout.lockedFor("someone-else-" + account)).isEmpty();
  }

  @Test
  void whenHundredFailuresWithinAnHourThenAttemptsAreRefusedEvenBetweenSuccesses() {
    for (int round = 0; round < 25; round++) {
      fail(lockout, 4);
      lockout.recordSuccess(account);
      clock.advance(Duration.ofSeconds(60));
    }
    // 100 failures, the first at 10:00, the last at 10:24; never 5 in a row.

    assertThat(lockout.lockedFor(account)).contains(Duration.ofMinutes(35));
    lockout.recordSuccess(account);
    assertThat(lockout.lockedFor(account)).isPresent();
    clock.advance(Duration.ofMinutes(35));
    assertThat(lockout.lockedFor(account)).isEmpty();
  }

  @Test
  void whenTwoReplicasSeeFailuresThenTheyShareOneCount() {
    LoginLockout otherReplica = new LoginLockout(redis, SETTINGS, clock);
    fail(lockout, 2);
    fail(otherReplica, 2);

    assertThat(lockout.lockedFor(account)).isEmpty();
    assertThat(otherReplica.recordFailure(account)).contains(Duration.ofMinutes(1));
    assertThat(lockout.lockedFor(account)).contains(Duration.ofMinutes(1));

    otherReplica.recordSuccess(account);
    clock.advance(Duration.ofMinutes(1));
    assertThat(lockout.recordFailure(account)).isEmpty();
  }

  @Test
  void whenStateIsStoredThenKeysHoldNoEmailAndExpire() {
    applicationLockout.recordFailure(account);

    assertThat(redis.keys("crewbid:lockout:*")).isNotEmpty().noneMatch(k -> k.contains("ana-"));
    assertThat(redis.keys("crewbid:lockout:*"))
        .allSatisfy(k -> assertThat(redis.getExpire(k)).isPositive());
  }
}
