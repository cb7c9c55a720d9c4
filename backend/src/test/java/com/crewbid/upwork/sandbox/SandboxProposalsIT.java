package com.crewbid.upwork.sandbox;

import static com.crewbid.upwork.sandbox.SandboxHttp.AGENCY_ORG;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA;
import static com.crewbid.upwork.sandbox.SandboxHttp.OLENA_PERSONAL_ORG;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.support.IntegrationTest;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Submitting proposals and reading them back: the permission the key needs, statuses that move with
 * sandbox time, the control API that pins a status, pages of at most 40.
 */
@IntegrationTest
class SandboxProposalsIT extends SignedInSandboxTest {

  static final String PROPOSALS = "upwork-sandbox:proposals";
  static final String SEQUENCE = "upwork-sandbox:proposal-sequence";

  @Autowired StringRedisTemplate redis;

  static final String CREATE =
      "mutation($input: CreateJobProposalInput!) {"
          + " createJobProposal(input: $input) { newProposalId status error } }";

  static final String READ =
      "query($id: String!) { vendorProposal(id: $id) { id status { status }"
          + " user { id } organization { id } terms { chargeRate { rawValue currency } }"
          + " coverLetter marketplaceJobPosting { id content { title } }"
          + " auditDetails { createdDateTime modifiedDateTime } } }";

  /** Postings already visible when the sandbox starts, in the generator's order. */
  static final List<JobPostings.JobPosting> POSTED =
      JobPostings.generate(Instant.EPOCH).stream()
          .limit(JobPostings.COUNT - JobPostings.UPCOMING)
          .toList();

  static JobPostings.JobPosting postingWithQuestions(int nth) {
    return POSTED.stream()
        .filter(p -> !p.screeningQuestions().isEmpty())
        .skip(nth)
        .findFirst()
        .orElseThrow();
  }

  static String input(JobPostings.JobPosting job, String contractor, String extra) {
    StringBuilder answers = new StringBuilder();
    for (String question : job.screeningQuestions()) {
      answers
          .append(answers.isEmpty() ? "" : ",")
          .append("{\"question\":\"")
          .append(question)
          .append("\",\"answer\":\"Yes.\"}");
    }
    return "{\"input\":{\"selectedContractor\":\""
        + contractor
        + "\",\"jobReference\":\""
        + job.id()
        + "\",\"chargedAmount\":55,\"coverLetter\":\"I have built this twice before.\""
        + ",\"questions\":["
        + answers
        + "]"
        + extra
        + "}}";
  }

  String submit(JobPostings.JobPosting job, String... headers) {
    JsonNode result =
        data(sandbox.postJson(
                SandboxHttp.GRAPHQL,
                "{\"query\":" + quote(CREATE) + ",\"variables\":" + input(job, OLENA, "") + "}",
                withBearer(olena, headers)))
            .path("createJobProposal");
    assertThat(result.path("error").isNull()).as(result.toString()).isTrue();
    assertThat(result.path("status").asString()).isEqualTo("SUBMITTED");
    return result.path("newProposalId").asString();
  }

  JsonNode read(String proposalId) {
    return data(sandbox.graphqlWith(olena, READ, "{\"id\":\"" + proposalId + "\"}"))
        .path("vendorProposal");
  }

  String statusOf(String proposalId) {
    return read(proposalId).path("status").path("status").asString();
  }

  @Test
  void whenSubmittedThenReadableWithTermsJobAndCreationTime() {
    JobPostings.JobPosting job = postingWithQuestions(0);

    String id = submit(job);

    assertThat(id).matches("\\d+");
    JsonNode proposal = read(id);
    assertThat(proposal.path("user").path("id").asString()).isEqualTo(OLENA);
    assertThat(proposal.path("organization").path("id").asString()).isEqualTo(OLENA_PERSONAL_ORG);
    assertThat(proposal.path("terms").path("chargeRate").path("rawValue").asString())
        .isEqualTo("55.00");
    assertThat(proposal.path("marketplaceJobPosting").path("content").path("title").asString())
        .isEqualTo(job.title());
    assertThat(proposal.path("coverLetter").asString()).contains("twice");
  }

