package com.crewbid.approvals;

import static com.crewbid.approvals.ApprovalTeam.bidDraft;
import static com.crewbid.approvals.ApprovalTeam.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.AuditEntry;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.UserAccounts;
import com.crewbid.identity.internal.MembershipRecords;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Approval requests through the service the proposals module calls, against the real database:
 * every flow, every refusal (with nothing changed), the audit trail and the events.
 */
@IntegrationTest
@RecordApplicationEvents
class ApprovalRequestsIT {

  static final List<String> MANAGERS = List.of("MANAGER");
  static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "occurredAt");

  @Autowired TestAgencies agencies;
  @Autowired UserAccounts accounts;
  @Autowired TenantScope tenantScope;
  @Autowired ApprovalRequests requests;
  @Autowired ApprovalPolicies policies;
  @Autowired ApprovalComments comments;
  @Autowired AuditLog audit;
  @Autowired MembershipRecords memberships;
  @Autowired ApplicationEvents events;

  ApprovalTeam team;

  @BeforeEach
  void team() {
    team = new ApprovalTeam("approvals", agencies, accounts, tenantScope);
  }

  @Test
  void whenAManagerApprovesUnderTheStandardPolicyThenItIsApprovedAuditedAndAnnounced() {
    ProposalFacts facts = team.proposal().get();

    ApprovalRequest opened = team.as(() -> requests.open(facts));
    ApprovalRequest approved =
        team.as(
            () ->
                requests.decide(
                    facts.subjectId(),
                    team.managerAnna,
                    Decision.APPROVE,
                    "Good to go",
                    opened.version()));

    assertThat(opened.state()).isEqualTo(ApprovalState.PENDING);
    assertThat(opened.rule().id()).isEqualTo(ApprovalPolicy.STANDARD_RULE_ID);
    assertThat(opened.reason()).startsWith("Rule 1 “Every proposal” applies");
    assertThat(approved.state()).isEqualTo(ApprovalState.APPROVED);
    assertThat(approved.version()).isGreaterThan(opened.version());
    assertThat(approved.decisions())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.approver()).isEqualTo(team.managerAnna.userId());
              assertThat(d.approverName()).isEqualTo("Anna");
              assertThat(d.comment()).isEqualTo("Good to go");
            });
    assertThat(team.as(() -> comments.thread(facts.subjectId())))
        .singleElement()
        .satisfies(e -> assertThat(e.decision()).isEqualTo(Decision.APPROVE));
    assertThat(actions(facts.subjectId()))
        .containsExactly("approval.approved", "approval.requested");
    assertThat(events.stream(ApprovalRequested.class))
        .singleElement()
        .satisfies(e -> assertThat(e.tenantId()).isEqualTo(team.agency.id()));
    assertThat(events.stream(ApprovalDecided.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.state()).isEqualTo(ApprovalState.APPROVED);
              assertThat(e.decider()).isEqualTo(team.managerAnna.userId());
              assertThat(e.subjectId()).isEqualTo(facts.subjectId());
            });
  }

  @Test
  void whenTwoApprovalsAreNeededThenTheFirstKeepsItPendingAndTheSecondApprovesIt() {
    usePolicy(draft("Two managers", "ALWAYS", MANAGERS, 2));
    ProposalFacts facts = team.proposal().get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));

    ApprovalRequest first = decide(facts, team.managerAnna, Decision.APPROVE, opened.version());
    ApprovalRequest second = decide(facts, team.managerBoris, Decision.APPROVE, first.version());

    assertThat(first.state()).isEqualTo(ApprovalState.PENDING);
    assertThat(first.approvalsGiven()).isEqualTo(1);
    assertThat(second.state()).isEqualTo(ApprovalState.APPROVED);
    assertThat(second.approvalsGiven()).isEqualTo(2);
    assertThat(events.stream(ApprovalDecided.class).map(ApprovalDecided::state))
        .containsExactly(ApprovalState.PENDING, ApprovalState.APPROVED);
  }

  @Test
  void whenAnApproverRejectsThenItIsFinalAndCannotBeResubmitted() {
    ProposalFacts facts = team.proposal().get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));

    ApprovalRequest rejected = decide(facts, team.managerAnna, Decision.REJECT, opened.version());

    assertThat(rejected.state()).isEqualTo(ApprovalState.REJECTED);
    assertProblem(
        () -> team.as(() -> requests.resubmit(facts.subjectId(), facts)),
        ProblemType.APPROVAL_STATE);
    assertProblem(
        () -> decide(facts, team.managerBoris, Decision.APPROVE, rejected.version()),
        ProblemType.ALREADY_DECIDED);
  }

  @Test
  void whenChangesAreRequestedThenTheAuthorResubmitsAndANewRoundKeepsTheHistory() {
    ProposalFacts facts = team.proposal().get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));

    ApprovalRequest sentBack =
        team.as(
            () ->
                requests.decide(
                    facts.subjectId(),
                    team.managerAnna,
                    Decision.REQUEST_CHANGES,
                    "Mention the Figma work",
                    opened.version()));
    ApprovalRequest resubmitted =
        team.as(
            () ->
                requests.resubmit(
                    facts.subjectId(),
                    team.proposal().subject(facts.subjectId()).connects(6).get()));
    ApprovalRequest approved =
        decide(facts, team.managerAnna, Decision.APPROVE, resubmitted.version());

    assertThat(sentBack.state()).isEqualTo(ApprovalState.CHANGES_REQUESTED);
    assertThat(resubmitted.state()).isEqualTo(ApprovalState.PENDING);
    assertThat(resubmitted.round()).isEqualTo(2);
    assertThat(resubmitted.facts().connects()).isEqualTo(6);
    assertThat(resubmitted.currentDecisions()).isEmpty();
    assertThat(approved.state()).isEqualTo(ApprovalState.APPROVED);
    assertThat(approved.decisions())
        .extracting(RecordedDecision::round, RecordedDecision::decision)
        .containsExactly(tuple(1, Decision.REQUEST_CHANGES), tuple(2, Decision.APPROVE));
    assertThat(team.as(() -> comments.thread(facts.subjectId())))
        .extracting(ThreadEntry::text)
        .containsExactly("Mention the Figma work");
    assertThat(actions(facts.subjectId()))
        .containsExactly(
            "approval.approved",
            "approval.resubmitted",
            "approval.changes-requested",
            "approval.requested");
  }

  @Test
  void whenChangesAreRequestedWithoutACommentThenItIsRefusedAndNothingChanges() {
    ProposalFacts facts = team.proposal().get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));

    ProblemException problem =
        assertProblem(
            () -> decide(facts, team.managerAnna, Decision.REQUEST_CHANGES, opened.version()),
            ProblemType.VALIDATION);

    assertThat(problem.errors())
        .extracting(ProblemException.FieldProblem::field)
        .contains("comment");
    assertUnchanged(opened);
  }

  @Test
  void whenTheAuthorDecidesOnTheirOwnProposalThenItIsRefusedAuditedAndNothingChanges() {
    CurrentMember authoringManager = team.managerAnna;
    ProposalFacts facts = Facts.by(authoringManager.userId()).get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));

    assertProblem(
        () -> decide(facts, authoringManager, Decision.APPROVE, opened.version()),
        ProblemType.SELF_APPROVAL);

    assertUnchanged(opened);
    AuditEntry refusal = latestAudit();
    assertThat(refusal.action()).isEqualTo("approval.decision-refused");
    assertThat(refusal.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(refusal.details()).containsEntry("refusal", "SELF_APPROVAL");
    assertThat(events.stream(ApprovalDecided.class)).isEmpty();
  }

  @Test
  void whenSomeoneTheRuleDoesNotNameDecidesThenItIsRefusedAndNothingChanges() {
    ProposalFacts facts = team.proposal().get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));
    CurrentMember otherFreelancer = team.member(AgencyRole.FREELANCER, "Olha");

    assertProblem(
        () -> decide(facts, otherFreelancer, Decision.APPROVE, opened.version()),
        ProblemType.NOT_AN_APPROVER);
    assertProblem(
        () -> decide(facts, team.viewer, Decision.REJECT, opened.version()),
        ProblemType.NOT_AN_APPROVER);

    assertUnchanged(opened);
    assertThat(latestAudit().outcome()).isEqualTo(AuditOutcome.DENIED);
  }

  @Test
  void whenANamedApproverLeftTheAgencyThenTheyCanNoLongerDecide() {
    CurrentMember named = team.member(AgencyRole.FREELANCER, "Nazar");
    usePolicy(
        new RuleDraft(
            null,
            "Nazar reviews",
            true,
            "ALWAYS",
            null,
            null,
            null,
            null,
            new RuleDraft.ApproverChoice(List.of(), List.of(named.userId().toString())),
            1));
    ProposalFacts facts = team.proposal().get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));
    assertThat(team.as(() -> requests.mayDecide(facts.subjectId(), named))).isTrue();

    memberships.delete(
        memberships
            .findByUserIdAndTenantId(named.userId().value(), team.agency.id().value())
            .orElseThrow());

    assertProblem(
        () -> decide(facts, named, Decision.APPROVE, opened.version()),
        ProblemType.NOT_AN_APPROVER);
    assertUnchanged(opened);
  }

  @Test
  void whenAnApproverDecidesTwiceOrOnAStaleVersionThenItIsRefused() {
    usePolicy(draft("Two managers", "ALWAYS", MANAGERS, 2));
    ProposalFacts facts = team.proposal().get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));
    ApprovalRequest once = decide(facts, team.managerAnna, Decision.APPROVE, opened.version());

    assertProblem(
        () -> decide(facts, team.managerAnna, Decision.APPROVE, once.version()),
        ProblemType.ALREADY_DECIDED);
    assertProblem(
        () -> decide(facts, team.managerBoris, Decision.APPROVE, opened.version()),
        ProblemType.STALE_VERSION);

    assertUnchanged(once);
  }

  @Test
  void whenNoRuleMatchesThenItIsApprovedAutomaticallyAndTheAuditLogSaysWhy() {
    usePolicy(bidDraft("Big bids", "1000", MANAGERS, 1));
    ProposalFacts small = team.proposal().bid("300", "USD").get();

    ApprovalRequest request = team.as(() -> requests.open(small));

    assertThat(request.autoApproved()).isTrue();
    assertThat(request.reason()).isEqualTo(Evaluation.NO_RULE_MATCHED);
    AuditEntry entry = latestAudit();
    assertThat(entry.action()).isEqualTo("approval.auto-approved");
    assertThat(entry.target()).isEqualTo(small.subjectId().toString());
    assertThat(entry.details()).containsEntry("reason", Evaluation.NO_RULE_MATCHED);
    assertThat(events.stream(ApprovalRequested.class)).isEmpty();
  }

  @Test
  void whenNobodyButTheAuthorCouldApproveThenOpeningIsRefusedAndNothingIsStored() {
    usePolicy(draft("Managers", "ALWAYS", MANAGERS, 2));
    ProposalFacts byManager = Facts.by(team.managerAnna.userId()).get();

    ProblemException problem =
        assertProblem(
            () -> team.as(() -> requests.open(byManager)), ProblemType.NO_ELIGIBLE_APPROVERS);

    assertThat(problem.getMessage()).contains("only 1 current member other than the author");
    assertThat(team.as(() -> requests.find(byManager.subjectId()))).isEmpty();
  }

  @Test
  void whenAnApproverAsksForTheQueueThenTheyGetWhatTheyMayDecideNowExceptTheirOwn() {
    usePolicy(
        bidDraft("Big bids", "1000", List.of("OWNER"), 1), draft("Rest", "ALWAYS", MANAGERS, 2));
    ProposalFacts big = team.proposal().bid("5000", "USD").get();
    ProposalFacts ordinary = team.proposal().get();
    ProposalFacts annasOwn = Facts.by(team.managerAnna.userId()).get();
    ProposalFacts decidedByAnna = team.proposal().get();
    CurrentMember thirdManager = team.member(AgencyRole.MANAGER, "Maksym");
    team.run(
        () -> {
          requests.open(big);
          requests.open(ordinary);
          requests.open(annasOwn);
          ApprovalRequest request = requests.open(decidedByAnna);
          requests.decide(
              decidedByAnna.subjectId(),
              team.managerAnna,
              Decision.APPROVE,
              null,
              request.version());
        });

    List<UUID> annasQueue = subjects(team.as(() -> requests.pendingFor(team.managerAnna)));
    List<UUID> borisQueue = subjects(team.as(() -> requests.pendingFor(team.managerBoris)));

    assertThat(annasQueue).containsExactly(ordinary.subjectId());
    assertThat(borisQueue)
        .containsExactly(ordinary.subjectId(), annasOwn.subjectId(), decidedByAnna.subjectId());
    assertThat(subjects(team.as(() -> requests.pendingFor(team.freelancer)))).isEmpty();
    assertThat(subjects(team.as(() -> requests.pendingFor(thirdManager)))).hasSize(3);
  }

  @Test
  void whenAnApprovedProposalIsEditedThenItGoesBackOnlyWhenTheRuleDependsOnTheChange() {
    usePolicy(bidDraft("Big bids", "1000", MANAGERS, 1));
    ProposalFacts facts = team.proposal().bid("1500", "USD").get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));
    decide(facts, team.managerAnna, Decision.APPROVE, opened.version());

    Reassessment letterOnly =
        team.as(
            () ->
                requests.reassess(
                    facts.subjectId(),
                    team.proposal().subject(facts.subjectId()).bid("1500", "USD").connects(9).get(),
                    Set.of("coverLetter")));
    Reassessment newBid =
        team.as(
            () ->
                requests.reassess(
                    facts.subjectId(),
                    team.proposal().subject(facts.subjectId()).bid("2500", "USD").get(),
                    Set.of("bid")));

    assertThat(letterOnly.backToPending()).isFalse();
    assertThat(letterOnly.request().state()).isEqualTo(ApprovalState.APPROVED);
    assertThat(letterOnly.reason()).contains("does not touch the bid");
    assertThat(newBid.backToPending()).isTrue();
    assertThat(newBid.reason()).contains("The edit changed the bid");
    assertThat(newBid.request().state()).isEqualTo(ApprovalState.PENDING);
    assertThat(newBid.request().round()).isEqualTo(2);
    assertThat(newBid.request().facts().bid().amount()).isEqualByComparingTo("2500");
    assertThat(actions(facts.subjectId()))
        .containsExactly(
            "approval.reopened", "approval.reassessed", "approval.approved", "approval.requested");
    assertProblem(
        () -> team.as(() -> requests.reassess(facts.subjectId(), facts, Set.of("answers"))),
        ProblemType.APPROVAL_STATE);
  }

  @Test
  void whenPendingFactsChangeThenTheSameRuleAndApproversKeepTheRoundAndOtherApproversStartOne() {
    usePolicy(bidDraft("Big bids", "1000", MANAGERS, 1));
    ProposalFacts facts = team.proposal().bid("1500", "USD").get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));

    Reevaluation kept =
        team.as(
            () ->
                requests.reevaluate(
                    facts.subjectId(),
                    team.proposal().subject(facts.subjectId()).bid("1800", "USD").get()));

    assertThat(kept.newRound()).isFalse();
    assertThat(kept.request().round()).isEqualTo(1);
    assertThat(kept.request().state()).isEqualTo(ApprovalState.PENDING);
    assertThat(kept.request().facts().bid().amount()).isEqualByComparingTo("1800");
    assertThat(kept.request().version()).isGreaterThan(opened.version());
    ApprovalRule rule = kept.request().rule();
    usePolicy(
        RuleDraft.of(
            new ApprovalRule(
                rule.id(),
                rule.name(),
                true,
                rule.condition(),
                Approvers.ofRoles(AgencyRole.OWNER),
                1)));

    Reevaluation renewed =
        team.as(
            () ->
                requests.reevaluate(
                    facts.subjectId(),
                    team.proposal().subject(facts.subjectId()).bid("1900", "USD").get()));

    assertThat(renewed.newRound()).isTrue();
    assertThat(renewed.reason()).contains("names other approvers");
    assertThat(renewed.request().round()).isEqualTo(2);
    assertThat(renewed.request().rule().approvers().roles()).containsExactly(AgencyRole.OWNER);
    assertThat(actions(facts.subjectId()))
        .containsExactly("approval.resubmitted", "approval.refreshed", "approval.requested");
    CurrentMember owner = team.member(AgencyRole.OWNER, "Olha");
    decide(facts, owner, Decision.APPROVE, renewed.request().version());
    assertProblem(
        () -> team.as(() -> requests.reevaluate(facts.subjectId(), facts)),
        ProblemType.APPROVAL_STATE);
  }

  @Test
  void whenWithdrawnThenItLeavesTheQueueAndCanBeResubmitted() {
    ProposalFacts facts = team.proposal().get();
    team.run(() -> requests.open(facts));

    ApprovalRequest withdrawn = team.as(() -> requests.withdraw(facts.subjectId()));

    assertThat(withdrawn.state()).isEqualTo(ApprovalState.WITHDRAWN);
    assertThat(subjects(team.as(() -> requests.pendingFor(team.managerAnna)))).isEmpty();
    assertThat(team.as(() -> requests.resubmit(facts.subjectId(), facts)).state())
        .isEqualTo(ApprovalState.PENDING);
    assertThat(events.stream(ApprovalWithdrawn.class)).hasSize(1);
  }

  @Test
  void whenMembersCommentThenTheThreadKeepsTheTextAsWrittenInOrderAndViewersMayNotWrite() {
    UUID subject = team.proposal().get().subjectId();
    String markup = "<b>Bold?</b> & <script>alert(1)</script>";

    team.run(() -> comments.comment(subject, team.freelancer, "  First draft is ready  "));
    team.run(() -> comments.comment(subject, team.managerAnna, markup));

    assertThat(team.as(() -> comments.thread(subject)))
        .extracting(ThreadEntry::authorName, ThreadEntry::text)
        .containsExactly(tuple("Fedir", "First draft is ready"), tuple("Anna", markup));
    assertProblem(
        () -> team.run(() -> comments.comment(subject, team.viewer, "Me too")),
        ProblemType.FORBIDDEN);
    assertProblem(
        () -> team.run(() -> comments.comment(subject, team.freelancer, "   ")),
        ProblemType.VALIDATION);
    assertThat(team.as(() -> comments.thread(subject))).hasSize(2);
    assertThat(latestAudit().action()).isEqualTo("approval.commented");
    assertThat(events.stream(ApprovalCommented.class)).hasSize(2);
  }

  @Test
  void whenAnotherAgencyLooksForARequestThenItSeesNothingAndCannotDecide() {
    ProposalFacts facts = team.proposal().get();
    ApprovalRequest opened = team.as(() -> requests.open(facts));
    team.run(() -> comments.comment(facts.subjectId(), team.freelancer, "Secret plans"));
    ApprovalTeam other = new ApprovalTeam("approvals-other", agencies, accounts, tenantScope);

    assertThat(other.as(() -> requests.find(facts.subjectId()))).isEmpty();
    assertThat(other.as(() -> comments.thread(facts.subjectId()))).isEmpty();
    assertThat(other.as(() -> requests.pendingFor(other.managerAnna))).isEmpty();
    assertProblem(
        () ->
            other.as(
                () ->
                    requests.decide(
                        facts.subjectId(),
                        other.managerAnna,
                        Decision.APPROVE,
                        null,
                        opened.version())),
        ProblemType.NOT_FOUND);
    // A member of A brought into B's scope is no approver there either.
    ProposalFacts inB = other.proposal().get();
    ApprovalRequest openedInB = other.as(() -> requests.open(inB));
    assertProblem(
        () ->
            other.as(
                () ->
                    requests.decide(
                        inB.subjectId(),
                        team.managerAnna,
                        Decision.APPROVE,
                        null,
                        openedInB.version())),
        ProblemType.NOT_AN_APPROVER);
    assertUnchanged(opened);
  }

  private void usePolicy(RuleDraft... rules) {
    team.run(() -> policies.replace(policies.current().version(), List.of(rules)));
  }

  private ApprovalRequest decide(
      ProposalFacts facts, CurrentMember who, Decision decision, long version) {
    return team.as(() -> requests.decide(facts.subjectId(), who, decision, null, version));
  }

  private void assertUnchanged(ApprovalRequest before) {
    ApprovalRequest now = team.as(() -> requests.find(before.subjectId())).orElseThrow();
    assertThat(now.state()).isEqualTo(before.state());
    assertThat(now.version()).isEqualTo(before.version());
    assertThat(now.decisions()).isEqualTo(before.decisions());
  }

  private static ProblemException assertProblem(ThrowingCallable call, ProblemType type) {
    ProblemException[] caught = new ProblemException[1];
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.type()).as(e.getMessage()).isEqualTo(type);
              caught[0] = e;
            });
    return caught[0];
  }

  private List<String> actions(UUID subject) {
    return team.as(
        () ->
            audit
                .page(AuditLog.Filter.none(), PageRequest.of(0, 50, NEWEST_FIRST))
                .getContent()
                .stream()
                .filter(e -> subject.toString().equals(e.target()))
                .map(AuditEntry::action)
                .toList());
  }

  private AuditEntry latestAudit() {
    return team.as(
        () ->
            audit
                .page(AuditLog.Filter.none(), PageRequest.of(0, 1, NEWEST_FIRST))
                .getContent()
                .getFirst());
  }

  private static List<UUID> subjects(List<ApprovalRequest> queue) {
    return queue.stream().map(ApprovalRequest::subjectId).toList();
  }
}
