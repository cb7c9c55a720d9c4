package com.crewbid.proposals.internal;

import com.crewbid.jobs.JobType;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What sending a proposal for a job will cost in Connects, as far as Crewbid can tell. Upwork's API
 * gives no price, and Upwork prices a job by its size, so the estimate follows the size: the fixed
 * budget, or for hourly work the top of the rate range times 40 hours (one week). Members override
 * it with what Upwork shows them.
 *
 * <pre>
 * size  < 50  100  250  500  1000  5000  more  unknown
 *         2    4    6    8    10    12    16      6
 * </pre>
 */
record ConnectsEstimate(int connects, String basis) {

  static final int UNKNOWN = 6;
  private static final int[] LIMITS = {50, 100, 250, 500, 1000, 5000};
  private static final int[] COSTS = {2, 4, 6, 8, 10, 12};
  private static final int LARGEST = 16;

  static ConnectsEstimate of(
      JobType type,
      String currency,
      @Nullable BigDecimal budget,
      @Nullable BigDecimal hourlyMin,
      @Nullable BigDecimal hourlyMax) {
    BigDecimal size;
    String basis;
    if (type == JobType.FIXED && budget != null && budget.signum() > 0) {
      size = budget;
      basis = "the fixed budget of " + budget.toPlainString() + " " + currency;
    } else if (type == JobType.HOURLY && (hourlyMax != null || hourlyMin != null)) {
      BigDecimal rate = hourlyMax != null ? hourlyMax : hourlyMin;
      size = rate.multiply(BigDecimal.valueOf(40));
      basis = "a week (40 h) at " + rate.toPlainString() + " " + currency + "/h";
    } else {
      return new ConnectsEstimate(UNKNOWN, "the job names no budget; a typical price");
    }
    for (int i = 0; i < LIMITS.length; i++) {
      if (size.compareTo(BigDecimal.valueOf(LIMITS[i])) < 0) {
        return new ConnectsEstimate(COSTS[i], "Estimated from " + basis);
      }
    }
    return new ConnectsEstimate(LARGEST, "Estimated from " + basis);
  }

  /**
   * The estimate of a proposal, with its basis; once the job's budget was forgotten (24 hours after
   * it was fetched) the estimate made with the draft stands.
   */
  static ConnectsEstimate of(ProposalRecord p) {
    if (p.jobFetchedAt() == null) {
      return new ConnectsEstimate(
          p.connectsEstimate(),
          "Estimated from the job's size when the draft was made (Crewbid keeps Upwork's budget"
              + " for 24 hours only)");
    }
    BigDecimal budget = p.jobBudget() == null ? null : p.jobBudget().amount();
    BigDecimal min = p.jobHourlyMin() == null ? null : p.jobHourlyMin().amount();
    BigDecimal max = p.jobHourlyMax() == null ? null : p.jobHourlyMax().amount();
    return of(p.jobType(), p.jobCurrency().strip(), budget, min, max);
  }
}