  @Test
  void whenTheSandboxForgetsItsSequenceThenNewProposalIdsStillNeverRepeatEarlierOnes() {
    String before = submit(postingWithQuestions(1));
    Set<String> earlier =
        new HashSet<>(redis.opsForHash().keys(PROPOSALS).stream().map(String::valueOf).toList());

    // As after a restart whose Redis kept nothing: the counter starts again.
    redis.delete(SEQUENCE);
    String after = submit(postingWithQuestions(1));

    assertThat(earlier).contains(before).doesNotContain(after);
    assertThat(Long.parseLong(after)).isGreaterThan(Long.parseLong(before));
    assertThat(read(before).path("id").asString()).isEqualTo(before);
  }

  @Test
  void whenSandboxTimePassesThenTheStatusAdvancesToAnOutcome() {
    String id = submit(postingWithQuestions(1));
    assertThat(statusOf(id)).isEqualTo("SUBMITTED");

    sandbox.advanceClock("PT3H");
    assertThat(statusOf(id)).isEqualTo("VIEWED");

    sandbox.advanceClock("PT22H");
    olena = sandbox.signIn(OLENA).accessToken();
    assertThat(statusOf(id)).isEqualTo("REPLIED");

    sandbox.advanceClock("P2D");
    olena = sandbox.signIn(OLENA).accessToken();
    assertThat(statusOf(id)).isEqualTo("INTERVIEWING");

    sandbox.advanceClock("P2D");
    olena = sandbox.signIn(OLENA).accessToken();
    String outcome = statusOf(id);
    assertThat(outcome).isEqualTo(Long.parseLong(id) % 3 == 0 ? "HIRED" : "DECLINED");
    JsonNode audit = read(id).path("auditDetails");
    assertThat(audit.path("modifiedDateTime").asString())
        .isGreaterThan(audit.path("createdDateTime").asString());
  }

  @Test
  void whenTheControlApiSetsAStatusThenItStaysWhateverTheClock() {
    String id = submit(postingWithQuestions(2));

    SandboxHttp.Response set =
        sandbox.sendJson(
            "PUT",
            "/upwork-sandbox/_control/proposals/" + id + "/status",
            "{\"status\":\"WITHDRAWN\"}");
    assertThat(set.status()).isEqualTo(204);
    sandbox.advanceClock("PT20H");

    assertThat(statusOf(id)).isEqualTo("WITHDRAWN");
    assertThat(
            sandbox
                .sendJson(
                    "PUT",
                    "/upwork-sandbox/_control/proposals/404/status",
                    "{\"status\":\"HIRED\"}")
                .status())
        .isEqualTo(404);
  }

  @Test
  void whenListingThenPagesHoldAtMostFortyAndFiltersApply() {
    JobPostings.JobPosting job = postingWithQuestions(3);
    for (int i = 0; i < 42; i++) {
      submit(job);
    }
    String list =
        "query($after: String) { vendorProposals(filter: {status_eq: ACTIVE, jobPostingIds_any: [\""
            + job.id()
            + "\"]}, sortAttribute: {field: CREATEDDATETIME, sortOrder: DESC},"
            + " pagination: {first: 100, after: $after}) { totalCount"
            + " edges { cursor node { id marketplaceJobPosting { id } status { status } } }"
            + " pageInfo { hasNextPage endCursor } } }";

    JsonNode first = vendorProposals(list, "null");
    assertThat(first.path("totalCount").asInt()).isEqualTo(42);
    assertThat(first.path("edges")).hasSize(ProposalQueries.PAGE_SIZE_CAP);
    assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
    JsonNode second =
        vendorProposals(list, "\"" + first.path("pageInfo").path("endCursor").asString() + "\"");
    assertThat(second.path("edges")).hasSize(2);
    assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    Set<String> ids = new HashSet<>();
    first.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
    second.path("edges").forEach(e -> ids.add(e.path("node").path("id").asString()));
    assertThat(ids).hasSize(42);

    JsonNode declined =
        vendorProposals(list.replace("status_eq: ACTIVE", "status_eq: DECLINED"), "null");
    assertThat(declined.path("totalCount").asInt()).isZero();
  }

