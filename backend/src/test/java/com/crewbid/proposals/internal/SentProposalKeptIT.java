package com.crewbid.proposals.internal;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.ok;
import static com.crewbid.proposals.ProposalSteps.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.proposals.ProposalSteps;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantJdbc;
import com.crewbid.tenancy.TenantScope;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A proposal Upwork took is never lost: when Upwork answers with an id another proposal of the
 * agency holds already (as an Upwork that forgot its own ids would, like the demo's sandbox after a
 * restart used to), the proposal is SENT all the same, the id is kept on the send attempt, and the
 * timeline and audit log say what happened, instead of a 409 that leaves it SENDING.
 */
@IntegrationTest
class SentProposalKeptIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired TenantScope scope;
  @Autowired TenantJdbc jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired OutcomeSync sync;
  @Autowired TenantCatalog catalog;

  @Value("${spring.datasource.url}")
  String dbUrl;

  @Value("${spring.datasource.username}")
  String dbUser;

  @Value("${spring.datasource.password:}")
  String dbPassword;

  TestAgencies.Agency agency;
  ApiClient owner;
  Callers.Member amara;
  List<String> jobs;

  @BeforeEach
  void linkedFreelancer() {
    UpworkSide.reset(port);
    agency = agencies.register("kept");
    owner = ProposalSteps.owner(port, agency);
    ProposalSteps.policy(
        owner, List.of(ProposalSteps.bidRule("Huge bids", "999999.00", List.of("OWNER"))));
    amara = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Amara");
    jobs = UpworkSide.fetchedJobs(amara.browser());
  }

  @AfterEach
  void resetSandbox() {
    UpworkSide.reset(port);
  }

  ApiClient.Response send(JsonNode approved) {
    return amara
        .browser()
        .postJson(
            BASE + "/" + id(approved) + "/send",
            Map.of(),
            ProposalSteps.ifMatch(approved, "Idempotency-Key", UUID.randomUUID().toString()));
  }

  @Test
  void whenUpworkAnswersWithAnIdAnotherProposalHoldsThenTheProposalIsSentAllTheSame() {
    JsonNode first = ok(send(submitted(amara.browser(), jobs.get(0), "450.00")));
    String taken = first.path("sending").path("upworkProposalId").asString();
    assertThat(taken).matches("\\d{19}");
    JsonNode second = submitted(amara.browser(), jobs.get(1), "450.00");
    assertThat(
            UpworkSide.control(port)
                .putJson(UpworkSide.CONTROL + "/next-proposal-id", Map.of("id", taken))
                .status())
        .isEqualTo(204);

    ApiClient.Response answer = send(second);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode sent = answer.json();
    assertThat(sent.path("state").asString()).isEqualTo("SENT");
    assertThat(sent.path("sending").path("via").asString()).isEqualTo("API");
    assertThat(sent.path("sending").path("upworkProposalId").isNull()).isTrue();
    assertThat(sent.path("sending").path("lastAttempt").path("outcome").asString())
        .isEqualTo("SENT");
    JsonNode step = sent.path("history").get(sent.path("history").size() - 1);
    assertThat(step.path("action").asString()).isEqualTo("sent");
    assertThat(step.path("note").asString()).contains(taken, "another proposal");
    assertThat(ProposalSteps.audit(owner, "proposal.sent")).hasSize(2);
    String onTheAttempt =
        scope.callAs(
            agency.id(),
            () ->
                tx.execute(
                    status ->
                        jdbc.call(
                            "attempt",
                            sql ->
                                sql.sql(
                                        "select upwork_proposal_id from proposal_send_attempts"
                                            + " where proposal_id = :id")
                                    .param("id", UUID.fromString(id(second)))
                                    .query(String.class)
                                    .single())));
    assertThat(onTheAttempt).isEqualTo(taken);
    // The first keeps its id.
    assertThat(
            ProposalSteps.get(amara.browser(), id(first))
                .path("sending")
                .path("upworkProposalId")
                .asString())
        .isEqualTo(taken);
  }

  @Test
  void whenTheKeptProposalsOutcomeArrivesThenItFindsItByItsSendAndTheHolderDoesNotTakeIt() {
    JsonNode first = ok(send(submitted(amara.browser(), jobs.get(2), "450.00")));
    String taken = first.path("sending").path("upworkProposalId").asString();
    assertThat(
            UpworkSide.control(port)
                .putJson(UpworkSide.CONTROL + "/next-proposal-id", Map.of("id", taken))
                .status())
        .isEqualTo(204);
    JsonNode second = ok(send(submitted(amara.browser(), jobs.get(3), "450.00")));
    assertThat(second.path("sending").path("upworkProposalId").isNull()).isTrue();
    // Upwork now has that id for the second proposal's job only, and the client replied to it.
    UpworkSide.pinStatus(port, taken, "REPLIED");

    OutcomeSync.Run run = scope.callAs(agency.id(), () -> sync.syncAgency(10));

    assertThat(run.moved()).isEqualTo(1);
    JsonNode kept = ProposalSteps.get(amara.browser(), id(second));
    assertThat(kept.path("state").asString())
        .as("found by the id its send attempt keeps")
        .isEqualTo("REPLIED");
    assertThat(kept.path("sending").path("upworkProposalId").isNull())
        .as("the id stays with the proposal that holds it")
        .isTrue();
    JsonNode holder = ProposalSteps.get(amara.browser(), id(first));
    assertThat(holder.path("state").asString())
        .as("the holder's id is on another job at Upwork now: not its outcome")
        .isEqualTo("SENT");
    assertThat(holder.path("sending").path("upworkProposalId").asString()).isEqualTo(taken);
  }

  @Test
  void whenAnotherProposalTakesUpworksIdWhileTheSendFinishesThenItIsSentWithoutTheId()
      throws Exception {
    JsonNode first = ok(send(submitted(amara.browser(), jobs.get(4), "450.00")));
    JsonNode second = submitted(amara.browser(), jobs.get(5), "450.00");
    String fresh = Long.toString(9_000_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L);
    assertThat(
            UpworkSide.control(port)
                .putJson(UpworkSide.CONTROL + "/next-proposal-id", Map.of("id", fresh))
                .status())
        .isEqualTo(204);
    // Another transaction gives the first proposal that id and holds it uncommitted: the send's
    // check does not see it, its write waits on the unique index, then fails once it commits.
    // (Own connections, not the pool's: the pool of the tests is as small as can be.)
    String schema = catalog.findBySlug(agency.slug()).orElseThrow().schemaName();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(1);
    try (java.sql.Connection holder = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
        java.sql.Connection watcher = DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
      holder.setAutoCommit(false);
      try (PreparedStatement hold =
          holder.prepareStatement(
              "update \"" + schema + "\".proposals set upwork_proposal_id = ? where id = ?")) {
        hold.setString(1, fresh);
        hold.setObject(2, UUID.fromString(id(first)));
        assertThat(hold.executeUpdate()).isEqualTo(1);
      }
      var answer = pool.submit(() -> send(second));
      try {
        awaitAWriteWaitingOnALock(watcher);
      } finally {
        holder.commit();
      }
      ApiClient.Response sent = answer.get();

      assertThat(sent.status()).as(sent.body()).isEqualTo(200);
      assertThat(sent.json().path("state").asString()).isEqualTo("SENT");
      assertThat(sent.json().path("sending").path("upworkProposalId").isNull()).isTrue();
      JsonNode step = sent.json().path("history").get(sent.json().path("history").size() - 1);
      assertThat(step.path("note").asString()).contains(fresh, "another proposal");
    } finally {
      pool.shutdown();
    }
  }

  /** Waits until some update of proposals waits for a lock (the send's, on the unique index). */
  static void awaitAWriteWaitingOnALock(java.sql.Connection watcher) throws Exception {
    for (int i = 0; i < 400; i++) {
      try (PreparedStatement waiting =
              watcher.prepareStatement(
                  "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                      + " and query ilike 'update %proposals %'");
          ResultSet rows = waiting.executeQuery()) {
        rows.next();
        if (rows.getInt(1) > 0) {
          return;
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("The send never waited on the id held by the other transaction");
  }
}
