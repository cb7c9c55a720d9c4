package com.crewbid.approvals;

import com.crewbid.identity.AgencyRole;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An agency's approval policy: rules in order; the first enabled rule that matches decides who must
 * approve, and a subject no rule matches is approved automatically.
 *
 * @param version the optimistic-lock version (the ETag); the standard policy starts at 0
 * @param updatedAt when an owner last saved it; null while the standard policy was never saved
 */
public record ApprovalPolicy(long version, List<ApprovalRule> rules, Instant updatedAt) {

  /** The id of the standard policy's one rule, the same in every agency. */
  public static final UUID STANDARD_RULE_ID =
      UUID.nameUUIDFromBytes("crewbid:approvals:standard-rule".getBytes(StandardCharsets.UTF_8));

  /**
   * What an agency starts with: every proposal needs one approval from an owner or a manager, so
   * nothing leaves unseen until the owner decides otherwise.
   */
  public static final List<ApprovalRule> STANDARD_RULES =
      List.of(
          new ApprovalRule(
              STANDARD_RULE_ID,
              "Every proposal",
              true,
              new RuleCondition.Always(),
              Approvers.ofRoles(AgencyRole.OWNER, AgencyRole.MANAGER),
              1));

  public ApprovalPolicy {
    rules = List.copyOf(rules);
  }

  public Evaluation evaluate(ProposalFacts facts) {
    for (int i = 0; i < rules.size(); i++) {
      ApprovalRule rule = rules.get(i);
      if (!rule.enabled()) {
        continue;
      }
      Optional<String> why = rule.condition().match(facts);
      if (why.isPresent()) {
        return Evaluation.of(rule, i + 1, why.get());
      }
    }
    return Evaluation.noRule();
  }
}
