package com.crewbid.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.proposals.ProposalSteps;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantJdbc;
import com.crewbid.tenancy.TenantScope;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A proposal loaded before the purge of Upwork's content (or the sync's stamp of when it asked) and
 * saved after it writes back only what it changed: the purged content stays gone, the stamp stays.
 */
@IntegrationTest
class ProposalConcurrentSaveIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;
  @Autowired TenantScope scope;
  @Autowired TenantJdbc jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired ProposalRecords proposals;

  @Test
  void whenACopyLoadedBeforeThePurgeIsSavedAfterItThenThePurgedContentStaysGone() {
    TestAgencies.Agency agency = agencies.register("concurrent-save");
    Callers.Member author = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    JsonNode draft =
        ProposalSteps.draft(
            author.browser(), jobs.storeFixed(agency.id(), "Race job", "800.00", "When?"));
    UUID id = UUID.fromString(ProposalSteps.id(draft));
    assertThat(draft.path("job").path("clientName").isNull()).isFalse();
    Instant asked = Instant.parse("2026-01-02T03:04:05Z");

    scope.runAs(
        agency.id(),
        () ->
            tx.executeWithoutResult(
                status -> {
                  ProposalRecord loaded = proposals.findById(id).orElseThrow();
                  // Meanwhile, in another transaction: the purge and the sync's stamp.
                  elsewhere(
                      agency,
                      "update proposals set job_client_name = null, job_budget = null,"
                          + " job_fetched_at = null, outcome_synced_at = :asked where id = :id",
                      Map.of("asked", Timestamp.from(asked), "id", id));
                  loaded.touch(Instant.now());
                }));

    Map<String, Object> row =
        scope.callAs(
            agency.id(),
            () ->
                tx.execute(
                    status ->
                        jdbc.call(
                            "row",
                            sql ->
                                sql.sql(
                                        "select job_client_name, job_budget, job_fetched_at,"
                                            + " outcome_synced_at from proposals where id = :id")
                                    .param("id", id)
                                    .query()
                                    .singleRow())));
    assertThat(row.get("job_client_name")).isNull();
    assertThat(row.get("job_budget")).isNull();
    assertThat(row.get("job_fetched_at")).isNull();
    assertThat(((Timestamp) row.get("outcome_synced_at")).toInstant()).isEqualTo(asked);
  }

  /** Runs the statement in a transaction of its own on another thread, and waits for it. */
  void elsewhere(TestAgencies.Agency agency, String statement, Map<String, Object> params) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread other =
        new Thread(
            () -> {
              try {
                scope.runAs(
                    agency.id(),
                    () ->
                        tx.executeWithoutResult(
                            status ->
                                jdbc.call(
                                    "elsewhere",
                                    s -> {
                                      var spec = s.sql(statement);
                                      for (Map.Entry<String, Object> p : params.entrySet()) {
                                        spec = spec.param(p.getKey(), p.getValue());
                                      }
                                      return spec.update();
                                    })));
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    other.start();
    try {
      other.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    assertThat(failure.get()).isNull();
  }
}
