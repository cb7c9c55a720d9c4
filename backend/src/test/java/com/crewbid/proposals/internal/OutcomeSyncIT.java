package com.crewbid.proposals.internal;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.action;
import static com.crewbid.proposals.ProposalSteps.audit;
import static com.crewbid.proposals.ProposalSteps.complete;
import static com.crewbid.proposals.ProposalSteps.edited;
import static com.crewbid.proposals.ProposalSteps.get;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.notified;
import static com.crewbid.proposals.ProposalSteps.ok;
import static com.crewbid.proposals.ProposalSteps.submitted;
import static com.crewbid.proposals.ProposalSteps.timeline;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.proposals.ProposalSteps;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantJdbc;
import com.crewbid.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The scheduled outcome sync against the Upwork sandbox: with the sandbox's clock moved or a status
 * pinned through its control API, sent proposals move along (and only forward), the template
 * counters and the notifications follow, a person's correction is audited and stands, proposals
 * sent by hand are found by their job, a broken link is skipped softly, a send left unfinished
 * becomes unknown, and a run holds the cluster lock.
 */
@IntegrationTest
class OutcomeSyncIT {

  /** Each test's proposals of Mateo go to jobs no other test used (one sandbox for the suite). */
  static final AtomicInteger NEXT_JOB = new AtomicInteger();

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired UpworkSide upwork;
  @Autowired CachedJobFixtures cachedJobs;
  @Autowired TenantCatalog catalog;
  @Autowired TenantScope scope;
  @Autowired OutcomeSync sync;
  @Autowired OutcomeSyncSchedule scheduled;
  @Autowired ProposalsProperties properties;
  @Autowired LockProvider locks;
  @Autowired TenantJdbc jdbc;
  @Autowired TransactionTemplate tx;

  TestAgencies.Agency agency;
  ApiClient owner;
  Callers.Member mateo;
  List<String> jobs;

  @BeforeEach
  void linkedFreelancer() {
    UpworkSide.reset(port);
    agency = agencies.register("outcomes");
    owner = ProposalSteps.owner(port, agency);
    mateo = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Mateo");
    ProposalSteps.policy(
        owner, List.of(ProposalSteps.bidRule("Huge bids", "999999.00", List.of("OWNER"))));
    jobs = UpworkSide.fetchedJobs(mateo.browser());
  }

  @AfterEach
  void resetSandbox() {
    UpworkSide.reset(port);
  }

  /** The schedule, with room for every author of the suite's agencies. */
  int runSchedule() {
    return new OutcomeSyncSchedule(
            catalog,
            scope,
            sync,
            new ProposalsProperties(
                true, "-", 10_000, properties.sendingTimeout(), properties.repeatWait()))
        .run();
  }

  String nextJob() {
    return jobs.get(NEXT_JOB.getAndIncrement());
  }

  JsonNode sentThroughUpwork(JsonNode approved) {
    return ok(
        mateo
            .browser()
            .postJson(
                BASE + "/" + id(approved) + "/send",
                Map.of(),
                ProposalSteps.ifMatch(approved, "Idempotency-Key", UUID.randomUUID().toString())));
  }

