package com.crewbid.proposals;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.action;
import static com.crewbid.proposals.ProposalSteps.approve;
import static com.crewbid.proposals.ProposalSteps.audit;
import static com.crewbid.proposals.ProposalSteps.complete;
import static com.crewbid.proposals.ProposalSteps.draft;
import static com.crewbid.proposals.ProposalSteps.edited;
import static com.crewbid.proposals.ProposalSteps.get;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.notified;
import static com.crewbid.proposals.ProposalSteps.ok;
import static com.crewbid.proposals.ProposalSteps.policy;
import static com.crewbid.proposals.ProposalSteps.rule;
import static com.crewbid.proposals.ProposalSteps.submitted;
import static com.crewbid.proposals.ProposalSteps.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantJdbc;
import com.crewbid.tenancy.TenantScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The approval workflow over HTTP against the real approval engine: every legal transition, every
 * illegal one refused (409 proposal-state, 422 for rules) with nothing changed, re-approval after a
 * material edit, resubmission after changes were requested, notifications and the timeline.
 */
@IntegrationTest
class ProposalWorkflowIT {

  /** Every action and how to try it (as the author, or as the owner for decisions). */
  enum Try {
    EDIT,
    SUBMIT,
    DISCARD,
    WITHDRAW,
    APPROVE,
    REJECT,
    REQUEST_CHANGES,
    SEND,
    MARK_SENT,
    MARK_NOT_SENT,
    CHECK_UPWORK,
    CORRECT_OUTCOME
  }

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;
  @Autowired TenantScope scope;
  @Autowired TenantJdbc jdbc;
  @Autowired TransactionTemplate tx;

  TestAgencies.Agency agency;
  ApiClient owner;
  Callers.Member manager;
  Callers.Member freelancer;

  @BeforeEach
  void team() {
    agency = agencies.register("workflow");
    owner = ProposalSteps.owner(port, agency);
    manager = callers.signedInMember(port, agency, AgencyRole.MANAGER);
    freelancer = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
  }

  String job() {
    return jobs.storeFixed(
        agency.id(),
        "Workflow job",
        "800.00",
        "What is your approach?",
        "Are you available next week?");
  }

  ApiClient author() {
    return freelancer.browser();
  }

