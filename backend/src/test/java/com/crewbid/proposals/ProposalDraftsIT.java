package com.crewbid.proposals;

import static com.crewbid.proposals.ProposalSteps.BASE;
import static com.crewbid.proposals.ProposalSteps.complete;
import static com.crewbid.proposals.ProposalSteps.draft;
import static com.crewbid.proposals.ProposalSteps.edit;
import static com.crewbid.proposals.ProposalSteps.edited;
import static com.crewbid.proposals.ProposalSteps.get;
import static com.crewbid.proposals.ProposalSteps.id;
import static com.crewbid.proposals.ProposalSteps.ifMatch;
import static com.crewbid.proposals.ProposalSteps.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.CachedJobFixtures;
import com.crewbid.jobs.internal.JobCachePurge;
import com.crewbid.proposals.internal.ProposalJobContentPurge;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Drafting: from a cached job and a template rendered with the member's imported profile, edits
 * with autosave semantics, bids with milestones, Connects, one active proposal per member and job,
 * colleagues bidding on the same job, discarding. The job's copy outlives the cache.
 */
@IntegrationTest
class ProposalDraftsIT {

  static final String BODY =
      "Hi {{client_name}},\n\nabout \"{{job_title}}\": I work with {{skills}}.\n\n{{portfolio}}\n\n"
          + "{{member_name}}";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;
  @Autowired JobCachePurge purge;
  @Autowired ProposalJobContentPurge contentPurge;

  TestAgencies.Agency agency;
  ApiClient owner;
  ApiClient freelancer;

  @BeforeEach
  void agencyWithAFreelancer() {
    agency = agencies.register("drafts");
    owner = ProposalSteps.owner(port, agency);
    freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
  }

  String cachedJob(CachedJobFixtures.Job job) {
    jobs.store(agency.id(), job);
    return job.id();
  }

  CachedJobFixtures.Job fixedJob(String title) {
    return jobs.job(title)
        .fixed("1200.00")
        .described("Build a data pipeline.", "Python", "Snowflake", "Kubernetes")
        .postedBy("org-acme-" + CachedJobFixtures.newId(), "Acme Analytics")
        .questions("Do you have experience with Snowflake?", "When can you start?");
  }

