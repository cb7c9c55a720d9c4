package com.crewbid.proposals;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.get;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.ifMatch;
import static com.crewbid.proposals.ProposalSteps.policy;
import static com.crewbid.proposals.ProposalSteps.rule;
import static com.crewbid.proposals.ProposalSteps.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Approvers clicking at the same moment on the same version of a proposal, on real threads released
 * together, over HTTP against the real database: one consistent outcome, the loser a clear refusal
 * (412 or 409), and nothing counted twice or lost. Each race runs several times.
 */
@IntegrationTest
class ConcurrentProposalDecisionsIT {

  static final int RACES = 4;

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;

  TestAgencies.Agency agency;
  ApiClient owner;
  ApiClient anna;
  ApiClient boris;
  ApiClient freelancer;

  @BeforeEach
  void team() {
    agency = agencies.register("proposal-race");
    owner = ProposalSteps.owner(port, agency);
    anna = callers.member(port, agency, AgencyRole.MANAGER);
    boris = callers.member(port, agency, AgencyRole.MANAGER);
    freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
  }

  JsonNode pending() {
    String job = jobs.storeFixed(agency.id(), "Race", "900.00", "Why you?");
    return get(anna, id(submitted(freelancer, job, "900.00")));
  }

  /** Each approver's click, released at the same moment, on the same version read before. */
  List<ApiClient.Response> race(JsonNode proposal, ApiClient... approvers) throws Exception {
    List<java.util.concurrent.Callable<ApiClient.Response>> clicks = new ArrayList<>();
    for (ApiClient approver : approvers) {
      clicks.add(
          () ->
              approver.postJson(
                  BASE + "/" + id(proposal) + "/approve", Map.of(), ifMatch(proposal)));
    }
    return ProposalSteps.atOnce(clicks.toArray(java.util.concurrent.Callable[]::new));
  }

  @Test
  void whenTwoApproversApproveAtOnceAndOneApprovalIsNeededThenExactlyOneDecisionCounts()
      throws Exception {
    for (int i = 0; i < RACES; i++) {
      JsonNode proposal = pending();

      List<ApiClient.Response> responses = race(proposal, anna, boris);

      assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(1);
      ApiClient.Response loser =
          responses.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
      assertThat(loser.status()).as(loser.body()).isIn(409, 412);
      assertThat(loser.problemType()).matches(".*/(stale-version|already-decided|proposal-state)");
      JsonNode stored = get(owner, id(proposal));
      assertThat(stored.path("state").asString()).isEqualTo("APPROVED");
      assertThat(stored.path("approval").path("decisions")).hasSize(1);
      assertThat(ProposalSteps.timeline(stored))
          .containsExactly("created", "submitted", "approved");
    }
  }

  @Test
  void whenTwoAreNeededAndBothApproveAtOnceThenOneCountsAndTheOtherDecidesAgainOnFreshData()
      throws Exception {
    policy(owner, List.of(rule("Two managers", "ALWAYS", List.of("MANAGER"), 2)));
    for (int i = 0; i < RACES; i++) {
      JsonNode proposal = pending();

      List<ApiClient.Response> responses = race(proposal, anna, boris);

      assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(1);
      ApiClient.Response loser =
          responses.stream().filter(r -> r.status() != 200).findFirst().orElseThrow();
      assertThat(loser.status()).as(loser.body()).isEqualTo(412);
      JsonNode half = get(owner, id(proposal));
      assertThat(half.path("state").asString()).isEqualTo("PENDING_APPROVAL");
      assertThat(half.path("approval").path("approvalsGiven").asInt()).isEqualTo(1);
      ApiClient again = responses.get(0).status() == 200 ? boris : anna;

      JsonNode approved = ProposalSteps.approve(again, get(again, id(proposal)));

      assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
      assertThat(approved.path("approval").path("decisions")).hasSize(2);
    }
  }

  @Test
  void whenOneApprovesAndAnotherRejectsAtOnceThenOneOutcomeStands() throws Exception {
    for (int i = 0; i < RACES; i++) {
      JsonNode proposal = pending();

      List<ApiClient.Response> answers =
          ProposalSteps.atOnce(
              () ->
                  anna.postJson(
                      BASE + "/" + id(proposal) + "/approve", Map.of(), ifMatch(proposal)),
              () ->
                  boris.postJson(
                      BASE + "/" + id(proposal) + "/reject",
                      Map.of("comment", "Too cheap."),
                      ifMatch(proposal)));

      int approved = answers.get(0).status();
      int rejected = answers.get(1).status();
      assertThat(List.of(approved, rejected)).containsOnlyOnce(200);
      JsonNode stored = get(owner, id(proposal));
      assertThat(stored.path("state").asString())
          .isEqualTo(approved == 200 ? "APPROVED" : "REJECTED");
      assertThat(stored.path("approval").path("decisions")).hasSize(1);
    }
  }
}
