package com.crewbid.approvals;

import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.UserId;
import java.util.List;
import java.util.UUID;

/**
 * A rule as an editor writes and reads it: flat, one field per parameter, every value as typed, so
 * that each mistake can be named by its field ({@code rules[2].minimumBid.amount}). Only the
 * parameters of its {@code kind} are kept when the policy is saved.
 *
 * @param id the rule's id when editing an existing rule; null (or unknown) for a new rule
 * @param enabled null counts as enabled
 * @param kind a {@link RuleKind} name
 * @param minimumBid for BID_AT_LEAST: the amount and currency a bid must reach
 * @param minimumConnects for CONNECTS_AT_LEAST: the Connects a submission must cost at least
 * @param firstProposals for FIRST_PROPOSALS: how many of an author's first proposals it covers
 * @param categories for CATEGORIES: Upwork category names
 * @param approvers who may approve: roles and/or ids of current members
 * @param approvalsNeeded how many approvals it takes (1 or more)
 */
public record RuleDraft(
    UUID id,
    String name,
    Boolean enabled,
    String kind,
    Amount minimumBid,
    Integer minimumConnects,
    Integer firstProposals,
    List<String> categories,
    ApproverChoice approvers,
    Integer approvalsNeeded) {

  /** Money as typed: a decimal string and an ISO 4217 code. */
  public record Amount(String amount, String currency) {}

  /** Roles (names of {@link AgencyRole}) and people (user ids), as typed. */
  public record ApproverChoice(List<String> roles, List<String> userIds) {}

  /** The flat form of a valid rule (what the API shows and the database keeps). */
  public static RuleDraft of(ApprovalRule rule) {
    RuleCondition condition = rule.condition();
    return new RuleDraft(
        rule.id(),
        rule.name(),
        rule.enabled(),
        rule.kind().name(),
        condition instanceof RuleCondition.BidAtLeast bid
            ? new Amount(bid.minimum().amount().toPlainString(), bid.minimum().currency())
            : null,
        condition instanceof RuleCondition.ConnectsAtLeast connects ? connects.minimum() : null,
        condition instanceof RuleCondition.FirstProposals first ? first.count() : null,
        condition instanceof RuleCondition.Categories categories ? categories.names() : null,
        new ApproverChoice(
            rule.approvers().roles().stream().map(AgencyRole::name).toList(),
            rule.approvers().people().stream().map(UserId::toString).toList()),
        rule.approvalsNeeded());
  }
}