  String template(String body, List<Map<String, String>> answers) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", "Data intro " + CachedJobFixtures.newId());
    template.put("body", body);
    template.put("tags", List.of());
    template.put("screeningAnswers", answers);
    ApiClient.Response created = owner.postJson("/api/proposal-templates", template);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.json().path("id").asString();
  }

  @Test
  void whenALinkedFreelancerDraftsFromATemplateThenItIsRenderedWithTheJobAndTheirProfile() {
    ApiClient priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya").browser();
    String jobId = cachedJob(fixedJob("Snowflake pipeline for retail data"));
    String templateId =
        template(
            BODY,
            List.of(
                Map.of("questionPattern", "Snowflake experience", "answer", "Yes: {{portfolio}}")));

    JsonNode draft = ProposalSteps.draftFromTemplate(priya, jobId, templateId);

    assertThat(draft.path("state").asString()).isEqualTo("DRAFT");
    assertThat(draft.path("job").path("title").asString())
        .isEqualTo("Snowflake pipeline for retail data");
    assertThat(draft.path("job").path("clientName").asString()).isEqualTo("Acme Analytics");
    assertThat(draft.path("coverLetter").asString())
        .startsWith("Hi Acme Analytics,\n\nabout \"Snowflake pipeline for retail data\"")
        // The member's skills the job asks for, not the job's whole list.
        .contains("I work with Python, Snowflake.")
        .contains("Retail analytics warehouse — https://portfolio.sandbox.upwork.test/priya/retail")
        .endsWith("Priya Raman");
    assertThat(draft.path("missingVariables")).isEmpty();
    assertThat(draft.path("template").path("templateId").asString()).isEqualTo(templateId);
    assertThat(draft.path("template").path("versionNumber").asInt()).isEqualTo(1);
    JsonNode answers = draft.path("answers");
    assertThat(answers.get(0).path("question").asString())
        .isEqualTo("Do you have experience with Snowflake?");
    assertThat(answers.get(0).path("answer").asString()).startsWith("Yes: Retail analytics");
    assertThat(answers.get(0).path("suggested").asBoolean()).isTrue();
    assertThat(answers.get(1).path("answer").asString()).isEmpty();
    assertThat(answers.get(1).path("suggested").asBoolean()).isFalse();
    assertThat(draft.path("bid").path("amount")).isEqualTo(json(money("1200.00")));
    assertThat(draft.path("connects").path("source").asString()).isEqualTo("ESTIMATE");
    assertThat(draft.path("connects").path("value").asInt()).isEqualTo(12);
    assertThat(ProposalSteps.timeline(draft)).containsExactly("created");
    assertThat(
            owner
                .get("/api/proposal-templates/" + templateId)
                .json()
                .path("stats")
                .path("used")
                .asLong())
        .isEqualTo(1);
  }

  @Test
  void whenATemplateIsPreviewedAgainstACachedJobThenTheJobAndTheMembersProfileFillIt() {
    ApiClient priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya").browser();
    String jobId = cachedJob(fixedJob("Warehouse models in dbt"));
    String templateId = template(BODY, List.of());

    ApiClient.Response preview =
        priya.postJson(
            "/api/proposal-templates/" + templateId + "/preview", Map.of("jobId", jobId));

    assertThat(preview.status()).as(preview.body()).isEqualTo(200);
    assertThat(preview.json().path("fromJob").asBoolean()).isTrue();
    assertThat(preview.json().path("fromProfile").asBoolean()).isTrue();
    assertThat(preview.json().path("rendered").path("text").asString())
        .startsWith("Hi Acme Analytics,\n\nabout \"Warehouse models in dbt\"")
        .contains("https://portfolio.sandbox.upwork.test/priya/churn")
        .endsWith("Priya Raman");
    assertThat(
            priya
                .postJson(
                    "/api/proposal-templates/" + templateId + "/preview",
                    Map.of("jobId", CachedJobFixtures.newId()))
                .status())
        .as("a job neither cached nor at Upwork")
        .isEqualTo(404);
  }

  @Test
  void whenTheMemberHasAnActiveProposalForTheJobThenASecondIsRefusedNamingTheFirst() {
    String jobId = cachedJob(fixedJob("One bid per member"));
    JsonNode first = draft(freelancer, jobId);

    ApiClient.Response second = freelancer.postJson(BASE, Map.of("jobId", jobId));

    assertThat(second.status()).isEqualTo(409);
    assertThat(second.problemType()).endsWith("/proposal-exists");
    assertThat(second.json().path("existingProposalId").asString()).isEqualTo(id(first));
    assertThat(freelancer.get(BASE + "?jobId=" + jobId).json().path("totalItems").asLong())
        .isEqualTo(1);
  }

  @Test
  void whenAColleagueBidsOnTheSameJobThenBothSeeTheCollisionButNotEachOthersProposal() {
    String jobId = cachedJob(fixedJob("Popular job"));
    Callers.Member colleague = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    JsonNode theirs = draft(colleague.browser(), jobId);

    JsonNode mine = draft(freelancer, jobId);

    assertThat(mine.path("collisions")).hasSize(1);
    JsonNode collision = mine.path("collisions").get(0);
    assertThat(collision.path("memberId").asString()).isEqualTo(colleague.id().toString());
    assertThat(collision.path("state").asString()).isEqualTo("DRAFT");
    assertThat(collision.path("proposalId").isNull()).as("a freelancer cannot open it").isTrue();
    assertThat(freelancer.get(BASE + "/" + id(theirs)).status()).isEqualTo(404);
    JsonNode summary = colleague.browser().get(BASE + "/collisions?jobId=" + jobId).json();
    assertThat(summary.path("mine").path("proposalId").asString()).isEqualTo(id(theirs));
    assertThat(summary.path("colleagues").get(0).path("state").asString()).isEqualTo("DRAFT");
    JsonNode managers = owner.get(BASE + "/collisions?jobId=" + jobId).json();
    assertThat(managers.path("colleagues").findValuesAsString("proposalId"))
        .containsExactlyInAnyOrder(id(theirs), id(mine));
  }

  @Test
  void whenAnAutosaveIsStaleThenItIs412AndTheSavedTextStays() {
    JsonNode draft = draft(freelancer, cachedJob(fixedJob("Autosave")));
    JsonNode saved = edited(freelancer, draft, complete(draft, "1000.00"));
    assertThat(saved.path("version").asLong()).isGreaterThan(draft.path("version").asLong());

    Map<String, Object> later = complete(draft, "1000.00");
    later.put("coverLetter", "Typed in another tab, on the old version.");
    ApiClient.Response stale = edit(freelancer, draft, later);

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.problemType()).endsWith("/stale-version");
    assertThat(get(freelancer, id(draft)).path("coverLetter").asString())
        .isEqualTo(saved.path("coverLetter").asString());
    assertThat(freelancer.putJson(BASE + "/" + id(draft), later).status())
        .as("without If-Match")
        .isEqualTo(428);
    JsonNode same = edited(freelancer, saved, complete(draft, "1000.00"));
    assertThat(same.path("version").asLong())
        .as("an edit that changes nothing changes no version")
        .isEqualTo(saved.path("version").asLong());
  }

  @Test
  void whenMilestonesDoNotAddUpToTheBidThenTheEditIsRefusedAndWhenTheyDoTheyAreKept() {
    JsonNode draft = draft(freelancer, cachedJob(fixedJob("Milestones")));
    Map<String, Object> content = complete(draft, "1000.00");
    Map<String, Object> bid = new LinkedHashMap<>(ProposalSteps.bid("FIXED", "1000.00"));
    bid.put(
        "milestones",
        List.of(
            Map.of("description", "Design", "dueDate", "2026-12-20", "amount", money("400.00")),
            Map.of("description", "Build", "amount", money("500.00"))));
    content.put("bid", bid);

    ApiClient.Response refused = edit(freelancer, draft, content);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("errors").get(0).path("field").asString())
        .isEqualTo("bid.milestones");
    assertThat(refused.json().path("detail").asString()).contains("900.00 USD", "1000.00 USD");
    assertThat(get(freelancer, id(draft)).path("bid").path("milestones")).isEmpty();

    bid.put(
        "milestones",
        List.of(
            Map.of("description", "Design", "dueDate", "2026-12-20", "amount", money("400.00")),
            Map.of("description", "Build", "amount", money("600.00"))));
    JsonNode kept = edited(freelancer, draft, content);
    assertThat(kept.path("bid").path("milestones")).hasSize(2);
    assertThat(kept.path("bid").path("milestones").get(0).path("dueDate").asString())
        .isEqualTo("2026-12-20");
    assertThat(kept.path("bid").path("milestones").get(1).path("amount").path("amount").asString())
        .isEqualTo("600.00");
  }

  @Test
  void whenABidDoesNotFitTheJobThenEachProblemNamesItsField() {
    JsonNode draft = draft(freelancer, cachedJob(fixedJob("Fit")));
    Map<String, Object> hourly = complete(draft, "50.00");
    hourly.put("bid", ProposalSteps.bid("HOURLY", "50.00"));
    Map<String, Object> euro = complete(draft, "50.00");
    euro.put(
        "bid", Map.of("type", "FIXED", "amount", Map.of("amount", "50.00", "currency", "EUR")));
    Map<String, Object> unknownQuestion = complete(draft, "50.00");
    unknownQuestion.put("answers", List.of(Map.of("position", 3, "answer", "?")));
    Map<String, Object> tooMany = complete(draft, "50.00");
    tooMany.put("connects", 501);

    assertThat(field(edit(freelancer, draft, hourly))).isEqualTo("bid.type");
    assertThat(field(edit(freelancer, draft, euro))).isEqualTo("bid.amount.currency");
    assertThat(field(edit(freelancer, draft, unknownQuestion))).isEqualTo("answers[0].position");
    assertThat(field(edit(freelancer, draft, tooMany))).isEqualTo("connects");
    assertThat(get(freelancer, id(draft)).path("version").asLong())
        .isEqualTo(draft.path("version").asLong());
  }

  @Test
  void whenTheMemberSetsConnectsThenTheirsCountUntilTheyGoBackToTheEstimate() {
    JsonNode draft = draft(freelancer, cachedJob(fixedJob("Connects")));
    Map<String, Object> content = complete(draft, "1000.00");
    content.put("connects", 9);

    JsonNode set = edited(freelancer, draft, content);
    content.put("connects", null);
    JsonNode estimated = edited(freelancer, set, content);

    assertThat(set.path("connects").path("value").asInt()).isEqualTo(9);
    assertThat(set.path("connects").path("source").asString()).isEqualTo("MEMBER");
    assertThat(set.path("connects").path("estimate").asInt()).isEqualTo(12);
    assertThat(estimated.path("connects").path("value").asInt()).isEqualTo(12);
    assertThat(estimated.path("connects").path("basis").asString()).contains("1200.00 USD");
  }

  @Test
  void whenADraftIsDiscardedThenItIsGoneAndTheJobIsFreeAgain() {
    String jobId = cachedJob(fixedJob("Discard me"));
    JsonNode draft = draft(freelancer, jobId);

    ApiClient.Response discarded = freelancer.delete(BASE + "/" + id(draft), ifMatch(draft));

    assertThat(discarded.status()).as(discarded.body()).isEqualTo(204);
    assertThat(freelancer.get(BASE + "/" + id(draft)).status()).isEqualTo(404);
    assertThat(draft(freelancer, jobId).path("state").asString()).isEqualTo("DRAFT");
    assertThat(ProposalSteps.audit(owner, "proposal.")).contains("proposal.discarded");
  }

  @Test
  void whenTheJobLeavesTheCacheThenTheProposalKeepsItsCopy() {
    String jobId = cachedJob(fixedJob("Purged later"));
    JsonNode draft = draft(freelancer, jobId);

    purge.purgeAt(java.time.Instant.now().plus(Duration.ofHours(25)));

    JsonNode later = get(freelancer, id(draft));
    assertThat(later.path("job").path("title").asString()).isEqualTo("Purged later");
    assertThat(later.path("job").path("screeningQuestions")).hasSize(2);
    assertThat(later.path("job").path("clientName").asString()).isEqualTo("Acme Analytics");
  }

  @Test
  void whenADayPassedSinceTheJobWasFetchedThenTheProposalForgetsUpworksContentButKeepsItsRecord() {
    String jobId =
        cachedJob(fixedJob("Forgotten client").category("531770282580668418", "Web Development"));
    JsonNode draft = draft(freelancer, jobId);
    JsonNode complete = edited(freelancer, draft, complete(draft, "1100.00"));
    JsonNode pending =
        ProposalSteps.ok(
            ProposalSteps.action(freelancer, complete, "submit-for-approval", Map.of()));
    Instant now = Instant.now();

    contentPurge.purgeAt(now.plus(Duration.ofHours(23)));
    JsonNode fresh = get(freelancer, id(draft));
    assertThat(fresh.path("job").path("clientName").asString()).isEqualTo("Acme Analytics");
    assertThat(fresh.path("job").path("budget").path("amount").asString()).isEqualTo("1200.00");

    assertThat(contentPurge.purgeAt(now.plus(Duration.ofHours(25)))).isPositive();

    JsonNode later = get(freelancer, id(draft));
    JsonNode job = later.path("job");
    assertThat(job.path("clientName").isNull()).isTrue();
    assertThat(job.path("budget").isNull()).isTrue();
    assertThat(job.path("hourlyMin").isNull()).isTrue();
    assertThat(job.path("hourlyMax").isNull()).isTrue();
    assertThat(job.path("coverLetterRequired").isNull()).isTrue();
    assertThat(job.path("id").asString()).isEqualTo(jobId);
    assertThat(job.path("title").asString()).isEqualTo("Forgotten client");
    assertThat(job.path("url").asString()).isEqualTo(draft.path("job").path("url").asString());
    assertThat(job.path("clientId").asString())
        .isEqualTo(draft.path("job").path("clientId").asString());
    assertThat(job.path("category").asString()).isEqualTo("Web Development");
    assertThat(job.path("screeningQuestions")).hasSize(2);
    assertThat(later.path("answers").get(0).path("answer").asString())
        .isEqualTo(complete.path("answers").get(0).path("answer").asString());
    assertThat(later.path("bid").path("amount").path("amount").asString()).isEqualTo("1100.00");
    assertThat(later.path("connects").path("estimate").asInt())
        .isEqualTo(draft.path("connects").path("estimate").asInt());
    assertThat(later.path("connects").path("basis").asString()).contains("24 hours");
    assertThat(later.path("approval").path("reason").asString())
        .isEqualTo(pending.path("approval").path("reason").asString());
    assertThat(later.path("approval").path("rule").path("name").asString())
        .isEqualTo("Every proposal");
    JsonNode listed = owner.get(BASE + "?jobId=" + jobId).json().path("items").get(0);
    assertThat(listed.path("job").path("clientName").isNull()).isTrue();
    assertThat(listed.path("job").path("title").asString()).isEqualTo("Forgotten client");
  }

  @Test
  void whenAViewerTriesToDraftThenTheyAreRefused() {
    ApiClient viewer = callers.member(port, agency, AgencyRole.VIEWER);
    String jobId = cachedJob(fixedJob("Viewer"));

    assertThat(viewer.postJson(BASE, Map.of("jobId", jobId)).status()).isEqualTo(403);
    assertThat(viewer.get(BASE + "?jobId=" + jobId).json().path("totalItems").asLong()).isZero();
  }

  private static String field(ApiClient.Response response) {
    assertThat(response.status()).as(response.body()).isEqualTo(400);
    return response.json().path("errors").get(0).path("field").asString();
  }

  private static JsonNode json(Object value) {
    return tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(value);
  }
}
