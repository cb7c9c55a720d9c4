package com.crewbid.approvals;

import java.util.Optional;
import java.util.Set;

/**
 * Whether an edit of an approved subject needs approval again: when a rule applies now that is not
 * the one that approved it (rules are told apart by id, which survives edits of the policy), or
 * when the same rule applies and the edit touches what it looks at. When no rule applies any more,
 * the approval stands.
 */
final class Reapproval {

  private Reapproval() {}

  /**
   * @param approvedUnder the rule the subject was approved under; null when approved automatically
   * @param now the policy's evaluation of the edited facts
   * @return why it needs approval again; empty when the approval stands
   */
  static Optional<String> needed(
      ApprovalRule approvedUnder,
      Evaluation now,
      ProposalFacts before,
      ProposalFacts after,
      Set<String> changedContent) {
    if (!now.requiresApproval()) {
      return Optional.empty();
    }
    if (approvedUnder == null) {
      return Optional.of("It was approved automatically, but a rule applies to it now.");
    }
    if (!approvedUnder.id().equals(now.rule().id())) {
      return Optional.of(
          "It was approved under rule “"
              + approvedUnder.name()
              + "”, but another rule applies now.");
    }
    return approvedUnder.condition().touchedBy(before, after, changedContent)
        ? Optional.of(
            "The edit changed "
                + approvedUnder.condition().looksAt()
                + ", which rule “"
                + approvedUnder.name()
                + "” looks at.")
        : Optional.empty();
  }
}
