package com.crewbid.proposals.internal;

import com.crewbid.shared.Money;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One milestone of a fixed-price bid: what is delivered, by when (optional), for how much. */
public record Milestone(String description, @Nullable LocalDate dueDate, Money amount) {

  public Milestone {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(amount, "amount");
  }
}
