package com.crewbid.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.proposals.ProposalSteps;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.EventStream;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** A transaction that writes several lines of one proposal's timeline signals it once. */
@IntegrationTest
class ProposalChangeSignalsIT {

  static final Duration WAIT = Duration.ofSeconds(20);

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;
  @Autowired TenantScope scope;
  @Autowired TransactionTemplate tx;
  @Autowired ProposalRecords proposals;
  @Autowired ProposalTimeline timeline;

  @Test
  void whenOneTransactionWritesSeveralStepsThenTheProposalIsSignalledOnceAfterTheCommit() {
    TestAgencies.Agency agency = agencies.register("signal-once");
    ApiClient owner = ProposalSteps.owner(port, agency);
    Callers.Member author = callers.signedInMember(port, agency, AgencyRole.FREELANCER);

    try (EventStream stream = owner.openEventStream("/api/notifications/stream")) {
      stream.next("unread-count", WAIT);
      JsonNode draft = ProposalSteps.draft(author.browser(), job(agency));
      UUID id = UUID.fromString(ProposalSteps.id(draft));
      assertThat(stream.next("proposal-changed", WAIT).json().path("proposalId").asString())
          .as("the draft's creation")
          .isEqualTo(id.toString());

      scope.runAs(
          agency.id(),
          () ->
              tx.executeWithoutResult(
                  status -> {
                    ProposalRecord p = proposals.findById(id).orElseThrow();
                    for (String note : new String[] {"one", "two", "three"}) {
                      timeline.step(
                          p,
                          "noted",
                          p.state(),
                          null,
                          ProposalHistoryRecord.Source.SYSTEM,
                          note,
                          Instant.now());
                    }
                  }));
      // A later change of another proposal: by the time it arrives, the first's would have.
      JsonNode marker = ProposalSteps.draft(author.browser(), job(agency));

      int signals = 0;
      while (true) {
        JsonNode event = stream.next("proposal-changed", WAIT).json();
        String proposalId = event.path("proposalId").asString();
        if (proposalId.equals(ProposalSteps.id(marker))) {
          break;
        }
        if (proposalId.equals(id.toString())) {
          assertThat(event.path("kind").asString()).isEqualTo("step");
          signals++;
        }
      }
      assertThat(signals).as("once for the three lines").isEqualTo(1);
    }
  }

  String job(TestAgencies.Agency agency) {
    return jobs.storeFixed(agency.id(), "Signal job", "800.00", "When can you start?");
  }
}
