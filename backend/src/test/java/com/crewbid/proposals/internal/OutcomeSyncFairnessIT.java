package com.crewbid.proposals.internal;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.get;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.ok;
import static com.crewbid.proposals.ProposalSteps.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.proposals.ProposalSteps;
import com.crewbid.shared.TenantId;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantJdbc;
import com.crewbid.tenancy.TenantScope;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The outcome sync is fair and finds what it looks for: whoever it asked about longest ago comes
 * first, across agencies, so a small budget still reaches everyone in turn; a proposal is looked
 * for in the Upwork organization it was sent under, even after its author chose another; and after
 * the cut-off (60 days after sending) it is no longer polled, though a person may still check.
 */
@IntegrationTest
class OutcomeSyncFairnessIT {

  /** The Lviv Codeworks agency organization of the sandbox (Priya and Mateo are members). */
  static final String AGENCY_ORG = "1639001120334462977";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired TenantCatalog catalog;
  @Autowired TenantScope scope;
  @Autowired OutcomeSync sync;
  @Autowired ProposalsProperties properties;
  @Autowired TenantJdbc jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired CachedJobFixtures cachedJobs;

  TestAgencies.Agency agency;
  Callers.Member priya;
  List<String> jobs;

  @BeforeEach
  void linkedFreelancer() {
    UpworkSide.reset(port);
    agency = agencies.register("fair-sync");
    priya = linkedAndAutoApproved(agency, "Priya");
    jobs = UpworkSide.fetchedJobs(priya.browser());
  }

  @AfterEach
  void resetSandbox() {
    UpworkSide.reset(port);
  }

  /** A linked freelancer of the agency, whose proposals no rule holds up. */
  Callers.Member linkedAndAutoApproved(TestAgencies.Agency in, String upworkName) {
    ApiClient owner = ProposalSteps.owner(port, in);
    ProposalSteps.policy(
        owner, List.of(ProposalSteps.bidRule("Huge bids", "999999.00", List.of("OWNER"))));
    return callers.linkedMember(port, in, AgencyRole.FREELANCER, upworkName);
  }

  /** The schedule with this many authors a run. */
  int runSchedule(int authors) {
    return new OutcomeSyncSchedule(
            catalog,
            scope,
            sync,
            new ProposalsProperties(
                true,
                "-",
                authors,
                properties.sendingTimeout(),
                properties.repeatWait(),
                properties.outcomeSyncCutoff()))
        .run();
  }

  static JsonNode sentThroughUpwork(Callers.Member member, String job) {
    JsonNode approved = submitted(member.browser(), job, "450.00");
    assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
    return ok(
        member
            .browser()
            .postJson(
                BASE + "/" + id(approved) + "/send",
                Map.of(),
                ProposalSteps.ifMatch(approved, "Idempotency-Key", UUID.randomUUID().toString())));
  }

  static String upworkId(JsonNode proposal) {
    return proposal.path("sending").path("upworkProposalId").asString();
  }

  static void chooseOrganization(Callers.Member member, String organizationId) {
    JsonNode link = member.browser().get("/api/me/upwork-account").json();
    Map<String, Object> choice = new HashMap<>();
    choice.put("organizationId", organizationId);
    ApiClient.Response chosen =
        member
            .browser()
            .putJson(
                "/api/me/upwork-account/organization",
                choice,
                "If-Match",
                "\"" + link.path("version").asLong() + "\"");
    assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
  }

  void sql(TenantId in, String statement, Map<String, Object> params) {
    scope.runAs(
        in,
        () ->
            tx.executeWithoutResult(
                status ->
                    jdbc.call(
                        "test",
                        s -> {
                          var spec = s.sql(statement);
                          for (Map.Entry<String, Object> p : params.entrySet()) {
                            spec = spec.param(p.getKey(), p.getValue());
                          }
                          return spec.update();
                        })));
  }

  void lastSynced(TenantId in, JsonNode proposal, Instant at) {
    sql(
        in,
        "update proposals set outcome_synced_at = :at where id = :id",
        Map.of("at", Timestamp.from(at), "id", UUID.fromString(id(proposal))));
  }

  String stateOf(Callers.Member member, JsonNode proposal) {
    return get(member.browser(), id(proposal)).path("state").asString();
  }

  @Test
  void whenTheBudgetIsSmallThenWhoeverWasAskedAboutLongestAgoComesFirstAcrossAgencies() {
    TestAgencies.Agency other = agencies.register("fair-sync-other");
    Callers.Member mateo = linkedAndAutoApproved(other, "Mateo");
    JsonNode priyas = sentThroughUpwork(priya, jobs.get(0));
    JsonNode mateos = sentThroughUpwork(mateo, jobs.get(1));
    // Every author of the suite asked about once, now; then these two asked about earlier.
    runSchedule(10_000);
    lastSynced(agency.id(), priyas, Instant.now().minus(Duration.ofDays(1)));
    lastSynced(other.id(), mateos, Instant.now().minus(Duration.ofDays(2)));
    UpworkSide.pinStatus(port, upworkId(priyas), "VIEWED");
    UpworkSide.pinStatus(port, upworkId(mateos), "VIEWED");

    runSchedule(1);

    assertThat(stateOf(mateo, mateos)).isEqualTo("VIEWED");
    assertThat(stateOf(priya, priyas)).isEqualTo("SENT");

    runSchedule(1);

    assertThat(stateOf(priya, priyas)).isEqualTo("VIEWED");
  }