  @Test
  void whenActingForTheAgencyThenTheProposalIsTheAgencysAndHiddenFromThePersonalOrganization() {
    JobPostings.JobPosting job = postingWithQuestions(4);
    String id =
        data(sandbox.postJson(
                SandboxHttp.GRAPHQL,
                "{\"query\":"
                    + quote(CREATE)
                    + ",\"variables\":"
                    + input(job, OLENA, ",\"agencyOrgId\":\"" + AGENCY_ORG + "\"")
                    + "}",
                withBearer(olena)))
            .path("createJobProposal")
            .path("newProposalId")
            .asString();

    SandboxHttp.Response personal = sandbox.graphqlWith(olena, READ, "{\"id\":\"" + id + "\"}");
    assertThat(personal.json().path("data").path("vendorProposal").isNull()).isTrue();
    assertThat(classification(personal)).isEqualTo("NotFound");
    SandboxHttp.Response agency =
        sandbox.postJson(
            SandboxHttp.GRAPHQL,
            "{\"query\":" + quote(READ) + ",\"variables\":{\"id\":\"" + id + "\"}}",
            withBearer(olena, GraphQlController.TENANT_HEADER, AGENCY_ORG));
    assertThat(
            agency
                .json()
                .path("data")
                .path("vendorProposal")
                .path("organization")
                .path("id")
                .asString())
        .isEqualTo(AGENCY_ORG);
  }

  @Test
  void whenScreeningQuestionsAreUnansweredOrTheJobIsUnknownThenTheResultCarriesTheError() {
    JobPostings.JobPosting job = postingWithQuestions(5);
    String unanswered =
        input(job, OLENA, "").replaceAll("\"questions\":\\[.*?]", "\"questions\":[]");

    JsonNode result = create(unanswered);
    assertThat(result.path("newProposalId").isNull()).isTrue();
    assertThat(result.path("status").asString()).isEqualTo("FAILED");
    assertThat(result.path("error").asString()).contains("screening questions");

    JsonNode unknown = create(input(job, OLENA, "").replace(job.id(), "42"));
    assertThat(unknown.path("error").asString()).contains("not found");
  }

  @Test
  void whenTheKeyLacksSubmitProposalThenAPermissionErrorAndTheRestOfTheResponseResolves() {
    String withoutPermission = sandbox.signInThroughOtherClient(OLENA).accessToken();
    String mutation =
        "mutation($input: CreateJobProposalInput!, $message: RoomStoryCreateInputV2!) {"
            + " createJobProposal(input: $input) { newProposalId status error }"
            + " createRoomStoryV2(input: $message) { id message } }";
    String variables =
        input(postingWithQuestions(6), OLENA, "")
            .replaceFirst(
                "}$",
                ",\"message\":{\"roomId\":\""
                    + SandboxRoomsIT.FREIGHT_ROOM
                    + "\",\"message\":\"Sent with a key that cannot submit proposals\"}}");

    SandboxHttp.Response response =
        sandbox.postJson(
            SandboxHttp.GRAPHQL,
            "{\"query\":" + quote(mutation) + ",\"variables\":" + variables + "}",
            withBearer(withoutPermission));

    assertThat(response.status()).isEqualTo(200);
    JsonNode data = response.json().path("data");
    assertThat(data.path("createJobProposal").isNull()).as(response.body()).isTrue();
    assertThat(data.path("createRoomStoryV2").path("message").asString())
        .isEqualTo("Sent with a key that cannot submit proposals");
    assertThat(response.json().path("errors")).hasSize(1);
    JsonNode error = response.json().path("errors").get(0);
    assertThat(error.path("extensions").path("classification").asString())
        .isEqualTo("PermissionDenied");
    assertThat(error.path("path").get(0).asString()).isEqualTo("createJobProposal");
  }

  JsonNode create(String variables) {
    return data(sandbox.postJson(
            SandboxHttp.GRAPHQL,
            "{\"query\":" + quote(CREATE) + ",\"variables\":" + variables + "}",
            withBearer(olena)))
        .path("createJobProposal");
  }

  JsonNode vendorProposals(String query, String after) {
    return data(sandbox.graphqlWith(olena, query, "{\"after\":" + after + "}"))
        .path("vendorProposals");
  }

  static String[] withBearer(String token, String... headers) {
    return SandboxHttp.fields(headers, "Authorization", "Bearer " + token);
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
