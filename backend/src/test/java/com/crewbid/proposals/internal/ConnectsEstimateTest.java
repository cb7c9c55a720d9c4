package com.crewbid.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.jobs.JobType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Connects estimate follows the size of the job, as documented. */
class ConnectsEstimateTest {

  @ParameterizedTest
  @CsvSource({
    "49.99,2",
    "50,4",
    "99,4",
    "100,6",
    "499,8",
    "999.99,10",
    "1000,12",
    "4999,12",
    "5000,16"
  })
  void whenAFixedJobHasABudgetThenTheEstimateFollowsIt(String budget, int connects) {
    ConnectsEstimate estimate =
        ConnectsEstimate.of(JobType.FIXED, "USD", new BigDecimal(budget), null, null);

    assertThat(estimate.connects()).isEqualTo(connects);
    assertThat(estimate.basis()).contains(budget + " USD");
  }

  @Test
  void whenAnHourlyJobNamesARateThenAWeekAtTheTopRateIsItsSize() {
    assertThat(
            ConnectsEstimate.of(
                    JobType.HOURLY, "USD", null, new BigDecimal("10"), new BigDecimal("20"))
                .connects())
        .as("40 h at 20 = 800")
        .isEqualTo(10);
    assertThat(
            ConnectsEstimate.of(JobType.HOURLY, "USD", null, new BigDecimal("30"), null).connects())
        .as("40 h at 30 = 1200")
        .isEqualTo(12);
  }

  @Test
  void whenTheJobNamesNoBudgetThenATypicalPriceIsAssumedAndSaid() {
    ConnectsEstimate estimate = ConnectsEstimate.of(JobType.FIXED, "USD", null, null, null);

    assertThat(estimate.connects()).isEqualTo(ConnectsEstimate.UNKNOWN);
    assertThat(estimate.basis()).contains("no budget");
  }
}