  @Test
  void whenAProposalWasNeverAskedAboutThenItsAuthorComesBeforeThoseAskedAboutBefore() {
    JsonNode asked = sentThroughUpwork(priya, jobs.get(2));
    Callers.Member jonas = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Jonas");
    lastSynced(agency.id(), asked, Instant.now().minus(Duration.ofDays(3)));
    JsonNode neverAsked = sentThroughUpwork(jonas, jobs.get(3));

    List<OutcomeSync.Due> due = scope.callAs(agency.id(), sync::due);

    assertThat(due).extracting(OutcomeSync.Due::author).containsExactly(jonas.id(), priya.id());
    assertThat(due.getFirst().lastSynced()).isNull();
    assertThat(due.getFirst().proposals()).containsExactly(UUID.fromString(id(neverAsked)));
    assertThat(due.get(1).lastSynced()).isBefore(Instant.now().minus(Duration.ofDays(2)));
  }

  @Test
  void whenAnAuthorsLinkDoesNotWorkThenTheyCostNoneOfTheBudgetAndTheNextAuthorIsAsked() {
    Callers.Member unlinked = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    JsonNode byHand =
        ok(
            ProposalSteps.action(
                unlinked.browser(),
                submitted(
                    unlinked.browser(),
                    cachedJobs.storeFixed(agency.id(), "Sent by hand, no link", "300.00"),
                    "300.00"),
                "mark-sent",
                Map.of()));
    lastSynced(agency.id(), byHand, Instant.now().minus(Duration.ofDays(9)));
    JsonNode sent = sentThroughUpwork(priya, jobs.get(8));
    lastSynced(agency.id(), sent, Instant.now().minus(Duration.ofDays(1)));
    UpworkSide.pinStatus(port, upworkId(sent), "VIEWED");

    OutcomeSync.Run run = scope.callAs(agency.id(), () -> sync.syncAgency(1));

    assertThat(run.skipped()).isEqualTo(1);
    assertThat(run.authors()).isEqualTo(1);
    assertThat(stateOf(priya, sent)).isEqualTo("VIEWED");
  }

  @Test
  void whenTheAuthorChoseAnotherOrganizationSinceThenTheProposalIsStillFoundWhereItWasSent() {
    chooseOrganization(priya, AGENCY_ORG);
    JsonNode sent = sentThroughUpwork(priya, jobs.get(4));
    chooseOrganization(priya, null);
    UpworkSide.pinStatus(port, upworkId(sent), "REPLIED");

    OutcomeSync.Run run = scope.callAs(agency.id(), () -> sync.syncAgency(10));

    assertThat(run.moved()).isEqualTo(1);
    assertThat(stateOf(priya, sent)).isEqualTo("REPLIED");
  }

  @Test
  void whenUpworkRefusesOneOrganizationThenItsProposalsGoBackInLineAndTheAuthorsOthersAreAsked() {
    chooseOrganization(priya, AGENCY_ORG);
    JsonNode left = sentThroughUpwork(priya, jobs.get(7));
    chooseOrganization(priya, null);
    JsonNode current = sentThroughUpwork(priya, jobs.get(8));
    // Priya has left the organization the first was sent under: Upwork refuses to answer there.
    sql(
        agency.id(),
        "update proposals set upwork_organization_id = :org where id = :id",
        Map.of("org", "1639000000000000001", "id", UUID.fromString(id(left))));
    UpworkSide.pinStatus(port, upworkId(current), "REPLIED");
    UpworkSide.pinStatus(port, upworkId(left), "REPLIED");

    OutcomeSync.Run run = scope.callAs(agency.id(), () -> sync.syncAgency(10));

    assertThat(stateOf(priya, current))
        .as("asked in her current organization although the first one's failed")
        .isEqualTo("REPLIED");
    assertThat(run.moved()).isEqualTo(1);
    assertThat(stateOf(priya, left)).isEqualTo("SENT");
    assertThat(askedAbout(left)).as("noted as asked: to the back of the line").isTrue();
  }

  boolean askedAbout(JsonNode proposal) {
    return scope.callAs(
        agency.id(),
        () ->
            tx.execute(
                status ->
                    jdbc.call(
                        "synced",
                        s ->
                            s.sql(
                                    "select outcome_synced_at is not null from proposals"
                                        + " where id = :id")
                                .param("id", UUID.fromString(id(proposal)))
                                .query(Boolean.class)
                                .single())));
  }

  @Test
  void whenAProposalWasSentLongerAgoThanTheCutOffThenTheSyncNoLongerAsksButAPersonMayCheck() {
    JsonNode old = sentThroughUpwork(priya, jobs.get(5));
    JsonNode recent = sentThroughUpwork(priya, jobs.get(6));
    sql(
        agency.id(),
        "update proposals set sent_at = :at where id = :id",
        Map.of(
            "at",
            Timestamp.from(
                Instant.now().minus(properties.outcomeSyncCutoff()).minus(Duration.ofHours(1))),
            "id",
            UUID.fromString(id(old))));
    UpworkSide.pinStatus(port, upworkId(old), "VIEWED");
    UpworkSide.pinStatus(port, upworkId(recent), "VIEWED");

    scope.callAs(agency.id(), () -> sync.syncAgency(10));

    assertThat(properties.outcomeSyncCutoff()).isEqualTo(Duration.ofDays(60));
    assertThat(stateOf(priya, recent)).isEqualTo("VIEWED");
    JsonNode untouched = get(priya.browser(), id(old));
    assertThat(untouched.path("state").asString()).isEqualTo("SENT");
    assertThat(untouched.path("outcome").path("lastSyncedAt").isNull()).isTrue();

    JsonNode checked = ok(priya.browser().postJson(BASE + "/" + id(old) + "/check-upwork", "{}"));

    assertThat(checked.path("state").asString()).isEqualTo("VIEWED");
  }
}
