package com.crewbid.approvals;

import static com.crewbid.approvals.Rules.bidAtLeast;
import static com.crewbid.approvals.Rules.categories;
import static com.crewbid.approvals.Rules.disabled;
import static com.crewbid.approvals.Rules.policy;
import static com.crewbid.approvals.Rules.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy engine: which rule applies to which facts, and why. */
class ApprovalPolicyTest {

  @Test
  void whenRuleIsAlwaysThenItMatchesAnyProposal() {
    ApprovalRule always = rule("Everything", new RuleCondition.Always());

    assertThat(policy(always).evaluate(Facts.any().get()).rule()).isEqualTo(always);
    assertThat(policy(always).evaluate(Facts.any().bid("1", "EUR").connects(0).get()).rule())
        .isEqualTo(always);
  }

  @Test
  void whenBidReachesTheAmountThenBidRuleMatchesAndBelowItDoesNot() {
    ApprovalRule big = rule("Big bids", bidAtLeast(1000, "USD"));

    Evaluation exactly = policy(big).evaluate(Facts.any().bid("1000.00", "USD").get());
    Evaluation above = policy(big).evaluate(Facts.any().bid("1500", "USD").get());
    Evaluation below = policy(big).evaluate(Facts.any().bid("999.99", "USD").get());

    assertThat(exactly.rule()).isEqualTo(big);
    assertThat(exactly.reason()).contains("1000.00 USD is at least 1000.00 USD");
    assertThat(above.rule()).isEqualTo(big);
    assertThat(below.requiresApproval()).isFalse();
  }

  @Test
  void whenBidIsInAnotherCurrencyThenBidRuleAppliesToBeSafe() {
    ApprovalRule big = rule("Big bids", bidAtLeast(1000, "USD"));

    Evaluation euros = policy(big).evaluate(Facts.any().bid("10.00", "EUR").get());

    assertThat(euros.rule()).isEqualTo(big);
    assertThat(euros.reason()).contains("another currency");
  }

  @Test
  void whenClientIsNewThenNewClientRuleMatchesAndForAKnownClientItDoesNot() {
    ApprovalRule newClient = rule("New clients", new RuleCondition.NewClient());

    assertThat(policy(newClient).evaluate(Facts.any().newClient(true).get()).rule())
        .isEqualTo(newClient);
    assertThat(policy(newClient).evaluate(Facts.any().newClient(false).get()).rule()).isNull();
  }

  @Test
  void whenAuthorIsWithinTheirFirstNProposalsThenFirstProposalsRuleMatches() {
    ApprovalRule firstThree = rule("Newcomers", new RuleCondition.FirstProposals(3));

    assertThat(policy(firstThree).evaluate(Facts.any().prior(0).get()).reason())
        .contains("proposal 1 of the author's first 3");
    assertThat(policy(firstThree).evaluate(Facts.any().prior(2).get()).rule())
        .isEqualTo(firstThree);
    assertThat(policy(firstThree).evaluate(Facts.any().prior(3).get()).rule()).isNull();
  }

  @Test
  void whenConnectsReachTheMinimumThenConnectsRuleMatchesAndBelowItDoesNot() {
    ApprovalRule costly = rule("Costly", new RuleCondition.ConnectsAtLeast(10));

    assertThat(policy(costly).evaluate(Facts.any().connects(10).get()).rule()).isEqualTo(costly);
    assertThat(policy(costly).evaluate(Facts.any().connects(16).get()).reason())
        .contains("16 Connects, at least 10");
    assertThat(policy(costly).evaluate(Facts.any().connects(9).get()).rule()).isNull();
  }

  @Test
  void whenCategoryIsListedThenCategoriesRuleMatchesRegardlessOfCase() {
    ApprovalRule design = rule("Design", categories("Design & Creative", "Writing"));

    assertThat(policy(design).evaluate(Facts.any().category("design & creative").get()).rule())
        .isEqualTo(design);
    assertThat(policy(design).evaluate(Facts.any().category("Web Development").get()).rule())
        .isNull();
    assertThat(policy(design).evaluate(Facts.any().category(null).get()).rule()).isNull();
  }