  @Test
  void whenSubmittedUnderTheStandardPolicyThenApproversAreToldAndAnApprovalApprovesIt() {
    JsonNode pending = submitted(author(), job(), "700.00");

    assertThat(pending.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(pending.path("approval").path("rule").path("name").asString())
        .isEqualTo("Every proposal");
    assertThat(pending.path("approval").path("approvalsNeeded").asInt()).isEqualTo(1);
    assertThat(pending.path("mayDecide").asBoolean()).as("never the author").isFalse();
    JsonNode asOwner = get(owner, id(pending));
    assertThat(asOwner.path("mayDecide").asBoolean()).isTrue();
    assertThat(ProposalSteps.actions(asOwner)).contains("APPROVE", "REJECT", "REQUEST_CHANGES");
    assertThat(ProposalSteps.ids(owner.get(BASE + "/approval-queue").json()))
        .containsExactly(id(pending));
    assertThat(notified(owner)).contains("proposal-awaiting-approval");
    assertThat(notified(manager.browser())).contains("proposal-awaiting-approval");

    JsonNode approved = approve(manager.browser(), asOwner);

    assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
    assertThat(
            approved
                .path("approval")
                .path("decisions")
                .get(0)
                .path("approver")
                .path("id")
                .asString())
        .isEqualTo(manager.id().toString());
    assertThat(timeline(approved)).containsExactly("created", "submitted", "approved");
    assertThat(approved.path("history").get(2).path("source").asString()).isEqualTo("APPROVAL");
    assertThat(notified(author())).contains("proposal-approved");
    assertThat(owner.get(BASE + "/approval-queue").json().path("totalItems").asLong()).isZero();
    assertThat(audit(owner, "approval.")).contains("approval.requested", "approval.approved");
  }

  @Test
  void whenNoRuleAppliesThenItIsApprovedAutomaticallyAndTheAuditSaysSo() {
    policy(owner, List.of(ProposalSteps.bidRule("Big bids", "5000.00", List.of("OWNER"))));

    JsonNode approved = submitted(author(), job(), "700.00");

    assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
    assertThat(approved.path("approval").path("autoApproved").asBoolean()).isTrue();
    assertThat(approved.path("approval").path("rule").isNull()).isTrue();
    assertThat(timeline(approved)).containsExactly("created", "auto-approved");
    assertThat(approved.path("history").get(1).path("note").asString())
        .contains("approved automatically");
    assertThat(audit(owner, "approval.")).containsExactly("approval.auto-approved");
  }

  @Test
  void whenChangesAreRequestedThenTheAuthorEditsAndResubmitsInANewRound() {
    JsonNode pending = submitted(author(), job(), "700.00");
    JsonNode read = get(owner, id(pending));

    ApiClient.Response withoutComment = action(owner, read, "request-changes", Map.of());
    assertThat(withoutComment.status()).isEqualTo(400);
    assertThat(withoutComment.json().path("errors").get(0).path("field").asString())
        .isEqualTo("comment");
    JsonNode changes =
        ok(action(owner, read, "request-changes", Map.of("comment", "Name the warehouse.")));

    assertThat(changes.path("state").asString()).isEqualTo("CHANGES_REQUESTED");
    assertThat(notified(author())).contains("proposal-changes-requested");
    JsonNode mine = get(author(), id(pending));
    assertThat(ProposalSteps.actions(mine)).contains("EDIT", "SUBMIT", "WITHDRAW");
    Map<String, Object> content = complete(mine, "700.00");
    content.put("coverLetter", "Snowflake it is: here is the plan.");
    JsonNode edited = edited(author(), mine, content);
    assertThat(edited.path("state").asString()).isEqualTo("CHANGES_REQUESTED");

    JsonNode again = ok(action(author(), edited, "submit-for-approval", Map.of()));

    assertThat(again.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(again.path("approval").path("round").asInt()).isEqualTo(2);
    assertThat(again.path("approval").path("approvalsGiven").asInt()).isZero();
    assertThat(again.path("approval").path("decisions").get(0).path("decision").asString())
        .isEqualTo("REQUEST_CHANGES");
    JsonNode approved = approve(owner, get(owner, id(pending)));
    assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
    assertThat(timeline(approved))
        .containsExactly("created", "submitted", "changes-requested", "resubmitted", "approved");
    JsonNode thread = owner.get(BASE + "/" + id(pending) + "/comments").json().path("items");
    assertThat(thread.get(0).path("text").asString()).isEqualTo("Name the warehouse.");
    assertThat(thread.get(0).path("decision").asString()).isEqualTo("REQUEST_CHANGES");
  }

  @Test
  void whenRejectedThenItIsFinalAndTheJobIsFreeForANewProposal() {
    String jobId = job();
    JsonNode pending = submitted(author(), jobId, "700.00");
    JsonNode read = get(owner, id(pending));

    assertThat(action(owner, read, "reject", Map.of("comment", " ")).status()).isEqualTo(400);
    JsonNode rejected =
        ok(action(owner, read, "reject", Map.of("comment", "Not our kind of work.")));

    assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
    assertThat(ProposalSteps.actions(get(author(), id(pending)))).containsExactly("COMMENT");
    assertThat(notified(author())).contains("proposal-rejected");
    assertThat(draft(author(), jobId).path("state").asString()).isEqualTo("DRAFT");
  }

  @Test
  void whenAnApprovedProposalsBidChangesThenItNeedsApprovalAgainButATextEditDoesNot() {
    policy(
        owner, List.of(ProposalSteps.bidRule("From 500", "500.00", List.of("OWNER", "MANAGER"))));
    JsonNode pending = submitted(author(), job(), "600.00");
    approve(owner, get(owner, id(pending)));
    JsonNode approved = get(author(), id(pending));

    Map<String, Object> text = complete(approved, "600.00");
    text.put("coverLetter", "A friendlier opening, same offer.");
    JsonNode stillApproved = edited(author(), approved, text);
    assertThat(stillApproved.path("state").asString()).isEqualTo("APPROVED");
    assertThat(timeline(stillApproved)).endsWith("approved", "edited-after-approval");
    JsonNode kept = stillApproved.path("history").get(stillApproved.path("history").size() - 1);
    assertThat(kept.path("note").asString()).contains("the approval stands");
    assertThat(kept.path("from").asString()).isEqualTo("APPROVED");
    assertThat(kept.path("to").asString()).isEqualTo("APPROVED");
    text.put("coverLetter", "A friendlier opening, same offer, one typo less.");
    stillApproved = edited(author(), stillApproved, text);
    assertThat(timeline(stillApproved))
        .as("autosaves after the first edit add nothing more")
        .containsOnlyOnce("edited-after-approval");
    assertThat(notified(owner))
        .as("the approver hears of the edit once")
        .containsOnlyOnce("proposal-edited-after-approval");
    assertThat(notified(manager.browser())).doesNotContain("proposal-edited-after-approval");

    Map<String, Object> higher = complete(approved, "750.00");
    JsonNode reopened = edited(author(), stillApproved, higher);

    assertThat(reopened.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(reopened.path("approval").path("round").asInt()).isEqualTo(2);
    assertThat(timeline(reopened)).endsWith("approved", "edited-after-approval", "reopened");
    JsonNode last = reopened.path("history").get(reopened.path("history").size() - 1);
    assertThat(last.path("note").asString()).contains("the bid");
    assertThat(
            notified(manager.browser()).stream()
                .filter("proposal-awaiting-approval"::equals)
                .count())
        .as("approvers told twice: submitted, and back after the edit")
        .isEqualTo(2);
    assertThat(
            approve(manager.browser(), get(manager.browser(), id(pending)))
                .path("state")
                .asString())
        .isEqualTo("APPROVED");
  }

  @Test
  void whenEditedWhilePendingAfterADecisionThenTheRoundStartsAgainElseApproversSeeTheNewText() {
    Callers.Member second = callers.signedInMember(port, agency, AgencyRole.MANAGER);
    policy(owner, List.of(rule("Two managers", "ALWAYS", List.of("MANAGER"), 2)));
    JsonNode pending = submitted(author(), job(), "700.00");

    Map<String, Object> typo = complete(pending, "700.00");
    typo.put("coverLetter", "Fixed a typo before anyone looked.");
    JsonNode sameRound = edited(author(), pending, typo);
    assertThat(sameRound.path("approval").path("round").asInt()).isEqualTo(1);

    JsonNode half = approve(manager.browser(), get(manager.browser(), id(pending)));
    assertThat(half.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(half.path("approval").path("approvalsGiven").asInt()).isEqualTo(1);
    assertThat(timeline(half)).endsWith("approval-given");

    Map<String, Object> afterDecision = complete(pending, "700.00");
    afterDecision.put("coverLetter", "Rewrote the plan after the first approval.");
    JsonNode newRound = edited(author(), get(author(), id(pending)), afterDecision);

    assertThat(newRound.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(newRound.path("approval").path("round").asInt()).isEqualTo(2);
    assertThat(newRound.path("approval").path("approvalsGiven").asInt()).isZero();
    assertThat(timeline(newRound)).endsWith("resubmitted");
    approve(second.browser(), get(second.browser(), id(pending)));
    JsonNode approved = approve(manager.browser(), get(manager.browser(), id(pending)));
    assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
  }

  @Test
  void whenTheBidIsEditedRepeatedlyWhilePendingUnderTheSameRuleThenOneRoundAndOneNoticeEach() {
    policy(
        owner, List.of(ProposalSteps.bidRule("From 500", "500.00", List.of("OWNER", "MANAGER"))));
    JsonNode p = submitted(author(), job(), "600.00");

    for (String amount : List.of("610.00", "650.00", "700.00")) {
      p = edited(author(), p, complete(p, amount));
    }

    assertThat(p.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(p.path("approval").path("round").asInt()).isEqualTo(1);
    assertThat(p.path("bid").path("amount").path("amount").asString()).isEqualTo("700.00");
    assertThat(timeline(p)).containsExactly("created", "submitted");
    assertThat(notified(owner)).containsOnlyOnce("proposal-awaiting-approval");
    assertThat(notified(manager.browser())).containsOnlyOnce("proposal-awaiting-approval");
    assertThat(audit(owner, "approval.refreshed")).hasSize(3);
    assertThat(audit(owner, "approval.resubmitted")).isEmpty();
    // The round took the edited bid: approved at 700, a text edit leaves the approval standing
    // (with the bid of round 1 kept, the policy would see 600 → 700 and reopen it).
    approve(manager.browser(), get(manager.browser(), id(p)));
    Map<String, Object> text = complete(p, "700.00");
    text.put("coverLetter", "Same offer, warmer words.");
    JsonNode edited = edited(author(), get(author(), id(p)), text);
    assertThat(edited.path("state").asString()).isEqualTo("APPROVED");
  }

  @Test
  void whenAnEditWhilePendingMakesAnotherRuleApplyThenANewRoundAsksItsApprovers() {
    policy(
        owner,
        List.of(
            ProposalSteps.bidRule("Big bids", "1000.00", List.of("OWNER")),
            rule("Every proposal", "ALWAYS", List.of("MANAGER"), 1)));
    JsonNode p = submitted(author(), job(), "700.00");
    assertThat(p.path("approval").path("rule").path("name").asString()).isEqualTo("Every proposal");
    assertThat(notified(owner)).doesNotContain("proposal-awaiting-approval");

    JsonNode big = edited(author(), p, complete(p, "1200.00"));

    assertThat(big.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(big.path("approval").path("round").asInt()).isEqualTo(2);
    assertThat(big.path("approval").path("rule").path("name").asString()).isEqualTo("Big bids");
    assertThat(timeline(big)).endsWith("submitted", "resubmitted");
    JsonNode step = big.path("history").get(big.path("history").size() - 1);
    assertThat(step.path("note").asString()).contains("Another rule applies");
    assertThat(notified(owner)).containsOnlyOnce("proposal-awaiting-approval");
    assertThat(notified(manager.browser())).containsOnlyOnce("proposal-awaiting-approval");
    assertThat(ProposalSteps.ids(owner.get(BASE + "/approval-queue").json()))
        .containsExactly(id(p));
    assertThat(manager.browser().get(BASE + "/approval-queue").json().path("totalItems").asLong())
        .isZero();
    assertThat(approve(owner, get(owner, id(p))).path("state").asString()).isEqualTo("APPROVED");
  }

  @Test
  void whenAnEarlierCommenterMayNoLongerReadTheProposalThenCommentsAreNotToldToThem() {
    Callers.Member colleague = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    Map<String, Object> named = rule("Colleague reviews", "ALWAYS", List.of(), 1);
    named.put(
        "approvers",
        Map.of("roles", List.of(), "userIds", List.of(colleague.id().value().toString())));
    policy(owner, List.of(named));
    JsonNode p = submitted(author(), job(), "700.00");
    String thread = BASE + "/" + id(p) + "/comments";
    assertThat(colleague.browser().postJson(thread, Map.of("text", "Looks fine to me.")).status())
        .isEqualTo(201);
    policy(owner, List.of(rule("Owners review", "ALWAYS", List.of("OWNER"), 1)));
    JsonNode moved = edited(author(), get(author(), id(p)), complete(p, "710.00"));
    assertThat(moved.path("approval").path("round").asInt()).isEqualTo(2);
    assertThat(colleague.browser().get(BASE + "/" + id(p)).status())
        .as("round 2's rule does not name them, and they never decided")
        .isEqualTo(404);

    assertThat(owner.postJson(thread, Map.of("text", "Tighten the plan.")).status()).isEqualTo(201);

    assertThat(notified(colleague.browser())).doesNotContain("proposal-commented");
    assertThat(notified(author())).contains("proposal-commented");
  }

  @Test
  void whenSomeoneCommentsThenTheAuthorAndThoseWhoMayDecideHearOfItButNotTheWriter() {
    JsonNode pending = submitted(author(), job(), "700.00");
    String thread = BASE + "/" + id(pending) + "/comments";

    ApiClient.Response asked = author().postJson(thread, Map.of("text", "Is the rate fine?"));
    ApiClient.Response answered = manager.browser().postJson(thread, Map.of("text", "It is."));

    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(answered.status()).isEqualTo(201);
    assertThat(answered.json().path("author").path("id").asString())
        .isEqualTo(manager.id().toString());
    assertThat(notified(owner)).contains("proposal-commented");
    assertThat(notified(author())).containsOnlyOnce("proposal-commented");
    assertThat(
            owner
                .get(thread)
                .json()
                .path("items")
                .valueStream()
                .map(c -> c.path("text").asString()))
        .containsExactly("Is the rate fine?", "It is.");
    assertThat(author().postJson(thread, Map.of("text", " ")).status()).isEqualTo(400);
  }

  @Test
  void whenIncompleteThenSubmittingIs422NamingWhatIsMissingAndNothingChanges() {
    JsonNode draft = draft(author(), job());

    ApiClient.Response refused = action(author(), draft, "submit-for-approval", Map.of());

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.problemType()).endsWith("/proposal-incomplete");
    assertThat(refused.json().path("errors").findValuesAsString("field"))
        .containsExactly(
            "coverLetter", "answers[0].answer", "answers[1].answer", "estimatedDuration");
    assertThat(refused.json().path("state").asString()).isEqualTo("DRAFT");
    JsonNode after = get(author(), id(draft));
    assertThat(after.path("state").asString()).isEqualTo("DRAFT");
    assertThat(after.path("version").asLong()).isEqualTo(draft.path("version").asLong());
    assertThat(after.path("approval").isNull()).isTrue();
  }

  @Test
  void whenTheAuthorDecidesOnTheirOwnProposalThenItIsRefusedAndTheRefusalIsAudited() {
    JsonNode pending = submitted(owner, job(), "700.00");

    ApiClient.Response self = action(owner, pending, "approve", Map.of());

    assertThat(self.status()).isEqualTo(403);
    assertThat(self.problemType()).endsWith("/self-approval");
    assertThat(get(owner, id(pending)).path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(audit(owner, "approval.decision-refused")).hasSize(1);
  }

  @Test
  void whenNobodyButTheAuthorCouldApproveThenSubmittingIsRefused() {
    TestAgencies.Agency alone = agencies.register("workflow-alone");
    ApiClient solo = ProposalSteps.owner(port, alone);
    JsonNode draft = draft(solo, jobs.storeFixed(alone.id(), "Alone", "300.00"));
    JsonNode complete = edited(solo, draft, complete(draft, "300.00"));

    ApiClient.Response refused = action(solo, complete, "submit-for-approval", Map.of());

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.problemType()).endsWith("/no-eligible-approvers");
    assertThat(get(solo, id(draft)).path("state").asString()).isEqualTo("DRAFT");
  }

  @Test
  void whenWithdrawnFromEachStateBeforeSendingThenItLeavesTheQueueAndFreesTheJob() {
    List<String> from = new ArrayList<>();
    for (String state : List.of("DRAFT", "PENDING_APPROVAL", "CHANGES_REQUESTED", "APPROVED")) {
      JsonNode p = in(state);
      JsonNode withdrawn =
          ok(
              action(
                  manager.browser(),
                  get(manager.browser(), id(p)),
                  "withdraw",
                  Map.of("note", "Client went quiet.")));
      assertThat(withdrawn.path("state").asString()).isEqualTo("WITHDRAWN");
      JsonNode last = withdrawn.path("history").get(withdrawn.path("history").size() - 1);
      assertThat(last.path("note").asString()).isEqualTo("Client went quiet.");
      from.add(last.path("from").asString());
    }

    assertThat(from).containsExactly("DRAFT", "PENDING_APPROVAL", "CHANGES_REQUESTED", "APPROVED");
    assertThat(owner.get(BASE + "/approval-queue").json().path("totalItems").asLong()).isZero();
    assertThat(audit(owner, "proposal.withdrawn")).hasSize(4);
    assertThat(notified(author()).stream().filter("proposal-withdrawn"::equals))
        .as("the author hears of each withdrawal by the manager")
        .hasSize(4);
    assertThat(notified(owner).stream().filter("proposal-withdrawn"::equals))
        .as("the approver who was waiting on the pending one")
        .hasSize(1);
    assertThat(notified(manager.browser())).doesNotContain("proposal-withdrawn");
    JsonNode own = draft(author(), job());
    ok(action(author(), own, "withdraw", Map.of()));
    assertThat(notified(author()).stream().filter("proposal-withdrawn"::equals))
        .as("never about one's own withdrawal")
        .hasSize(4);
  }

  @Test
  void whenAPendingProposalIsWithdrawnThenNoApproverIsToldOfOneTheyMayNoLongerOpen() {
    Callers.Member approver = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    policy(owner, List.of(ProposalLiveChangesIT.namedApprovers(approver)));
    JsonNode pending = submitted(author(), job(), "700.00");
    assertThat(pending.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(get(approver.browser(), id(pending)).path("state").asString())
        .isEqualTo("PENDING_APPROVAL");

    ok(action(manager.browser(), get(manager.browser(), id(pending)), "withdraw", Map.of()));

    assertThat(approver.browser().get(BASE + "/" + id(pending)).status())
        .as("a freelancer approver who had not decided may not read it now")
        .isEqualTo(404);
    assertThat(notified(approver.browser()))
        .as("so the notice would link them to a 404")
        .doesNotContain("proposal-withdrawn");
    assertThat(notified(author())).contains("proposal-withdrawn");
  }

  @Test
  void whenAnApprovedProposalIsSentByHandThenItIsSentAndItsOutcomeCanBeCorrectedWithANote() {
    JsonNode approved = in("APPROVED");

    JsonNode sent =
        ok(
            action(
                author(),
                approved,
                "mark-sent",
                Map.of("upworkProposalId", "1820000000000777", "note", "Sent from the app.")));

    assertThat(sent.path("state").asString()).isEqualTo("SENT");
    assertThat(sent.path("sending").path("via").asString()).isEqualTo("MANUAL");
    assertThat(sent.path("sending").path("sentBy").path("id").asString())
        .isEqualTo(freelancer.id().toString());
    assertThat(sent.path("sending").path("upworkProposalId").asString())
        .isEqualTo("1820000000000777");
    assertThat(notified(owner)).contains("proposal-sent");

    ApiClient.Response noNote = action(owner, sent, "outcome", Map.of("outcome", "HIRED"));
    assertThat(noNote.status()).isEqualTo(400);
    JsonNode hired =
        ok(
            action(
                owner,
                sent,
                "outcome",
                Map.of("outcome", "HIRED", "note", "Client hired by chat.")));

    assertThat(hired.path("state").asString()).isEqualTo("HIRED");
    assertThat(hired.path("outcome").path("source").asString()).isEqualTo("PERSON");
    assertThat(timeline(hired)).endsWith("marked-sent", "outcome-corrected");
    assertThat(notified(author())).contains("proposal-outcome-changed");
    assertThat(audit(owner, "proposal.outcome-corrected")).hasSize(1);
    assertThat(
            action(author(), hired, "outcome", Map.of("outcome", "HIRED", "note", "again"))
                .status())
        .isEqualTo(409);
  }

  @Test
  void whenAnOutcomeIsCorrectedThenTheTemplateCountersFollowTheCorrectionOnce() {
    ApiClient.Response template =
        owner.postJson(
            "/api/proposal-templates",
            Map.of(
                "name",
                "Counted corrections",
                "body",
                "Hello, about {{job_title}}.",
                "tags",
                List.of(),
                "screeningAnswers",
                List.of()));
    assertThat(template.status()).as(template.body()).isEqualTo(201);
    String templateId = template.json().path("id").asString();
    JsonNode draft = ProposalSteps.draftFromTemplate(author(), job(), templateId);
    JsonNode complete = edited(author(), draft, complete(draft, "700.00"));
    JsonNode pending = ok(action(author(), complete, "submit-for-approval", Map.of()));
    approve(owner, get(owner, id(pending)));
    JsonNode p = ok(action(author(), get(author(), id(pending)), "mark-sent", Map.of()));

    List<String> counts = new ArrayList<>();
    for (String outcome : List.of("HIRED", "DECLINED", "VIEWED", "REPLIED", "HIRED", "SENT")) {
      p = ok(action(author(), p, "outcome", Map.of("outcome", outcome, "note", "By chat.")));
      JsonNode stats = owner.get("/api/proposal-templates/" + templateId).json().path("stats");
      counts.add(
          outcome
              + " sent="
              + stats.path("sent").asLong()
              + " replied="
              + stats.path("replied").asLong()
              + " hired="
              + stats.path("hired").asLong());
    }

    assertThat(counts)
        .containsExactly(
            "HIRED sent=1 replied=1 hired=1",
            "DECLINED sent=1 replied=1 hired=0",
            "VIEWED sent=1 replied=0 hired=0",
            "REPLIED sent=1 replied=1 hired=0",
            "HIRED sent=1 replied=1 hired=1",
            "SENT sent=1 replied=0 hired=0");
  }

  @Test
  void whenAnActionIsNotPossibleInAStateThenItIs409NamingStateAndActionAndNothingChanges() {
    Map<String, Set<Try>> legal = new LinkedHashMap<>();
    legal.put("DRAFT", EnumSet.of(Try.EDIT, Try.SUBMIT, Try.DISCARD, Try.WITHDRAW));
    legal.put(
        "PENDING_APPROVAL",
        EnumSet.of(Try.EDIT, Try.WITHDRAW, Try.APPROVE, Try.REJECT, Try.REQUEST_CHANGES));
    legal.put("CHANGES_REQUESTED", EnumSet.of(Try.EDIT, Try.SUBMIT, Try.WITHDRAW));
    legal.put("APPROVED", EnumSet.of(Try.EDIT, Try.WITHDRAW, Try.SEND, Try.MARK_SENT));
    legal.put("REJECTED", EnumSet.noneOf(Try.class));
    legal.put("WITHDRAWN", EnumSet.noneOf(Try.class));
    legal.put("SENDING", EnumSet.noneOf(Try.class));
    legal.put("SEND_UNKNOWN", EnumSet.of(Try.MARK_SENT, Try.MARK_NOT_SENT, Try.CHECK_UPWORK));
    legal.put("SENT", EnumSet.of(Try.CHECK_UPWORK, Try.CORRECT_OUTCOME));
    legal.put("VIEWED", EnumSet.of(Try.CHECK_UPWORK, Try.CORRECT_OUTCOME));
    legal.put("REPLIED", EnumSet.of(Try.CHECK_UPWORK, Try.CORRECT_OUTCOME));
    legal.put("INTERVIEW", EnumSet.of(Try.CHECK_UPWORK, Try.CORRECT_OUTCOME));
    legal.put("HIRED", EnumSet.of(Try.CORRECT_OUTCOME));
    legal.put("DECLINED", EnumSet.of(Try.CORRECT_OUTCOME));

    List<String> tried = new ArrayList<>();
    for (Map.Entry<String, Set<Try>> state : legal.entrySet()) {
      JsonNode p = in(state.getKey());
      for (Try attempt : EnumSet.complementOf(EnumSet.copyOf(withNone(state.getValue())))) {
        ApiClient.Response refused = attempt(attempt, p);
        assertThat(refused.status())
            .as(state.getKey() + " " + attempt + ": " + refused.body())
            .isEqualTo(409);
        assertThat(refused.problemType()).endsWith("/proposal-state");
        assertThat(refused.json().path("state").asString()).isEqualTo(state.getKey());
        assertThat(refused.json().path("action").asString()).isEqualTo(attempt.name());
        assertThat(refused.json().path("detail").asString()).startsWith("You cannot ");
        JsonNode after = get(owner, id(p));
        assertThat(after.path("state").asString()).isEqualTo(state.getKey());
        assertThat(after.path("version").asLong()).isEqualTo(p.path("version").asLong());
        tried.add(state.getKey() + ":" + attempt);
      }
    }
    assertThat(tried).hasSizeGreaterThan(110).contains("SENDING:SEND", "SEND_UNKNOWN:SEND");
  }

  private static Set<Try> withNone(Set<Try> legal) {
    Set<Try> set = EnumSet.noneOf(Try.class);
    set.addAll(legal);
    return set;
  }

  /** Tries the action as whoever may take it in principle (the author; the owner decides). */
  private ApiClient.Response attempt(Try attempt, JsonNode p) {
    String path = BASE + "/" + id(p);
    String[] ifMatch = ProposalSteps.ifMatch(p);
    return switch (attempt) {
      case EDIT -> author().putJson(path, complete(p, "700.00"), ifMatch);
      case SUBMIT -> author().postJson(path + "/submit-for-approval", Map.of(), ifMatch);
      case DISCARD -> author().delete(path, ifMatch);
      case WITHDRAW -> author().postJson(path + "/withdraw", Map.of(), ifMatch);
      case APPROVE -> owner.postJson(path + "/approve", Map.of(), ifMatch);
      case REJECT -> owner.postJson(path + "/reject", Map.of("comment", "No."), ifMatch);
      case REQUEST_CHANGES ->
          owner.postJson(path + "/request-changes", Map.of("comment", "More."), ifMatch);
      case SEND ->
          author()
              .postJson(
                  path + "/send",
                  Map.of(),
                  ProposalSteps.ifMatch(p, "Idempotency-Key", "k-" + id(p)));
      case MARK_SENT -> author().postJson(path + "/mark-sent", Map.of(), ifMatch);
      case MARK_NOT_SENT -> author().postJson(path + "/mark-not-sent", Map.of(), ifMatch);
      case CHECK_UPWORK -> author().postJson(path + "/check-upwork", Map.of(), ifMatch);
      case CORRECT_OUTCOME ->
          author()
              .postJson(
                  path + "/outcome",
                  Map.of(
                      "outcome",
                      p.path("state").asString().equals("DECLINED") ? "HIRED" : "DECLINED",
                      "note",
                      "Correction"),
                  ifMatch);
    };
  }

  /** A proposal of the freelancer in the state (as the owner reads it). */
  private JsonNode in(String state) {
    String jobId = job();
    return switch (state) {
      case "DRAFT" -> draft(author(), jobId);
      case "PENDING_APPROVAL" -> get(owner, id(submitted(author(), jobId, "700.00")));
      case "CHANGES_REQUESTED" -> decided(jobId, "request-changes");
      case "REJECTED" -> decided(jobId, "reject");
      case "APPROVED" -> {
        JsonNode pending = get(owner, id(submitted(author(), jobId, "700.00")));
        yield approve(owner, pending);
      }
      case "WITHDRAWN" -> {
        JsonNode d = draft(author(), jobId);
        yield ok(action(author(), d, "withdraw", Map.of()));
      }
      case "SENT" -> {
        JsonNode approved = in("APPROVED");
        yield ok(action(author(), get(author(), id(approved)), "mark-sent", Map.of()));
      }
      case "VIEWED", "REPLIED", "INTERVIEW", "HIRED", "DECLINED" -> {
        JsonNode sent = in("SENT");
        yield ok(action(author(), sent, "outcome", Map.of("outcome", state, "note", "By chat.")));
      }
      // A send in flight (the call to Upwork takes seconds) and one whose answer was lost: the
      // sandbox is not involved here, so the proposal is put into these states as a send would.
      case "SENDING" -> inSendingState(in("APPROVED"), "SENDING", Instant.now());
      case "SEND_UNKNOWN" -> inSendingState(in("APPROVED"), "SEND_UNKNOWN", null);
      default -> throw new IllegalArgumentException(state);
    };
  }

  private JsonNode inSendingState(JsonNode approved, String state, Instant since) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("state", state);
    params.put("id", UUID.fromString(id(approved)));
    if (since != null) {
      params.put("since", Timestamp.from(since));
    }
    String sql =
        "update proposals set state = :state, sending_since = "
            + (since == null ? "null" : ":since")
            + " where id = :id";
    scope.runAs(
        agency.id(),
        () ->
            tx.executeWithoutResult(
                status -> jdbc.call("sending state", c -> c.sql(sql).params(params).update())));
    return get(owner, id(approved));
  }

  private JsonNode decided(String jobId, String decision) {
    JsonNode pending = get(owner, id(submitted(author(), jobId, "700.00")));
    return ok(action(owner, pending, decision, Map.of("comment", "Because.")));
  }
}
