package com.crewbid.approvals;

/**
 * Which rule of a policy applies to some facts, and why.
 *
 * @param rule the first enabled rule that matches; null when none does (approved automatically)
 * @param position the rule's place in the policy, from 1; 0 when none matches
 * @param reason a sentence for the audit log and the people involved
 */
public record Evaluation(ApprovalRule rule, int position, String reason) {

  public static final String NO_RULE_MATCHED =
      "No enabled rule of the approval policy applies, so it is approved automatically.";

  public boolean requiresApproval() {
    return rule != null;
  }

  static Evaluation noRule() {
    return new Evaluation(null, 0, NO_RULE_MATCHED);
  }

  static Evaluation of(ApprovalRule rule, int position, String why) {
    return new Evaluation(
        rule, position, "Rule " + position + " “" + rule.name() + "” applies: " + why + ".");
  }
}
