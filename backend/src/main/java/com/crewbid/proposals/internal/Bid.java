package com.crewbid.proposals.internal;

import com.crewbid.jobs.JobType;
import com.crewbid.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a proposal asks: a fixed price (optionally split into milestones that add up to it exactly)
 * or an hourly rate.
 */
public record Bid(JobType type, Money amount, List<Milestone> milestones) {

  public Bid {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(amount, "amount");
    milestones = milestones == null ? List.of() : List.copyOf(milestones);
    if (type == JobType.HOURLY && !milestones.isEmpty()) {
      throw new IllegalArgumentException("An hourly bid has no milestones");
    }
  }

  /** The sum of the milestones' amounts (zero without milestones). */
  BigDecimal milestoneTotal() {
    return milestones.stream()
        .map(m -> m.amount().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
