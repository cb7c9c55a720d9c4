package com.crewbid.approvals.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.approvals.ApprovalPolicy;
import com.crewbid.approvals.ApprovalRule;
import com.crewbid.approvals.ApprovalState;
import com.crewbid.approvals.Approvers;
import com.crewbid.approvals.Decision;
import com.crewbid.approvals.Evaluation;
import com.crewbid.approvals.Facts;
import com.crewbid.approvals.ProposalFacts;
import com.crewbid.approvals.RuleCondition;
import com.crewbid.approvals.Rules;
import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The approval request's own rules: counting approvals, rounds, one decision each. */
class ApprovalRequestRecordTest {

  static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");

  final UserId author = UserId.random();
  final UserId anna = UserId.random();
  final UserId boris = UserId.random();
  final ProposalFacts facts = Facts.by(author).get();

  @Test
  void whenApprovalsReachTheNeededCountThenTheRequestIsApproved() {
    ApprovalRequestRecord request = pending(2);

    request.decide(anna, "Anna", Decision.APPROVE, null, NOW);
    assertThat(request.state()).isEqualTo(ApprovalState.PENDING);
    assertThat(request.approvalsGiven()).isEqualTo(1);

    request.decide(boris, "Boris", Decision.APPROVE, null, NOW);
    assertThat(request.state()).isEqualTo(ApprovalState.APPROVED);
    assertThat(request.approvalsGiven()).isEqualTo(2);
  }

  @Test
  void whenOneApproverRejectsThenTheRequestIsRejectedWhateverOthersApproved() {
    ApprovalRequestRecord request = pending(2);
    request.decide(anna, "Anna", Decision.APPROVE, null, NOW);

    request.decide(boris, "Boris", Decision.REJECT, "Not our kind of job", NOW);

    assertThat(request.state()).isEqualTo(ApprovalState.REJECTED);
    assertThatThrownBy(() -> request.decide(UserId.random(), "Late", Decision.APPROVE, null, NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void whenChangesAreRequestedThenItNeedsACommentAndGoesBackToTheAuthor() {
    ApprovalRequestRecord request = pending(1);

    assertThatThrownBy(() -> request.decide(anna, "Anna", Decision.REQUEST_CHANGES, " ", NOW))
        .isInstanceOf(IllegalArgumentException.class);
    request.decide(anna, "Anna", Decision.REQUEST_CHANGES, "Shorter, please", NOW);

    assertThat(request.state()).isEqualTo(ApprovalState.CHANGES_REQUESTED);
    assertThat(request.canResubmit()).isTrue();
  }

  @Test
  void whenTheAuthorDecidesThenItIsRefused() {
    ApprovalRequestRecord request = pending(1);

    assertThatThrownBy(() -> request.decide(author, "Author", Decision.APPROVE, null, NOW))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(request.state()).isEqualTo(ApprovalState.PENDING);
  }

  @Test
  void whenAnApproverDecidesTwiceInARoundThenTheSecondIsRefused() {
    ApprovalRequestRecord request = pending(2);
    request.decide(anna, "Anna", Decision.APPROVE, null, NOW);

    assertThatThrownBy(() -> request.decide(anna, "Anna", Decision.APPROVE, null, NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThat(request.approvalsGiven()).isEqualTo(1);
  }

  @Test
  void whenResubmittedThenANewRoundStartsAndEarlierDecisionsStayButCountNoMore() {
    ApprovalRequestRecord request = pending(2);
    request.decide(anna, "Anna", Decision.APPROVE, null, NOW);
    request.decide(boris, "Boris", Decision.REQUEST_CHANGES, "Add a portfolio link", NOW);

    request.startRound(facts, evaluation(2), "{}", NOW.plusSeconds(60));

    assertThat(request.round()).isEqualTo(2);
    assertThat(request.state()).isEqualTo(ApprovalState.PENDING);
    assertThat(request.approvalsGiven()).isZero();
    assertThat(request.hasDecided(anna)).isFalse();
    var view = request.toView(evaluation(2).rule());
    assertThat(view.decisions()).hasSize(2).allMatch(d -> d.round() == 1);
    assertThat(view.currentDecisions()).isEmpty();
  }

  @Test
  void whenNoRuleAppliesThenTheRequestIsApprovedAtOnceAndNeedsNobody() {
    ApprovalRequestRecord request =
        ApprovalRequestRecord.open(
            facts, new ApprovalPolicy(1, List.of(), null).evaluate(facts), null, NOW);

    assertThat(request.state()).isEqualTo(ApprovalState.APPROVED);
    assertThat(request.approvalsNeeded()).isZero();
    assertThat(request.reason()).isEqualTo(Evaluation.NO_RULE_MATCHED);
    assertThat(request.toView(null).autoApproved()).isTrue();
  }

  @Test
  void whenWithdrawnThenItLeavesApprovalAndCanBeResubmitted() {
    ApprovalRequestRecord request = pending(1);

    request.withdraw(NOW);

    assertThat(request.state()).isEqualTo(ApprovalState.WITHDRAWN);
    assertThat(request.canResubmit()).isTrue();
    assertThat(request.canWithdraw()).isFalse();
  }

  private ApprovalRequestRecord pending(int needed) {
    return ApprovalRequestRecord.open(facts, evaluation(needed), "{}", NOW);
  }

  private Evaluation evaluation(int needed) {
    ApprovalRule rule =
        Rules.rule(
            "Every proposal",
            new RuleCondition.Always(),
            Approvers.ofRoles(AgencyRole.MANAGER),
            needed);
    return Rules.policy(rule).evaluate(facts);
  }
}