  String template() {
    ApiClient.Response created =
        owner.postJson(
            "/api/proposal-templates",
            Map.of(
                "name",
                "Outcome template " + UUID.randomUUID(),
                "body",
                "Hello {{client_name}}, about {{job_title}}.",
                "tags",
                List.of(),
                "screeningAnswers",
                List.of()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asString();
  }

  JsonNode stats(String templateId) {
    return owner.get("/api/proposal-templates/" + templateId).json().path("stats");
  }

  @Test
  void whenTheSandboxClockMovesThenTheScheduledSyncMovesASentProposalAlong() {
    String templateId = template();
    JsonNode draft = ProposalSteps.draftFromTemplate(mateo.browser(), nextJob(), templateId);
    JsonNode complete = edited(mateo.browser(), draft, complete(draft, "450.00"));
    JsonNode approved = ok(action(mateo.browser(), complete, "submit-for-approval", Map.of()));
    JsonNode sent = sentThroughUpwork(approved);
    assertThat(stats(templateId).path("sent").asLong()).isEqualTo(1);

    runSchedule();
    assertThat(get(mateo.browser(), id(sent)).path("state").asString())
        .as("nothing new at Upwork yet")
        .isEqualTo("SENT");

    UpworkSide.advanceClock(port, "PT3H");
    runSchedule();
    JsonNode viewed = get(mateo.browser(), id(sent));
    assertThat(viewed.path("state").asString()).isEqualTo("VIEWED");
    assertThat(viewed.path("outcome").path("upworkStatus").asString()).isEqualTo("VIEWED");
    assertThat(viewed.path("outcome").path("source").asString()).isEqualTo("SYNC");
    JsonNode step = viewed.path("history").get(viewed.path("history").size() - 1);
    assertThat(step.path("action").asString()).isEqualTo("outcome-synced");
    assertThat(step.path("source").asString()).isEqualTo("SYNC");
    assertThat(step.path("actor").isNull()).isTrue();
    assertThat(step.path("from").asString()).isEqualTo("SENT");

    UpworkSide.advanceClock(port, "P1D");
    runSchedule();
    assertThat(get(mateo.browser(), id(sent)).path("state").asString()).isEqualTo("REPLIED");
    assertThat(stats(templateId).path("replied").asLong()).isEqualTo(1);

    UpworkSide.advanceClock(port, "P2D");
    runSchedule();
    JsonNode interview = get(mateo.browser(), id(sent));
    assertThat(interview.path("state").asString()).isEqualTo("INTERVIEW");
    assertThat(timeline(interview))
        .endsWith("sent", "outcome-synced", "outcome-synced", "outcome-synced");
    assertThat(notified(mateo.browser()).stream().filter("proposal-outcome-changed"::equals))
        .hasSize(3);
    assertThat(notified(owner)).contains("proposal-outcome-changed");
    assertThat(audit(owner, "proposal.outcome-synced")).hasSize(3);
  }

  @Test
  void whenUpworkPinsAFinalStatusThenTheSyncFollowsAndAPersonsCorrectionStandsAfterwards() {
    String templateId = template();
    JsonNode draft = ProposalSteps.draftFromTemplate(mateo.browser(), nextJob(), templateId);
    JsonNode complete = edited(mateo.browser(), draft, complete(draft, "450.00"));
    JsonNode sent =
        sentThroughUpwork(ok(action(mateo.browser(), complete, "submit-for-approval", Map.of())));
    UpworkSide.pinStatus(port, sent.path("sending").path("upworkProposalId").asString(), "HIRED");

    runSchedule();

    JsonNode hired = get(owner, id(sent));
    assertThat(hired.path("state").asString()).isEqualTo("HIRED");
    assertThat(stats(templateId).path("hired").asLong()).isEqualTo(1);
    assertThat(stats(templateId).path("replied").asLong()).isEqualTo(1);

    JsonNode corrected =
        ok(
            action(
                owner,
                hired,
                "outcome",
                Map.of("outcome", "DECLINED", "note", "The client withdrew the offer by chat.")));
    assertThat(corrected.path("state").asString()).isEqualTo("DECLINED");
    runSchedule();

    JsonNode after = get(owner, id(sent));
    assertThat(after.path("state").asString()).as("the correction stands").isEqualTo("DECLINED");
    assertThat(after.path("outcome").path("source").asString()).isEqualTo("PERSON");
    JsonNode line =
        owner
            .get("/api/agency/audit-events?action=proposal.outcome-corrected")
            .json()
            .path("items")
            .get(0);
    assertThat(line.path("details").toString()).contains("The client withdrew the offer by chat.");
    assertThat(notified(mateo.browser())).contains("proposal-outcome-changed");
  }

  @Test
  void whenAProposalWasSentByHandThenTheSyncFindsItByItsJobAndKeepsUpworksId() {
    JsonNode approved = submitted(mateo.browser(), nextJob(), "450.00");
    JsonNode sent = ok(action(mateo.browser(), approved, "mark-sent", Map.of()));
    assertThat(sent.path("sending").path("upworkProposalId").isNull()).isTrue();
    String atUpwork =
        upwork.submitAtUpwork(
            agency.id(),
            mateo.id(),
            sent.path("job").path("id").asString(),
            sent.path("job").path("screeningQuestions").findValuesAsString("question"));
    UpworkSide.pinStatus(port, atUpwork, "VIEWED");

    runSchedule();

    JsonNode viewed = get(mateo.browser(), id(sent));
    assertThat(viewed.path("state").asString()).isEqualTo("VIEWED");
    assertThat(viewed.path("sending").path("upworkProposalId").asString()).isEqualTo(atUpwork);
    assertThat(viewed.path("sending").path("via").asString()).isEqualTo("MANUAL");
  }

  @Test
  void whenAnAuthorsLinkDoesNotWorkThenTheSyncSkipsThemAndGoesOnWithTheOthers() {
    Callers.Member unlinked = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    String job = cachedJobs.storeFixed(agency.id(), "Sent by hand, no link", "300.00");
    JsonNode theirs =
        ok(
            action(
                unlinked.browser(),
                submitted(unlinked.browser(), job, "300.00"),
                "mark-sent",
                Map.of()));
    JsonNode mine = sentThroughUpwork(submitted(mateo.browser(), nextJob(), "450.00"));
    UpworkSide.pinStatus(port, mine.path("sending").path("upworkProposalId").asString(), "REPLIED");

    OutcomeSync.Run run = scope.callAs(agency.id(), () -> sync.syncAgency(10));

    assertThat(run.skipped()).isEqualTo(1);
    assertThat(run.moved()).isEqualTo(1);
    assertThat(get(unlinked.browser(), id(theirs)).path("state").asString()).isEqualTo("SENT");
    assertThat(get(mateo.browser(), id(mine)).path("state").asString()).isEqualTo("REPLIED");
  }

  @Test
  void whenASendWasLeftUnfinishedThenTheSyncTakesItsOutcomeForUnknown() {
    JsonNode approved = submitted(mateo.browser(), nextJob(), "450.00");
    // As if the instance had died during the call, ten minutes ago.
    scope.runAs(
        agency.id(),
        () ->
            tx.executeWithoutResult(
                status ->
                    jdbc.call(
                        "stale send",
                        sql ->
                            sql.sql(
                                    "update proposals set state = 'SENDING', sending_since = :at"
                                        + " where id = :id")
                                .param(
                                    "at",
                                    java.sql.Timestamp.from(
                                        Instant.now().minus(Duration.ofMinutes(10))))
                                .param("id", UUID.fromString(id(approved)))
                                .update())));

    runSchedule();

    JsonNode unknown = get(mateo.browser(), id(approved));
    assertThat(unknown.path("state").asString()).isEqualTo("SEND_UNKNOWN");
    JsonNode step = unknown.path("history").get(unknown.path("history").size() - 1);
    assertThat(step.path("action").asString()).isEqualTo("send-unknown");
    assertThat(step.path("source").asString()).isEqualTo("SYSTEM");
    assertThat(ProposalSteps.actions(unknown)).contains("CHECK_UPWORK", "MARK_NOT_SENT");
    assertThat(notified(mateo.browser())).containsOnlyOnce("proposal-send-unknown");
  }

  @Test
  void whenAnotherReplicaHoldsTheLockThenTheScheduledRunDoesNothing() {
    JsonNode sent = sentThroughUpwork(submitted(mateo.browser(), nextJob(), "450.00"));
    UpworkSide.pinStatus(port, sent.path("sending").path("upworkProposalId").asString(), "VIEWED");
    Optional<SimpleLock> otherReplica =
        locks.lock(
            new LockConfiguration(
                Instant.now(), OutcomeSyncSchedule.LOCK, Duration.ofMinutes(5), Duration.ZERO));
    assertThat(otherReplica).isPresent();
    try {
      scheduled.scheduled();
      assertThat(get(mateo.browser(), id(sent)).path("state").asString()).isEqualTo("SENT");
    } finally {
      otherReplica.get().unlock();
    }
  }
}