  @Test
  void whenSeveralRulesMatchThenTheFirstInOrderApplies() {
    ApprovalRule newClient = rule("New clients", new RuleCondition.NewClient());
    ApprovalRule big = rule("Big bids", bidAtLeast(1000, "USD"));
    ProposalFacts both = Facts.any().newClient(true).bid("2000", "USD").get();

    Evaluation newClientFirst = policy(newClient, big).evaluate(both);
    Evaluation bigFirst = policy(big, newClient).evaluate(both);

    assertThat(newClientFirst.rule()).isEqualTo(newClient);
    assertThat(newClientFirst.position()).isEqualTo(1);
    assertThat(bigFirst.rule()).isEqualTo(big);
    assertThat(bigFirst.reason()).startsWith("Rule 1 “Big bids” applies: the bid of 2000.00 USD");
  }

  @Test
  void whenEarlierRulesDoNotMatchThenALaterOneApplies() {
    ApprovalRule big = rule("Big bids", bidAtLeast(1000, "USD"));
    ApprovalRule costly = rule("Costly", new RuleCondition.ConnectsAtLeast(6));

    Evaluation evaluation = policy(big, costly).evaluate(Facts.any().connects(8).get());

    assertThat(evaluation.rule()).isEqualTo(costly);
    assertThat(evaluation.position()).isEqualTo(2);
  }

  @Test
  void whenARuleIsDisabledThenItIsSkipped() {
    ApprovalRule off = disabled(rule("Everything", new RuleCondition.Always()));
    ApprovalRule newClient = rule("New clients", new RuleCondition.NewClient());

    assertThat(policy(off, newClient).evaluate(Facts.any().newClient(true).get()).rule())
        .isEqualTo(newClient);
    assertThat(policy(off).evaluate(Facts.any().get()).requiresApproval()).isFalse();
  }

  @Test
  void whenNoRuleMatchesThenTheProposalIsApprovedAutomaticallyWithThatReason() {
    Evaluation none = policy(rule("Big bids", bidAtLeast(1000, "USD"))).evaluate(Facts.any().get());
    Evaluation empty = new ApprovalPolicy(3, List.of(), null).evaluate(Facts.any().get());

    assertThat(none.requiresApproval()).isFalse();
    assertThat(none.position()).isZero();
    assertThat(none.reason()).isEqualTo(Evaluation.NO_RULE_MATCHED);
    assertThat(empty.reason()).isEqualTo(Evaluation.NO_RULE_MATCHED);
  }

  @Test
  void whenNothingWasSavedThenTheStandardPolicyAsksAManagerOrOwnerForEveryProposal() {
    ApprovalPolicy standard = new ApprovalPolicy(0, ApprovalPolicy.STANDARD_RULES, null);

    Evaluation evaluation = standard.evaluate(Facts.any().get());

    assertThat(evaluation.rule().id()).isEqualTo(ApprovalPolicy.STANDARD_RULE_ID);
    assertThat(evaluation.rule().kind()).isEqualTo(RuleKind.ALWAYS);
    assertThat(evaluation.rule().approvers().roles())
        .containsExactlyInAnyOrder(
            com.crewbid.identity.AgencyRole.OWNER, com.crewbid.identity.AgencyRole.MANAGER);
    assertThat(evaluation.rule().approvalsNeeded()).isEqualTo(1);
  }

  @Test
  void whenParametersAreImpossibleThenConditionsRefuseThem() {
    assertThatThrownBy(() -> bidAtLeast(0, "USD")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleCondition.FirstProposals(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RuleCondition.ConnectsAtLeast(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> categories()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> rule("None needed", new RuleCondition.Always(), Approvers.ofRoles(), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
