package com.crewbid.approvals;

import java.util.Objects;
import java.util.UUID;

/**
 * One rule of an agency's approval policy: when it applies, who may approve, and how many approvals
 * it takes. Its id stays the same while the owner edits the rule, so an approval given under it can
 * be recognised later.
 */
public record ApprovalRule(
    UUID id,
    String name,
    boolean enabled,
    RuleCondition condition,
    Approvers approvers,
    int approvalsNeeded) {

  public ApprovalRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(approvers, "approvers");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A rule has a name");
    }
    name = name.trim();
    if (approvalsNeeded < 1) {
      throw new IllegalArgumentException("A rule needs at least one approval");
    }
  }

  public RuleKind kind() {
    return condition.kind();
  }
}
