package com.crewbid.proposals.internal;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.action;
import static com.crewbid.proposals.ProposalSteps.get;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.ifMatch;
import static com.crewbid.proposals.ProposalSteps.ok;
import static com.crewbid.proposals.ProposalSteps.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.proposals.ProposalSteps;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Sending through the Upwork sandbox as the author, on their click: sent once however often or
 * however simultaneously the button is pressed, never retried, a failure leaves the proposal
 * approved and unsent with the error shown, a lost answer is checked rather than resent, and a key
 * without Upwork's permission leads to the manual way.
 */
@IntegrationTest
class ProposalSendingIT {

  /** The Lviv Codeworks agency organization of the sandbox (Jonas is a member). */
  static final String AGENCY_ORG = "1639001120334462977";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired UpworkSide upwork;
  @Autowired CachedJobFixtures cachedJobs;

  TestAgencies.Agency agency;
  ApiClient owner;
  Callers.Member jonas;
  List<String> jobs;

  /**
   * The sandbox is one Upwork for the whole suite: each proposal of Jonas here goes to a job no
   * other test used, so what is at Upwork for a job is this test's doing.
   */
  static final java.util.concurrent.atomic.AtomicInteger NEXT_JOB =
      new java.util.concurrent.atomic.AtomicInteger();

  @BeforeEach
  void linkedFreelancerInTheAgencyOrganization() {
    UpworkSide.reset(port);
    agency = agencies.register("sending");
    owner = ProposalSteps.owner(port, agency);
    jonas = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Jonas");
    JsonNode link = jonas.browser().get("/api/me/upwork-account").json();
    ApiClient.Response chosen =
        jonas
            .browser()
            .putJson(
                "/api/me/upwork-account/organization",
                Map.of("organizationId", AGENCY_ORG),
                "If-Match",
                "\"" + link.path("version").asLong() + "\"");
    assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
    // No rule applies to these bids: approved as soon as submitted.
    ProposalSteps.policy(
        owner, List.of(ProposalSteps.bidRule("Huge bids", "999999.00", List.of("OWNER"))));
    jobs = UpworkSide.fetchedJobs(jonas.browser());
  }

  @AfterEach
  void resetSandbox() {
    UpworkSide.reset(port);
  }

  /** An approved proposal of Jonas for a job no other test here used. */
  JsonNode approved() {
    JsonNode p = submitted(jonas.browser(), jobs.get(NEXT_JOB.getAndIncrement()), "450.00");
    assertThat(p.path("state").asString()).isEqualTo("APPROVED");
    return p;
  }

  ApiClient.Response send(JsonNode p, String key) {
    return jonas
        .browser()
        .postJson(BASE + "/" + id(p) + "/send", Map.of(), ifMatch(p, "Idempotency-Key", key));
  }

  int atUpwork(JsonNode p) {
    return upwork.proposalsOn(agency.id(), jonas.id(), p.path("job").path("id").asString()).size();
  }

  @Test
  void whenTheAuthorSendsThenUpworkHasItOnceAndTheProposalIsSentByThem() {
    JsonNode approved = approved();
    assertThat(approved.path("sending").path("apiSubmission").asString()).isEqualTo("AVAILABLE");

    JsonNode sent = ok(send(approved, UUID.randomUUID().toString()));

    assertThat(sent.path("state").asString()).isEqualTo("SENT");
    assertThat(sent.path("sending").path("via").asString()).isEqualTo("API");
    assertThat(sent.path("sending").path("sentBy").path("id").asString())
        .isEqualTo(jonas.id().toString());
    String upworkId = sent.path("sending").path("upworkProposalId").asString();
    assertThat(upwork.proposalsOn(agency.id(), jonas.id(), sent.path("job").path("id").asString()))
        .singleElement()
        .satisfies(n -> assertThat(n.id()).isEqualTo(upworkId));
    assertThat(sent.path("sending").path("lastAttempt").path("outcome").asString())
        .isEqualTo("SENT");
    assertThat(ProposalSteps.timeline(sent)).endsWith("send-started", "sent");
    assertThat(ProposalSteps.audit(owner, "proposal.sent")).hasSize(1);
    assertThat(ProposalSteps.notified(owner)).contains("proposal-sent");
  }

  @Test
  void whenTheButtonIsClickedTwiceWithTheSameKeyThenTheSecondGetsTheFirstResult() {
    JsonNode approved = approved();
    String key = UUID.randomUUID().toString();

    ApiClient.Response first = send(approved, key);
    ApiClient.Response second = send(approved, key);

    assertThat(first.status()).as(first.body()).isEqualTo(200);
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    assertThat(second.json().path("sending").path("upworkProposalId").asString())
        .isEqualTo(first.json().path("sending").path("upworkProposalId").asString());
    assertThat(atUpwork(approved)).isEqualTo(1);
  }

