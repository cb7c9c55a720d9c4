package com.crewbid.approvals;

import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.Money;
import java.util.List;
import java.util.UUID;

/** Rules for tests, approved by one manager unless said otherwise. */
public final class Rules {

  private Rules() {}

  public static ApprovalRule rule(String name, RuleCondition condition) {
    return rule(name, condition, Approvers.ofRoles(AgencyRole.MANAGER), 1);
  }

  public static ApprovalRule rule(
      String name, RuleCondition condition, Approvers approvers, int needed) {
    return new ApprovalRule(UUID.randomUUID(), name, true, condition, approvers, needed);
  }

  public static ApprovalRule disabled(ApprovalRule rule) {
    return new ApprovalRule(
        rule.id(), rule.name(), false, rule.condition(), rule.approvers(), rule.approvalsNeeded());
  }

  public static RuleCondition bidAtLeast(long amount, String currency) {
    return new RuleCondition.BidAtLeast(Money.of(amount, currency));
  }

  public static RuleCondition categories(String... names) {
    return new RuleCondition.Categories(List.of(names));
  }

  public static ApprovalPolicy policy(ApprovalRule... rules) {
    return new ApprovalPolicy(1, List.of(rules), null);
  }
}
