package com.crewbid.upwork.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import com.crewbid.upwork.client.DailyBudget.Verdict;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/** The fair-share rule of the daily budget, against the real Redis. */
@IntegrationTest
class DailyBudgetIT {

  @Autowired RedisConnectionFactory redis;

  @Test
  void whenOneTenantIsAloneThenItMayUseTheWholeBudget() {
    try (DailyBudget budget = budget(10)) {
      for (int i = 0; i < 10; i++) {
        assertThat(budget.spend("a")).isEqualTo(Verdict.ADMITTED);
      }
      assertThat(budget.spend("a")).isEqualTo(Verdict.KEY_EXHAUSTED);
    }
  }

  @Test
  void whenTwoTenantsAreActiveThenNeitherTakesWhatTheOtherCanStillClaim() {
    try (DailyBudget budget = budget(10)) {
      assertThat(budget.spend("a")).isEqualTo(Verdict.ADMITTED);
      assertThat(budget.spend("b")).isEqualTo(Verdict.ADMITTED);
      for (int i = 0; i < 4; i++) {
        assertThat(budget.spend("a")).isEqualTo(Verdict.ADMITTED);
      }
      assertThat(budget.spend("a")).as("a has its share of 5").isEqualTo(Verdict.SHARE_EXHAUSTED);
      for (int i = 0; i < 4; i++) {
        assertThat(budget.spend("b")).isEqualTo(Verdict.ADMITTED);
      }
      assertThat(budget.spend("b")).isEqualTo(Verdict.KEY_EXHAUSTED);
    }
  }

  @Test
  void whenTheOtherTenantStopsShortThenItsUnusedShareIsAvailable() {
    try (DailyBudget budget = budget(10)) {
      budget.spend("b");
      for (int i = 0; i < 5; i++) {
        budget.spend("a");
      }
      assertThat(budget.spend("b")).isEqualTo(Verdict.ADMITTED);
      assertThat(budget.spend("b")).isEqualTo(Verdict.ADMITTED);
      // b spent 3 of its 5; a may now have what b leaves: 10 - 8 spent = 2 left, b may claim 2.
      assertThat(budget.spend("a")).isEqualTo(Verdict.SHARE_EXHAUSTED);
    }
  }

  private DailyBudget budget(long perDay) {
    return new DailyBudget(
        UpworkClientConfiguration.lettuce(redis),
        "budget-test-" + UUID.randomUUID(),
        perDay,
        Clock.systemUTC());
  }
}
