package com.crewbid.proposals;

import static com.crewbid.proposals.ProposalSteps.complete;
import static com.crewbid.proposals.ProposalSteps.draft;
import static com.crewbid.proposals.ProposalSteps.edited;
import static com.crewbid.proposals.ProposalSteps.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.EventStream;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every step of a proposal's timeline, and every new comment, reaches the open streams of everyone
 * who may read it, or could just before the change, as a live {@code proposal-changed} event (not
 * stored, whatever their notification preferences; {@code kind} says a step or a comment), and
 * nobody else's: not a colleague who may not read it, not another agency.
 */
@IntegrationTest
class ProposalLiveChangesIT {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final String STREAM = "/api/notifications/stream";
  static final String EVENT = "proposal-changed";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;

  @Test
  void whenAProposalsTimelineChangesThenItsReadersStreamsHearItAndNobodyElses() {
    var agency = agencies.register("live-proposal");
    var other = agencies.register("live-proposal-other");
    ApiClient owner = ProposalSteps.owner(port, agency);
    Callers.Member author = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    Callers.Member approver = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    Callers.Member colleague = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    Callers.Member viewer = callers.signedInMember(port, agency, AgencyRole.VIEWER);
    ApiClient outsider = ProposalSteps.owner(port, other);
    ProposalSteps.policy(owner, List.of(namedApprover(approver)));
    // The approver hears of proposals waiting for them only live, never in the notification centre.
    ApiClient.Response off =
        approver
            .browser()
            .putJson(
                "/api/notifications/preferences",
                Map.of(
                    "preferences",
                    List.of(
                        Map.of(
                            "topic",
                            "proposal-awaiting-approval",
                            "inApp",
                            false,
                            "email",
                            false))));
    assertThat(off.status()).as(off.body()).isEqualTo(200);
    JsonNode draft = draft(author.browser(), job(agency));
    JsonNode complete = edited(author.browser(), draft, complete(draft, "700.00"));

    try (EventStream ownerStream = owner.openEventStream(STREAM);
        EventStream authorStream = author.browser().openEventStream(STREAM);
        EventStream approverStream = approver.browser().openEventStream(STREAM);
        EventStream viewerStream = viewer.browser().openEventStream(STREAM);
        EventStream colleagueStream = colleague.browser().openEventStream(STREAM);
        EventStream outsiderStream = outsider.openEventStream(STREAM)) {
      List<EventStream> all =
          List.of(
              ownerStream,
              authorStream,
              approverStream,
              viewerStream,
              colleagueStream,
              outsiderStream);
      for (EventStream stream : all) {
        stream.next("unread-count", WAIT);
      }

      JsonNode pending =
          ProposalSteps.ok(
              ProposalSteps.action(author.browser(), complete, "submit-for-approval", Map.of()));

      for (EventStream reader : List.of(ownerStream, authorStream, approverStream, viewerStream)) {
        JsonNode event = next(reader, "PENDING_APPROVAL");
        assertThat(event.path("proposalId").asString()).isEqualTo(id(pending));
        assertThat(event.path("version").asString())
            .isEqualTo(Long.toString(pending.path("version").asLong()));
      }
      assertThat(approver.browser().get("/api/notifications").json().path("totalItems").asLong())
          .as("nothing stored for the approver")
          .isZero();

      // The colleague and the outsider then change proposals of their own: by the time those
      // reach them, the first would have, had it been sent there.
      JsonNode colleagues = draft(colleague.browser(), job(agency));
      JsonNode outsiders = draft(outsider, job(other));
      assertThat(colleagueStream.next(EVENT, WAIT).json().path("proposalId").asString())
          .isEqualTo(id(colleagues));
      assertThat(outsiderStream.next(EVENT, WAIT).json().path("proposalId").asString())
          .isEqualTo(id(outsiders));
      assertThat(colleagueStream.pending()).noneMatch(e -> e.name().equals(EVENT));
      assertThat(outsiderStream.pending()).noneMatch(e -> e.name().equals(EVENT));

      // A decision is a step too: the author's page and the approver's follow it.
      JsonNode approved = ProposalSteps.approve(approver.browser(), pending);
      assertThat(approved.path("state").asString()).isEqualTo("APPROVED");
      assertThat(next(authorStream, "APPROVED").path("proposalId").asString())
          .isEqualTo(id(pending));
      assertThat(next(approverStream, "APPROVED").path("proposalId").asString())
          .as("an approver who decided may still read it")
          .isEqualTo(id(pending));
    }
  }