  @Test
  void whenTwoClicksArriveAtOnceThenItIsSentOnce() throws Exception {
    for (boolean sameKey : List.of(false, true)) {
      JsonNode approved = approved();
      String shared = UUID.randomUUID().toString();

      List<ApiClient.Response> responses =
          ProposalSteps.atOnce(
              () -> send(approved, sameKey ? shared : UUID.randomUUID().toString()),
              () -> send(approved, sameKey ? shared : UUID.randomUUID().toString()));

      assertThat(atUpwork(approved)).as("same key: " + sameKey).isEqualTo(1);
      assertThat(responses.stream().filter(r -> r.status() == 200)).isNotEmpty();
      if (!sameKey) {
        assertThat(responses.stream().map(ApiClient.Response::status)).containsOnlyOnce(200);
        ApiClient.Response other =
            responses.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
        assertThat(other.status()).as(other.body()).isIn(409, 412);
      }
      assertThat(get(jonas.browser(), id(approved)).path("state").asString()).isEqualTo("SENT");
    }
  }

  @Test
  void whenUpworkFailsThenItStaysApprovedAndUnsentWithTheErrorAndTheCallIsNotRepeated() {
    JsonNode approved = approved();
    UpworkSide.fault(port, "SERVER_ERROR", 2);

    ApiClient.Response failed = send(approved, UUID.randomUUID().toString());

    assertThat(failed.status()).as(failed.body()).isEqualTo(503);
    assertThat(failed.problemType()).endsWith("/upwork-unavailable");
    assertThat(failed.json().path("state").asString()).isEqualTo("APPROVED");
    assertThat(UpworkSide.rawGraphQlStatus(port))
        .as("the second fault is still queued: the mutation was tried once")
        .isEqualTo(500);
    assertThat(atUpwork(approved)).isZero();
    JsonNode after = get(jonas.browser(), id(approved));
    assertThat(after.path("state").asString()).isEqualTo("APPROVED");
    assertThat(after.path("sending").path("sentAt").isNull()).isTrue();
    JsonNode attempt = after.path("sending").path("lastAttempt");
    assertThat(attempt.path("outcome").asString()).isEqualTo("FAILED");
    assertThat(attempt.path("error").asString()).contains("nothing was sent");
    assertThat(attempt.path("by").path("id").asString()).isEqualTo(jonas.id().toString());
    assertThat(ProposalSteps.timeline(after)).endsWith("send-started", "send-failed");
    assertThat(after.path("coverLetter").asString())
        .isEqualTo(approved.path("coverLetter").asString());

    JsonNode sent = ok(send(after, UUID.randomUUID().toString()));
    assertThat(sent.path("state").asString()).as("a new click sends it").isEqualTo("SENT");
    assertThat(atUpwork(approved)).isEqualTo(1);
  }

  @Test
  void whenUpworkRefusesTheProposalThenTheReasonIsShownItStaysApprovedAndARepeatAnswersTheSame() {
    // A job Crewbid has cached that Upwork does not know (any more): Upwork answers with an error.
    String gone = cachedJobs.storeFixed(agency.id(), "Closed at Upwork", "300.00", "Why you?");
    JsonNode approved = submitted(jonas.browser(), gone, "300.00");
    String key = UUID.randomUUID().toString();

    ApiClient.Response refused = send(approved, key);

    assertThat(refused.status()).as(refused.body()).isEqualTo(502);
    assertThat(refused.problemType()).endsWith("/send-failed");
    assertThat(refused.json().path("detail").asString()).contains("was not found");
    ApiClient.Response repeated = send(approved, key);
    assertThat(repeated.status()).isEqualTo(502);
    assertThat(repeated.problemType()).isEqualTo(refused.problemType());
    JsonNode after = get(jonas.browser(), id(approved));
    assertThat(after.path("state").asString()).isEqualTo("APPROVED");
    assertThat(after.path("sending").path("lastAttempt").path("problemType").asString())
        .endsWith("/send-failed");
    assertThat(ProposalSteps.timeline(after))
        .as("the repeat sent nothing")
        .containsOnlyOnce("send-started");
  }

  @Test
  void whenTheAnswerIsLostThenTheOutcomeIsUnknownUntilAPersonChecksAndItIsNeverResentByItself() {
    JsonNode approved = approved();
    UpworkSide.fault(port, "MALFORMED_JSON", 1);

    ApiClient.Response lost = send(approved, UUID.randomUUID().toString());

    assertThat(lost.status()).as(lost.body()).isEqualTo(502);
    assertThat(lost.problemType()).endsWith("/send-outcome-unknown");
    JsonNode unknown = get(jonas.browser(), id(approved));
    assertThat(unknown.path("state").asString()).isEqualTo("SEND_UNKNOWN");
    assertThat(ProposalSteps.actions(unknown))
        .contains("CHECK_UPWORK", "MARK_SENT", "MARK_NOT_SENT")
        .doesNotContain("SEND");
    assertThat(send(unknown, UUID.randomUUID().toString()).status()).isEqualTo(409);

    JsonNode checked = ok(action(jonas.browser(), unknown, "check-upwork", Map.of()));
    assertThat(checked.path("state").asString()).as("not at Upwork").isEqualTo("SEND_UNKNOWN");
    JsonNode notSent =
        ok(action(jonas.browser(), checked, "mark-not-sent", Map.of("note", "Not on Upwork.")));
    assertThat(notSent.path("state").asString()).isEqualTo("APPROVED");

    JsonNode sent = ok(send(notSent, UUID.randomUUID().toString()));
    assertThat(sent.path("state").asString()).isEqualTo("SENT");
    assertThat(atUpwork(approved)).isEqualTo(1);
    assertThat(ProposalSteps.timeline(sent))
        .endsWith("send-started", "send-unknown", "marked-not-sent", "send-started", "sent");
  }

