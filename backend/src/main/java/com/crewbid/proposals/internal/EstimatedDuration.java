package com.crewbid.proposals.internal;

/** How long the member expects the work to take, in Upwork's ranges. */
public enum EstimatedDuration {
  LESS_THAN_ONE_MONTH("Less than 1 month"),
  ONE_TO_THREE_MONTHS("1 to 3 months"),
  THREE_TO_SIX_MONTHS("3 to 6 months"),
  MORE_THAN_SIX_MONTHS("More than 6 months");

  private final String label;

  EstimatedDuration(String label) {
    this.label = label;
  }

  /** As Upwork words it (sent with the proposal). */
  public String label() {
    return label;
  }
}