  @Test
  void whenAnotherNamedApproverDecidesThenTheApproverWhoLostTheProposalHearsItToo() {
    var agency = agencies.register("live-lost-approver");
    ApiClient owner = ProposalSteps.owner(port, agency);
    Callers.Member author = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    Callers.Member first = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    Callers.Member second = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    ProposalSteps.policy(owner, List.of(namedApprovers(first, second)));
    JsonNode draft = draft(author.browser(), job(agency));
    JsonNode pending =
        ProposalSteps.ok(
            ProposalSteps.action(
                author.browser(),
                edited(author.browser(), draft, complete(draft, "700.00")),
                "submit-for-approval",
                Map.of()));
    assertThat(ProposalSteps.get(second.browser(), id(pending)).path("state").asString())
        .as("the second approver reads it while it waits")
        .isEqualTo("PENDING_APPROVAL");

    try (EventStream secondStream = second.browser().openEventStream(STREAM)) {
      secondStream.next("unread-count", WAIT);

      JsonNode approved = ProposalSteps.approve(first.browser(), pending);

      JsonNode event = next(secondStream, "APPROVED");
      assertThat(event.path("proposalId").asString()).isEqualTo(id(pending));
      assertThat(event.path("kind").asString()).isEqualTo("step");
      assertThat(event.path("version").asString())
          .isEqualTo(Long.toString(approved.path("version").asLong()));
      assertThat(second.browser().get(ProposalSteps.BASE + "/" + id(pending)).status())
          .as("the queue drops it: it is no longer theirs to read")
          .isEqualTo(404);
    }
  }

  @Test
  void whenSomeoneCommentsThenEveryReaderHearsItAsACommentWithTheVersionUnchanged() {
    var agency = agencies.register("live-comment");
    ApiClient owner = ProposalSteps.owner(port, agency);
    Callers.Member author = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    Callers.Member viewer = callers.signedInMember(port, agency, AgencyRole.VIEWER);
    Callers.Member colleague = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    JsonNode draft = draft(author.browser(), job(agency));
    // The owner hears of comments only live, never in the notification centre.
    ApiClient.Response off =
        owner.putJson(
            "/api/notifications/preferences",
            Map.of(
                "preferences",
                List.of(Map.of("topic", "proposal-commented", "inApp", false, "email", false))));
    assertThat(off.status()).as(off.body()).isEqualTo(200);

    try (EventStream ownerStream = owner.openEventStream(STREAM);
        EventStream viewerStream = viewer.browser().openEventStream(STREAM);
        EventStream colleagueStream = colleague.browser().openEventStream(STREAM)) {
      for (EventStream stream : List.of(ownerStream, viewerStream, colleagueStream)) {
        stream.next("unread-count", WAIT);
      }

      ApiClient.Response comment =
          author
              .browser()
              .postJson(
                  ProposalSteps.BASE + "/" + id(draft) + "/comments",
                  Map.of("text", "Does this read well?"));
      assertThat(comment.status()).as(comment.body()).isEqualTo(201);

      for (EventStream reader : List.of(ownerStream, viewerStream)) {
        JsonNode event = nextOfKind(reader, "comment");
        assertThat(event.path("proposalId").asString()).isEqualTo(id(draft));
        assertThat(event.path("state").asString()).isEqualTo("DRAFT");
        assertThat(event.path("version").asString())
            .isEqualTo(Long.toString(draft.path("version").asLong()));
      }
      // The colleague may not read it: their own draft's signal comes, the comment's did not.
      JsonNode colleagues = draft(colleague.browser(), job(agency));
      assertThat(colleagueStream.next(EVENT, WAIT).json().path("proposalId").asString())
          .isEqualTo(id(colleagues));
      assertThat(colleagueStream.pending()).noneMatch(e -> e.name().equals(EVENT));
    }
  }

  /** The next change of that kind (the draft's creation may still be on its way). */
  static JsonNode nextOfKind(EventStream stream, String kind) {
    while (true) {
      JsonNode event = stream.next(EVENT, WAIT).json();
      if (event.path("kind").asString().equals(kind)) {
        return event;
      }
    }
  }

  /** The next change into the state (the draft's creation may still be on its way). */
  static JsonNode next(EventStream stream, String state) {
    while (true) {
      JsonNode event = stream.next(EVENT, WAIT).json();
      if (event.path("state").asString().equals(state)) {
        return event;
      }
    }
  }

  String job(TestAgencies.Agency agency) {
    return jobs.storeFixed(agency.id(), "Live job", "800.00", "Are you available next week?");
  }

  static Map<String, Object> namedApprovers(Callers.Member... approvers) {
    Map<String, Object> rule = namedApprover(approvers[0]);
    rule.put(
        "approvers",
        Map.of(
            "roles",
            List.of(),
            "userIds",
            java.util.Arrays.stream(approvers).map(a -> a.id().toString()).toList()));
    return rule;
  }

  static Map<String, Object> namedApprover(Callers.Member approver) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("name", "Named approver");
    rule.put("enabled", true);
    rule.put("kind", "ALWAYS");
    rule.put("approvers", Map.of("roles", List.of(), "userIds", List.of(approver.id().toString())));
    rule.put("approvalsNeeded", 1);
    return rule;
  }
}
