package com.crewbid.approvals;

import static com.crewbid.approvals.Rules.bidAtLeast;
import static com.crewbid.approvals.Rules.categories;
import static com.crewbid.approvals.Rules.policy;
import static com.crewbid.approvals.Rules.rule;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.shared.UserId;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which edits of an approved proposal send it back for approval. */
class ReapprovalTest {

  final Facts approved =
      Facts.any().bid("1500", "USD").connects(12).category("Design").newClient(true).prior(1);

  @Test
  void whenTheEditTouchesWhatTheApprovingRuleLooksAtThenItGoesBack() {
    assertThat(backAfter(rule("Bid", bidAtLeast(1000, "USD")), approved.bid("1200", "USD")))
        .hasValueSatisfying(why -> assertThat(why).contains("the bid", "“Bid”"));
    assertThat(
            backAfter(
                rule("Connects", new RuleCondition.ConnectsAtLeast(10)), approved.connects(14)))
        .isPresent();
    assertThat(
            backAfter(
                rule("Categories", categories("Design", "Writing")), approved.category("Writing")))
        .isPresent();
    assertThat(
            backAfter(
                rule("Newcomers", new RuleCondition.FirstProposals(3)),
                approved.author(UserId.random())))
        .isPresent();
  }

  @Test
  void whenTheEditTouchesOnlyWhatTheRuleIgnoresThenTheApprovalStands() {
    assertThat(
            backAfter(rule("Bid", bidAtLeast(1000, "USD")), approved.connects(20), "coverLetter"))
        .isEmpty();
    assertThat(
            backAfter(
                rule("Connects", new RuleCondition.ConnectsAtLeast(10)),
                approved.bid("3000", "USD")))
        .isEmpty();
    assertThat(backAfter(rule("New client", new RuleCondition.NewClient()), approved, "answers"))
        .isEmpty();
    // The author's own count of earlier proposals grows by itself: not an edit of this proposal.
    assertThat(backAfter(rule("Newcomers", new RuleCondition.FirstProposals(3)), approved.prior(2)))
        .isEmpty();
  }

  @Test
  void whenTheApprovingRuleIsAlwaysThenAnyMaterialChangeSendsItBack() {
    ApprovalRule always = rule("Every proposal", new RuleCondition.Always());

    assertThat(backAfter(always, approved, "coverLetter")).isPresent();
    assertThat(backAfter(always, approved.bid("1501", "USD"))).isPresent();
    assertThat(backAfter(always, approved)).isEmpty();
  }

  @Test
  void whenAnotherRuleAppliesNowThenItGoesBack() {
    ApprovalRule design = rule("Design", categories("Design"));
    ApprovalRule big = rule("Big bids", bidAtLeast(5000, "USD"));
    ProposalFacts after = approved.bid("6000", "USD").get();

    Optional<String> why =
        Reapproval.needed(
            design, policy(big, design).evaluate(after), approved.get(), after, Set.of());

    assertThat(why).hasValueSatisfying(w -> assertThat(w).contains("another rule"));
  }

  @Test
  void whenNoRuleAppliesAnyMoreThenTheApprovalStands() {
    ApprovalRule big = rule("Big bids", bidAtLeast(1000, "USD"));
    ProposalFacts after = approved.bid("800", "USD").get();

    assertThat(Reapproval.needed(big, policy(big).evaluate(after), approved.get(), after, Set.of()))
        .isEmpty();
  }

  @Test
  void whenItWasApprovedAutomaticallyAndARuleAppliesNowThenItGoesBack() {
    ApprovalRule big = rule("Big bids", bidAtLeast(1000, "USD"));
    ProposalFacts before = approved.bid("500", "USD").get();
    ProposalFacts after = approved.bid("1000", "USD").get();

    assertThat(Reapproval.needed(null, policy(big).evaluate(after), before, after, Set.of()))
        .hasValueSatisfying(w -> assertThat(w).contains("approved automatically"));
  }

  @Test
  void whenTheApprovingRulesParametersWereEditedThenItIsStillTheSameRule() {
    ApprovalRule before = rule("Big bids", bidAtLeast(1000, "USD"));
    ApprovalRule edited =
        new ApprovalRule(
            before.id(), "Large bids", true, bidAtLeast(500, "USD"), before.approvers(), 2);
    ProposalFacts after = approved.get();

    assertThat(
            Reapproval.needed(
                before, policy(edited).evaluate(after), approved.get(), after, Set.of("duration")))
        .isEmpty();
  }

  private Optional<String> backAfter(ApprovalRule rule, Facts edited, String... changed) {
    ProposalFacts after = edited.get();
    return Reapproval.needed(
        rule, policy(rule).evaluate(after), approved.get(), after, Set.of(changed));
  }
}