  @Test
  void whenAnUnknownSendDidReachUpworkThenCheckingFindsItAndLinksIt() {
    JsonNode approved = approved();
    UpworkSide.fault(port, "MALFORMED_JSON", 1);
    send(approved, UUID.randomUUID().toString());
    // What reached Upwork although the answer was lost.
    String atUpwork =
        upwork.submitAtUpwork(
            agency.id(),
            jonas.id(),
            approved.path("job").path("id").asString(),
            approved.path("job").path("screeningQuestions").findValuesAsString("question"));

    JsonNode found =
        ok(action(jonas.browser(), get(jonas.browser(), id(approved)), "check-upwork", Map.of()));

    assertThat(found.path("state").asString()).isEqualTo("SENT");
    assertThat(found.path("sending").path("upworkProposalId").asString()).isEqualTo(atUpwork);
    assertThat(found.path("sending").path("via").asString()).isEqualTo("API");
    assertThat(ProposalSteps.timeline(found)).endsWith("send-unknown", "found-on-upwork");
  }

  @Test
  void whenTheMemberFindsAnUnknownSendOnUpworkThenMarkingItSentKeepsWhoClickedSend() {
    JsonNode approved = approved();
    UpworkSide.fault(port, "MALFORMED_JSON", 1);
    send(approved, UUID.randomUUID().toString());
    JsonNode unknown = get(jonas.browser(), id(approved));

    JsonNode sent =
        ok(
            action(
                jonas.browser(),
                unknown,
                "mark-sent",
                Map.of("upworkProposalId", "1820000000099999999", "note", "It is on Upwork.")));

    assertThat(sent.path("state").asString()).isEqualTo("SENT");
    assertThat(sent.path("sending").path("via").asString())
        .as("the click sent it")
        .isEqualTo("API");
    assertThat(sent.path("sending").path("sentBy").path("id").asString())
        .isEqualTo(jonas.id().toString());
    assertThat(sent.path("sending").path("upworkProposalId").asString())
        .isEqualTo("1820000000099999999");
    assertThat(sent.path("sending").path("lastAttempt").path("outcome").asString())
        .isEqualTo("SENT");
    assertThat(ProposalSteps.timeline(sent)).endsWith("send-unknown", "marked-sent");
  }

  @Test
  void whenTheKeyLacksThePermissionThenSendingIsRefusedAndTheMemberMarksItSentByHand() {
    JsonNode approved = approved();
    UpworkSide.keyPermissions(port, List.of());

    ApiClient.Response refused = send(approved, UUID.randomUUID().toString());

    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.problemType()).endsWith("/submission-not-permitted");
    JsonNode after = get(jonas.browser(), id(approved));
    assertThat(after.path("state").asString()).isEqualTo("APPROVED");
    assertThat(after.path("sending").path("apiSubmission").asString()).isEqualTo("NOT_PERMITTED");
    assertThat(atUpwork(approved)).isZero();

    JsonNode sent =
        ok(
            action(
                jonas.browser(),
                after,
                "mark-sent",
                Map.of("note", "Copied it into Upwork and sent it there.")));

    assertThat(sent.path("state").asString()).isEqualTo("SENT");
    assertThat(sent.path("sending").path("via").asString()).isEqualTo("MANUAL");
    assertThat(sent.path("sending").path("sentBy").path("id").asString())
        .isEqualTo(jonas.id().toString());
    assertThat(sent.path("sending").path("sentAt").isNull()).isFalse();
    assertThat(ProposalSteps.timeline(sent)).endsWith("send-failed", "marked-sent");
  }

  @Test
  void whenSomeoneElseOrAnUnapprovedProposalIsSentThenItIsRefused() {
    JsonNode approved = approved();
    JsonNode draft = ProposalSteps.draft(jonas.browser(), jobs.get(NEXT_JOB.getAndIncrement()));

    assertThat(
            owner
                .postJson(BASE + "/" + id(approved) + "/send", Map.of(), ifMatch(approved))
                .status())
        .as("not the author")
        .isEqualTo(403);
    ApiClient.Response unapproved = send(draft, UUID.randomUUID().toString());
    assertThat(unapproved.status()).isEqualTo(409);
    assertThat(unapproved.json().path("state").asString()).isEqualTo("DRAFT");
    ApiClient.Response badKey = send(approved, "x".repeat(101));
    assertThat(badKey.status()).isEqualTo(422);
    assertThat(badKey.problemType()).endsWith("/idempotency-key-invalid");
    assertThat(atUpwork(approved)).isZero();
  }
}
