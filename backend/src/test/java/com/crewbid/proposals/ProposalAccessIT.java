package com.crewbid.proposals;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.action;
import static com.crewbid.proposals.ProposalSteps.approve;
import static com.crewbid.proposals.ProposalSteps.complete;
import static com.crewbid.proposals.ProposalSteps.draft;
import static com.crewbid.proposals.ProposalSteps.get;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.ids;
import static com.crewbid.proposals.ProposalSteps.ifMatch;
import static com.crewbid.proposals.ProposalSteps.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Who sees and does what with proposals: freelancers their own (and what they are named to
 * approve), owners and managers everything, viewers read everything and change nothing, and another
 * agency finds nothing, not even by real ids.
 */
@IntegrationTest
class ProposalAccessIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;

  TestAgencies.Agency agency;
  ApiClient owner;
  Callers.Member fedir;
  Callers.Member olha;

  @BeforeEach
  void team() {
    agency = agencies.register("proposal-access");
    owner = ProposalSteps.owner(port, agency);
    fedir = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    olha = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
  }

  String job() {
    return jobs.storeFixed(agency.id(), "Access", "500.00", "Why?");
  }

  @Test
  void whenAFreelancerTriesToApproveThenAColleaguesIsNotFoundAndTheirOwnIsSelfApproval() {
    JsonNode colleagues = submitted(olha.browser(), job(), "400.00");
    JsonNode own = submitted(fedir.browser(), job(), "400.00");

    ApiClient.Response other = action(fedir.browser(), colleagues, "approve", Map.of());
    ApiClient.Response self = action(fedir.browser(), own, "approve", Map.of());

    assertThat(other.status()).isEqualTo(404);
    assertThat(self.status()).isEqualTo(403);
    assertThat(self.problemType()).endsWith("/self-approval");
    assertThat(fedir.browser().get(BASE + "/approval-queue").json().path("totalItems").asLong())
        .isZero();
    assertThat(get(owner, id(colleagues)).path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(get(owner, id(own)).path("state").asString()).isEqualTo("PENDING_APPROVAL");
  }

  @Test
  void whenAFreelancerTriesToReadOrChangeThePolicyThenTheyAreRefused() {
    assertThat(fedir.browser().get("/api/approval-policy").status()).isEqualTo(403);
    assertThat(
            fedir
                .browser()
                .putJson("/api/approval-policy", Map.of("rules", List.of()), "If-Match", "\"0\"")
                .status())
        .isEqualTo(403);
    assertThat(owner.get("/api/approval-policy").json().path("rules")).hasSize(1);
  }

  @Test
  void whenAFreelancerIsNamedAnApproverThenTheyReadAndDecideWhatTheyAreNamedFor() {
    Map<String, Object> named = ProposalSteps.rule("Fedir checks", "ALWAYS", List.of(), 1);
    named.put("approvers", Map.of("roles", List.of(), "userIds", List.of(fedir.id().toString())));
    ProposalSteps.policy(owner, List.of(named));
    JsonNode pending = submitted(olha.browser(), job(), "400.00");
    Callers.Member third = callers.signedInMember(port, agency, AgencyRole.FREELANCER);

    assertThat(ids(fedir.browser().get(BASE + "/approval-queue").json()))
        .containsExactly(id(pending));
    JsonNode read = get(fedir.browser(), id(pending));
    assertThat(read.path("mayDecide").asBoolean()).isTrue();
    assertThat(ProposalSteps.actions(read)).contains("APPROVE").doesNotContain("EDIT", "SEND");
    assertThat(third.browser().get(BASE + "/" + id(pending)).status()).isEqualTo(404);

    JsonNode approved = approve(fedir.browser(), read);

    assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
    assertThat(get(fedir.browser(), id(pending)).path("mayDecide").asBoolean())
        .as("still readable by who decided, no more decisions")
        .isFalse();
    assertThat(
            action(fedir.browser(), get(fedir.browser(), id(pending)), "withdraw", Map.of())
                .status())
        .as("an approver is not its author")
        .isEqualTo(403);
  }

  @Test
  void whenAFreelancerListsThenOnlyTheirOwnAppearWhateverTheFilter() {
    JsonNode mine = draft(fedir.browser(), job());
    JsonNode theirs = draft(olha.browser(), job());

    assertThat(ids(fedir.browser().get(BASE).json())).containsExactly(id(mine));
    assertThat(ids(fedir.browser().get(BASE + "?authorId=" + olha.id()).json())).isEmpty();
    assertThat(ids(owner.get(BASE).json())).containsExactlyInAnyOrder(id(mine), id(theirs));
    assertThat(ids(owner.get(BASE + "?authorId=" + olha.id()).json())).containsExactly(id(theirs));
    assertThat(owner.get(BASE + "?sort=coverLetter").status()).isEqualTo(400);
  }

  @Test
  void whenAViewerReadsThenTheySeeEveryProposalButChangeNothing() {
    ApiClient viewer = callers.member(port, agency, AgencyRole.VIEWER);
    JsonNode pending = submitted(olha.browser(), job(), "400.00");
    String path = BASE + "/" + id(pending);

    assertThat(ids(viewer.get(BASE).json())).containsExactly(id(pending));
    JsonNode read = get(viewer, id(pending));
    assertThat(read.path("actions")).isEmpty();
    assertThat(read.path("mayDecide").asBoolean()).isFalse();
    assertThat(viewer.get(path + "/comments").status()).isEqualTo(200);

    Map<String, ApiClient.Response> writes = new LinkedHashMap<>();
    writes.put("edit", viewer.putJson(path, complete(read, "400.00"), ifMatch(read)));
    writes.put("approve", viewer.postJson(path + "/approve", Map.of(), ifMatch(read)));
    writes.put("withdraw", viewer.postJson(path + "/withdraw", Map.of(), ifMatch(read)));
    writes.put("comment", viewer.postJson(path + "/comments", Map.of("text", "Looks good")));
    writes.put("discard", viewer.delete(path, ifMatch(read)));
    writes.put("draft", viewer.postJson(BASE, Map.of("jobId", job())));
    writes.forEach((what, response) -> assertThat(response.status()).as(what).isEqualTo(403));
    JsonNode after = get(owner, id(pending));
    assertThat(after.path("version").asLong()).isEqualTo(read.path("version").asLong());
    assertThat(owner.get(path + "/comments").json().path("items")).isEmpty();
  }

  @Test
  void whenAMemberOfAnotherAgencyUsesRealIdsThenNothingIsFoundAndNothingChanges() {
    String jobId = job();
    JsonNode pending = submitted(olha.browser(), jobId, "400.00");
    TestAgencies.Agency other = agencies.register("proposal-access-other");
    ApiClient outsider = new ApiClient(port);
    outsider.signIn(other.ownerEmail(), other.ownerPassword());
    String path = BASE + "/" + id(pending);

    assertThat(outsider.get(path).status()).isEqualTo(404);
    assertThat(outsider.get(path + "/comments").status()).isEqualTo(404);
    assertThat(outsider.putJson(path, complete(pending, "1.00"), ifMatch(pending)).status())
        .isEqualTo(404);
    assertThat(outsider.postJson(path + "/approve", Map.of(), ifMatch(pending)).status())
        .isEqualTo(404);
    assertThat(outsider.postJson(path + "/withdraw", Map.of(), ifMatch(pending)).status())
        .isEqualTo(404);
    assertThat(outsider.postJson(path + "/comments", Map.of("text", "hi")).status()).isEqualTo(404);
    assertThat(outsider.get(BASE).json().path("totalItems").asLong()).isZero();
    assertThat(outsider.get(BASE + "/collisions?jobId=" + jobId).json().path("colleagues"))
        .isEmpty();
    JsonNode after = get(owner, id(pending));
    assertThat(after.path("state").asString()).isEqualTo("PENDING_APPROVAL");
    assertThat(after.path("version").asLong()).isEqualTo(pending.path("version").asLong());
  }

  @Test
  void whenAManagerActsOnAColleaguesProposalThenTheyMayWithdrawButNotEditOrSend() {
    ApiClient manager = callers.member(port, agency, AgencyRole.MANAGER);
    JsonNode approved = approve(owner, get(owner, id(submitted(olha.browser(), job(), "400.00"))));

    assertThat(
            manager
                .putJson(BASE + "/" + id(approved), complete(approved, "1.00"), ifMatch(approved))
                .status())
        .isEqualTo(403);
    assertThat(
            manager
                .postJson(BASE + "/" + id(approved) + "/mark-sent", Map.of(), ifMatch(approved))
                .status())
        .isEqualTo(403);
    JsonNode withdrawn = ProposalSteps.ok(action(manager, approved, "withdraw", Map.of()));
    assertThat(withdrawn.path("state").asString()).isEqualTo("WITHDRAWN");
  }
}
