package com.crewbid.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The template library over HTTP, and the API the proposals workflow uses, on a real database. */
@IntegrationTest
class ProposalTemplatesIT {

  static final String BODY =
      "Hi {{client_name}},\n\nI read your post \"{{job_title}}\". I work with {{skills}}.\n\n"
          + "{{member_name}}";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired TenantScope tenantScope;
  @Autowired ProposalTemplates proposalTemplates;
  @Autowired TemplateRendering rendering;
  @Autowired TemplateUsage usage;

  TestAgencies.Agency agency;
  ApiClient owner;

  @BeforeEach
  void signIn() {
    agency = agencies.register("templates");
    owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
  }

  @Test
  void whenAManagerCreatesATemplateThenItIsVersionOneWithAnETagAndAudited() {
    ApiClient manager = callers.member(port, agency, AgencyRole.MANAGER);

    ApiClient.Response created =
        manager.postJson(
            "/api/proposal-templates",
            template(
                "Web app intro",
                "web development",
                List.of("React", " react ", "SaaS"),
                BODY,
                List.of(answer("Hourly rate?", "My rate is $45."))));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode t = created.json();
    assertThat(created.header("Location"))
        .hasValue("/api/proposal-templates/" + t.path("id").asString());
    assertThat(created.header("ETag")).hasValue("\"" + t.path("version").asLong() + "\"");
    assertThat(t.path("category").asString()).isEqualTo("Web Development");
    assertThat(t.path("tags").valueStream().map(JsonNode::asString))
        .containsExactly("react", "saas");
    assertThat(t.path("currentVersion").path("number").asInt()).isEqualTo(1);
    assertThat(t.path("currentVersion").path("body").asString()).isEqualTo(BODY);
    assertThat(t.path("currentVersion").path("variables").valueStream().map(JsonNode::asString))
        .containsExactly("client_name", "job_title", "skills", "member_name");
    assertThat(t.path("currentVersion").path("screeningAnswers").get(0).path("answer").asString())
        .isEqualTo("My rate is $45.");
    assertThat(t.path("stats").path("used").asLong()).isZero();

    JsonNode audit = owner.get("/api/agency/audit-events?action=template.").json().path("items");
    assertThat(audit.get(0).path("action").asString()).isEqualTo("template.created");
    assertThat(audit.get(0).path("target").asString()).isEqualTo("Web app intro");
    assertThat(audit.get(0).path("actorEmail").asString()).startsWith("manager-");
  }

  @Test
  void whenFieldsAreInvalidThen400NamesEachFieldAndNothingIsCreated() {
    ApiClient.Response invalid =
        owner.postJson(
            "/api/proposal-templates",
            template(
                " ", "x".repeat(101), List.of("ok", ""), "", List.of(answer("", "An answer"))));

    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.problemType()).endsWith("/validation");
    assertThat(invalid.json().path("errors").findValuesAsString("field"))
        .contains("name", "category", "tags[1]", "body", "screeningAnswers[0].questionPattern");
    assertThat(owner.get("/api/proposal-templates").json().path("totalItems").asLong()).isZero();
  }

  @Test
  void whenABodyUsesAnUnknownVariableThenTheSaveIsRefusedNamingItAndWhere() {
    ApiClient.Response refused =
        owner.postJson(
            "/api/proposal-templates",
            template(
                "Typo",
                null,
                List.of(),
                "Hello {{client_name}},\nbest, {{membername}}",
                List.of()));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.problemType()).endsWith("/template-invalid");
    assertThat(refused.json().path("detail").asString())
        .contains("{{membername}}", "line 2, column 7");
    JsonNode problem = refused.json().path("problems").get(0);
    assertThat(problem.path("variable").asString()).isEqualTo("membername");
    assertThat(problem.path("field").asString()).isEqualTo("body");
    assertThat(problem.path("line").asInt()).isEqualTo(2);
    assertThat(problem.path("column").asInt()).isEqualTo(7);
    assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("body");
    assertThat(owner.get("/api/proposal-templates").json().path("totalItems").asLong()).isZero();
  }

  @Test
  void whenTheNameIsTakenThen409OnTheNameField() {
    create(owner, "Intro", BODY);

    ApiClient.Response taken =
        owner.postJson(
            "/api/proposal-templates", template("INTRO", null, List.of(), BODY, List.of()));

    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
  }

  @Test
  void whenTheBodyIsEditedThenEachEditIsANewVersionAndProposalsGetTheExactTextOfTheirVersion() {
    ApiClient.Response first = create(owner, "Versions", "First text for {{client_name}}.");
    String id = first.json().path("id").asString();
    UUID v1 = UUID.fromString(first.json().path("currentVersion").path("id").asString());

    ApiClient.Response second =
        owner.putJson(
            "/api/proposal-templates/" + id,
            template("Versions", null, List.of(), "Second text for {{client_name}}.", List.of()),
            "If-Match",
            first.header("ETag").orElseThrow());
    assertThat(second.status()).as(second.body()).isEqualTo(200);
    UUID v2 = UUID.fromString(second.json().path("currentVersion").path("id").asString());
    assertThat(second.json().path("currentVersion").path("number").asInt()).isEqualTo(2);

    TemplateVersion old =
        tenantScope.callAs(agency.id(), () -> proposalTemplates.version(v1)).orElseThrow();
    TemplateVersion now =
        tenantScope.callAs(agency.id(), () -> proposalTemplates.version(v2)).orElseThrow();
    assertThat(old.body()).isEqualTo("First text for {{client_name}}.");
    assertThat(old.number()).isEqualTo(1);
    assertThat(old.current()).isFalse();
    assertThat(now.body()).isEqualTo("Second text for {{client_name}}.");
    assertThat(now.current()).isTrue();
    assertThat(
            tenantScope.callAs(
                agency.id(), () -> proposalTemplates.currentVersion(UUID.fromString(id))))
        .hasValueSatisfying(v -> assertThat(v.id()).isEqualTo(v2));

    RenderedTemplate rendered =
        tenantScope.callAs(
            agency.id(),
            () ->
                rendering.render(
                    v1, new TemplateContext(null, "Acme & Co", List.of(), null, null, Map.of())));
    assertThat(rendered.text()).isEqualTo("First text for Acme & Co.");
    assertThat(rendered.versionNumber()).isEqualTo(1);
    assertThat(rendered.missing()).isEmpty();

    JsonNode versions = owner.get("/api/proposal-templates/" + id + "/versions").json();
    assertThat(versions.path("totalItems").asLong()).isEqualTo(2);
    assertThat(versions.path("items").get(0).path("number").asInt()).isEqualTo(2);
    assertThat(versions.path("items").get(0).path("current").asBoolean()).isTrue();
    assertThat(versions.path("items").get(1).path("authorEmail").asString())
        .isEqualTo(agency.ownerEmail());
  }

  @Test
  void whenOnlyTheNameOrTagsChangeThenNoNewVersionIsMade() {
    ApiClient.Response first = create(owner, "Rename me", BODY);
    String id = first.json().path("id").asString();

    ApiClient.Response renamed =
        owner.putJson(
            "/api/proposal-templates/" + id,
            template("Renamed", "Branding", List.of("logo"), BODY, List.of()),
            "If-Match",
            first.header("ETag").orElseThrow());

    assertThat(renamed.status()).isEqualTo(200);
    assertThat(renamed.json().path("name").asString()).isEqualTo("Renamed");
    assertThat(renamed.json().path("currentVersion").path("number").asInt()).isEqualTo(1);
    assertThat(renamed.header("ETag")).isNotEqualTo(first.header("ETag"));
  }

  @Test
  void whenTwoEditorsSaveFromTheSameETagThenTheSecondGets412AndTheFirstEditStays() {
    ApiClient.Response first = create(owner, "Contended", BODY);
    String id = first.json().path("id").asString();
    String etag = first.header("ETag").orElseThrow();
    ApiClient manager = callers.member(port, agency, AgencyRole.MANAGER);

    assertThat(
            owner
                .putJson(
                    "/api/proposal-templates/" + id,
                    template("Contended", null, List.of(), "Mine.", List.of()),
                    "If-Match",
                    etag)
                .status())
        .isEqualTo(200);
    ApiClient.Response stale =
        manager.putJson(
            "/api/proposal-templates/" + id,
            template("Contended", null, List.of(), "Theirs.", List.of()),
            "If-Match",
            etag);
    ApiClient.Response withoutIfMatch =
        manager.putJson(
            "/api/proposal-templates/" + id,
            template("Contended", null, List.of(), "Theirs.", List.of()));

    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.problemType()).endsWith("/stale-version");
    assertThat(withoutIfMatch.status()).isEqualTo(428);
    JsonNode now = owner.get("/api/proposal-templates/" + id).json();
    assertThat(now.path("currentVersion").path("body").asString()).isEqualTo("Mine.");
    assertThat(now.path("currentVersion").path("number").asInt()).isEqualTo(2);
  }

  @Test
  void whenAnOldVersionIsRestoredThenItsContentBecomesANewCurrentVersion() {
    ApiClient.Response first =
        owner.postJson(
            "/api/proposal-templates",
            template(
                "Restorable",
                null,
                List.of(),
                "Line one\nLine two",
                List.of(answer("Rate?", "$40"))));
    String id = first.json().path("id").asString();
    String v1 = first.json().path("currentVersion").path("id").asString();
    ApiClient.Response edited =
        owner.putJson(
            "/api/proposal-templates/" + id,
            template("Restorable", null, List.of(), "Line one\nLine 2\nLine three", List.of()),
            "If-Match",
            first.header("ETag").orElseThrow());
    String v2 = edited.json().path("currentVersion").path("id").asString();

    JsonNode diff = owner.get("/api/proposal-templates/" + id + "/versions/" + v2).json();
    assertThat(diff.path("comparison").path("number").asInt()).isEqualTo(1);
    assertThat(
            diff.path("comparison")
                .path("lines")
                .valueStream()
                .map(l -> l.path("kind").asString() + " " + l.path("text").asString()))
        .containsExactly(
            "UNCHANGED Line one", "REMOVED Line two", "ADDED Line 2", "ADDED Line three");
    JsonNode againstCurrent =
        owner.get("/api/proposal-templates/" + id + "/versions/" + v1 + "?compareTo=" + v2).json();
    assertThat(againstCurrent.path("body").asString()).isEqualTo("Line one\nLine two");
    assertThat(againstCurrent.path("current").asBoolean()).isFalse();
    assertThat(againstCurrent.path("comparison").path("number").asInt()).isEqualTo(2);

    ApiClient.Response restored =
        owner.postJson(
            "/api/proposal-templates/" + id + "/restore",
            Map.of("versionId", v1),
            "If-Match",
            edited.header("ETag").orElseThrow());

    assertThat(restored.status()).as(restored.body()).isEqualTo(200);
    JsonNode current = restored.json().path("currentVersion");
    assertThat(current.path("number").asInt()).isEqualTo(3);
    assertThat(current.path("restoredFrom").asInt()).isEqualTo(1);
    assertThat(current.path("body").asString()).isEqualTo("Line one\nLine two");
    assertThat(current.path("screeningAnswers").get(0).path("answer").asString()).isEqualTo("$40");
    assertThat(current.path("id").asString()).isNotIn(v1, v2);

    ApiClient.Response again =
        owner.postJson(
            "/api/proposal-templates/" + id + "/restore",
            Map.of("versionId", current.path("id").asString()),
            "If-Match",
            restored.header("ETag").orElseThrow());
    assertThat(again.status()).isEqualTo(409);
    assertThat(
            owner
                .get("/api/agency/audit-events?action=template.restored")
                .json()
                .path("items")
                .get(0)
                .path("details")
                .path("restoredFrom")
                .asInt())
        .isEqualTo(1);
  }

  @Test
  void whenAProposalIsRecordedTwiceAtAStageThenItCountsOnceForTheVersionAndTheTemplate() {
    ApiClient.Response first = create(owner, "Counted", BODY);
    String id = first.json().path("id").asString();
    UUID v1 = UUID.fromString(first.json().path("currentVersion").path("id").asString());
    UUID p1 = UUID.randomUUID();
    UUID p2 = UUID.randomUUID();

    List<Boolean> counted =
        tenantScope.callAs(
            agency.id(),
            () ->
                List.of(
                    usage.recordUsed(v1, p1),
                    usage.recordUsed(v1, p1),
                    usage.recordUsed(v1, p2),
                    usage.recordSent(v1, p1),
                    usage.recordSent(v1, p2),
                    usage.recordSent(v1, p2),
                    usage.recordReplied(v1, p1),
                    usage.recordReplied(v1, p1),
                    usage.recordHired(v1, p1)));
    ApiClient.Response edited =
        owner.putJson(
            "/api/proposal-templates/" + id,
            template("Counted", null, List.of(), "New text", List.of()),
            "If-Match",
            first.header("ETag").orElseThrow());
    UUID v2 = UUID.fromString(edited.json().path("currentVersion").path("id").asString());
    tenantScope.runAs(agency.id(), () -> usage.recordUsed(v2, UUID.randomUUID()));

    assertThat(counted).containsExactly(true, false, true, true, true, false, true, false, true);
    JsonNode stats = owner.get("/api/proposal-templates/" + id).json().path("stats");
    assertThat(stats.path("used").asLong()).isEqualTo(3);
    assertThat(stats.path("sent").asLong()).isEqualTo(2);
    assertThat(stats.path("replied").asLong()).isEqualTo(1);
    assertThat(stats.path("hired").asLong()).isEqualTo(1);
    assertThat(stats.path("replyRate").asDouble()).isEqualTo(0.5);
    assertThat(stats.path("hireRate").asDouble()).isEqualTo(0.5);
    JsonNode versions =
        owner.get("/api/proposal-templates/" + id + "/versions").json().path("items");
    assertThat(versions.get(0).path("stats").path("used").asLong()).isEqualTo(1);
    assertThat(versions.get(0).path("stats").path("replyRate").isNull()).isTrue();
    assertThat(versions.get(1).path("stats").path("used").asLong()).isEqualTo(2);
    JsonNode listed =
        owner.get("/api/proposal-templates?sort=used,desc").json().path("items").get(0);
    assertThat(listed.path("stats").path("hireRate").asDouble()).isEqualTo(0.5);
    // Counting does not make an editor's copy stale.
    assertThat(owner.get("/api/proposal-templates/" + id).header("ETag"))
        .isEqualTo(edited.header("ETag"));
  }

  @Test
  void whenAStageIsTakenBackThenItIsCountedDownOnceForTheVersionAndTheTemplate() {
    ApiClient.Response first = create(owner, "Taken back", BODY);
    String id = first.json().path("id").asString();
    UUID v1 = UUID.fromString(first.json().path("currentVersion").path("id").asString());
    UUID hiredOne = UUID.randomUUID();
    UUID other = UUID.randomUUID();

    List<Boolean> changed =
        tenantScope.callAs(
            agency.id(),
            () ->
                List.of(
                    usage.recordHired(v1, hiredOne),
                    usage.recordHired(v1, other),
                    usage.retract(TemplateUsage.Stage.HIRED, v1, hiredOne),
                    usage.retract(TemplateUsage.Stage.HIRED, v1, hiredOne),
                    usage.retract(TemplateUsage.Stage.REPLIED, v1, hiredOne),
                    usage.recordHired(v1, hiredOne)));

    assertThat(changed).containsExactly(true, true, true, false, false, true);
    assertThat(
            owner.get("/api/proposal-templates/" + id).json().path("stats").path("hired").asLong())
        .isEqualTo(2);
    tenantScope.runAs(agency.id(), () -> usage.retract(TemplateUsage.Stage.HIRED, v1, other));
    assertThat(
            owner.get("/api/proposal-templates/" + id).json().path("stats").path("hired").asLong())
        .isEqualTo(1);
    JsonNode versions =
        owner.get("/api/proposal-templates/" + id + "/versions").json().path("items");
    assertThat(versions.get(0).path("stats").path("hired").asLong()).isEqualTo(1);
  }

  @Test
  void whenATemplateIsArchivedThenTheListHidesItUnlessArchivedAreAskedFor() {
    ApiClient.Response kept = create(owner, "Kept", BODY);
    ApiClient.Response old = create(owner, "Old one", BODY);
    String oldId = old.json().path("id").asString();

    ApiClient.Response archived =
        owner.postJson(
            "/api/proposal-templates/" + oldId + "/archive",
            "{}",
            "If-Match",
            old.header("ETag").orElseThrow());

    assertThat(archived.status()).isEqualTo(200);
    assertThat(archived.json().path("archived").asBoolean()).isTrue();
    assertThat(names(owner.get("/api/proposal-templates").json())).containsExactly("Kept");
    assertThat(names(owner.get("/api/proposal-templates?archived=true").json()))
        .containsExactly("Old one");
    assertThat(owner.get("/api/proposal-templates/" + oldId).status()).isEqualTo(200);

    ApiClient.Response back =
        owner.postJson(
            "/api/proposal-templates/" + oldId + "/unarchive",
            "{}",
            "If-Match",
            archived.header("ETag").orElseThrow());
    assertThat(back.json().path("archived").asBoolean()).isFalse();
    assertThat(names(owner.get("/api/proposal-templates?sort=name,asc").json()))
        .containsExactly("Kept", "Old one");
    assertThat(kept.status()).isEqualTo(201);
    assertThat(
            owner
                .get("/api/agency/audit-events?action=template.")
                .json()
                .path("items")
                .findValuesAsString("action"))
        .contains("template.archived", "template.unarchived");
  }

  @Test
  void whenTheListIsFilteredThenOnlyMatchingTemplatesComeBack() {
    owner.postJson(
        "/api/proposal-templates",
        template(
            "React intro",
            "Web Development",
            List.of("react"),
            "React work for {{client_name}}",
            List.of()));
    owner.postJson(
        "/api/proposal-templates",
        template(
            "Logo pitch", "Branding", List.of("logo", "design"), "Logos that last", List.of()));
    owner.postJson(
        "/api/proposal-templates",
        template(
            "Landing pages",
            "Web Development",
            List.of("design"),
            "Pages with 100% conversion_focus",
            List.of()));

    assertThat(
            names(
                owner
                    .get("/api/proposal-templates?category=web%20development&sort=name,asc")
                    .json()))
        .containsExactly("Landing pages", "React intro");
    assertThat(names(owner.get("/api/proposal-templates?tag=Design&sort=name,asc").json()))
        .containsExactly("Landing pages", "Logo pitch");
    assertThat(names(owner.get("/api/proposal-templates?q=logos").json()))
        .containsExactly("Logo pitch");
    assertThat(names(owner.get("/api/proposal-templates?q=100%25").json()))
        .containsExactly("Landing pages");
    assertThat(names(owner.get("/api/proposal-templates?q=10_").json())).isEmpty();
    JsonNode page = owner.get("/api/proposal-templates?size=2&page=1&sort=name,desc").json();
    assertThat(names(page)).containsExactly("Landing pages");
    assertThat(page.path("totalItems").asLong()).isEqualTo(3);
    assertThat(owner.get("/api/proposal-templates?sort=body,asc").status()).isEqualTo(400);
    JsonNode suggestions = owner.get("/api/proposal-templates/suggestions").json();
    assertThat(suggestions.path("categories").valueStream().map(JsonNode::asString))
        .contains("Branding", "Web Development", "Machine Learning");
    assertThat(suggestions.path("tags").valueStream().map(JsonNode::asString))
        .containsExactly("design", "logo", "react");
  }

  @Test
  void whenCustomVariablesAreManagedThenTemplatesMayUseThemAndTheRulesHold() {
    ApiClient.Response created =
        owner.postJson(
            "/api/proposal-variables",
            Map.of(
                "key",
                "agency_website",
                "value",
                "https://northwind.example",
                "description",
                "Our site"));
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    assertThat(
            owner
                .postJson("/api/proposal-variables", Map.of("key", "client_name", "value", "x"))
                .status())
        .isEqualTo(400);
    ApiClient.Response malformed =
        owner.postJson("/api/proposal-variables", Map.of("key", "Bad-Key", "value", "x"));
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().path("errors").get(0).path("field").asString()).isEqualTo("key");
    assertThat(
            owner
                .postJson("/api/proposal-variables", Map.of("key", "agency_website", "value", "y"))
                .status())
        .isEqualTo(409);

    ApiClient.Response template =
        create(owner, "With site", "See {{agency_website}} — {{member_name}}");
    String id = template.json().path("id").asString();
    JsonNode preview =
        owner
            .postJson(
                "/api/proposal-templates/" + id + "/preview",
                Map.of("values", Map.of("memberName", "Olena")))
            .json();
    assertThat(preview.path("rendered").path("text").asString())
        .isEqualTo("See https://northwind.example — Olena");

    ApiClient.Response inUse = owner.delete("/api/proposal-variables/agency_website");
    assertThat(inUse.status()).isEqualTo(409);
    assertThat(inUse.json().path("detail").asString()).contains("With site");

    ApiClient.Response stale =
        owner.putJson(
            "/api/proposal-variables/agency_website",
            Map.of("value", "https://x.example"),
            "If-Match",
            "\"7\"");
    assertThat(stale.status()).isEqualTo(412);
    ApiClient.Response changed =
        owner.putJson(
            "/api/proposal-variables/agency_website",
            Map.of("value", "https://new.example"),
            "If-Match",
            created.header("ETag").orElseThrow());
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode list = owner.get("/api/proposal-variables").json();
    assertThat(list.path("items").get(0).path("value").asString()).isEqualTo("https://new.example");
    assertThat(list.path("items").get(0).path("usedBy").get(0).asString()).isEqualTo("With site");
    assertThat(list.path("builtIn").valueStream().map(JsonNode::asString))
        .contains("client_name", "portfolio");

    owner.putJson(
        "/api/proposal-templates/" + id,
        template("With site", null, List.of(), "No variables now", List.of()),
        "If-Match",
        template.header("ETag").orElseThrow());
    assertThat(owner.delete("/api/proposal-variables/agency_website").status()).isEqualTo(204);
    assertThat(owner.get("/api/proposal-variables").json().path("totalItems").asLong()).isZero();
    assertThat(owner.delete("/api/proposal-variables/agency_website").status()).isEqualTo(404);
    assertThat(
            owner
                .get("/api/agency/audit-events?action=template.variable.")
                .json()
                .path("items")
                .findValuesAsString("action"))
        .containsExactly(
            "template.variable.deleted", "template.variable.updated", "template.variable.created");
  }

  @Test
  void whenAPreviewIsAskedThenMissingValuesShowAsPlaceholdersAndDraftsAreCheckedLikeSaves() {
    ApiClient freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
    String id = create(owner, "Preview me", BODY).json().path("id").asString();

    ApiClient.Response sample =
        freelancer.postJson(
            "/api/proposal-templates/" + id + "/preview",
            Map.of("values", Map.of("clientName", "<Acme>", "skills", List.of("Go", "SQL"))));
    assertThat(sample.status()).as(sample.body()).isEqualTo(200);
    JsonNode rendered = sample.json().path("rendered");
    assertThat(rendered.path("text").asString())
        .startsWith("Hi <Acme>,\n\nI read your post \"[job title]\". I work with Go, SQL.")
        // The member's own name fills member_name when the sample leaves it out.
        .doesNotContain("[member name]");
    assertThat(rendered.path("missing").valueStream().map(JsonNode::asString))
        .containsExactly("job_title");
    assertThat(sample.json().path("fromProfile").asBoolean()).isFalse();

    ApiClient.Response draft =
        freelancer.postJson(
            "/api/proposal-templates/" + id + "/preview",
            Map.of("body", "Unsaved {{job_title}}", "values", Map.of("jobTitle", "API")));
    assertThat(draft.json().path("rendered").path("text").asString()).isEqualTo("Unsaved API");
    ApiClient.Response badDraft =
        freelancer.postJson(
            "/api/proposal-templates/" + id + "/preview", Map.of("body", "x {{nope}}"));
    assertThat(badDraft.status()).isEqualTo(400);
    assertThat(badDraft.problemType()).endsWith("/template-invalid");
    ApiClient.Response unsaved =
        freelancer.postJson(
            "/api/proposal-templates/preview",
            Map.of(
                "body",
                "New {{job_title}}",
                "screeningAnswers",
                List.of(answer("Site?", "{{portfolio}}"))));
    assertThat(unsaved.status()).as(unsaved.body()).isEqualTo(200);
    assertThat(unsaved.json().path("rendered").path("text").asString())
        .isEqualTo("New [job title]");
    assertThat(
            unsaved
                .json()
                .path("rendered")
                .path("screeningAnswers")
                .get(0)
                .path("answer")
                .asString())
        .isEqualTo("[portfolio]");
    assertThat(
            unsaved.json().path("rendered").path("missing").valueStream().map(JsonNode::asString))
        .containsExactly("job_title", "portfolio");
    assertThat(freelancer.postJson("/api/proposal-templates/preview", "{}").status())
        .isEqualTo(400);
    ApiClient.Response job =
        freelancer.postJson(
            "/api/proposal-templates/" + id + "/preview",
            Map.of("jobId", UUID.randomUUID().toString()));
    assertThat(job.status()).as("no such job").isEqualTo(404);
  }

  @Test
  void whenAnotherAgencyAsksForATemplateThenItIsNotFoundEvenByItsIds() {
    ApiClient.Response created = create(owner, "Secret sauce", BODY);
    String id = created.json().path("id").asString();
    UUID versionId = UUID.fromString(created.json().path("currentVersion").path("id").asString());
    TestAgencies.Agency other = agencies.register("templates-other");
    ApiClient outsider = new ApiClient(port);
    outsider.signIn(other.ownerEmail(), other.ownerPassword());

    assertThat(outsider.get("/api/proposal-templates/" + id).status()).isEqualTo(404);
    assertThat(outsider.get("/api/proposal-templates/" + id + "/versions/" + versionId).status())
        .isEqualTo(404);
    assertThat(outsider.get("/api/proposal-templates/" + id + "/versions").status()).isEqualTo(404);
    assertThat(outsider.postJson("/api/proposal-templates/" + id + "/preview", "{}").status())
        .isEqualTo(404);
    assertThat(
            outsider
                .putJson(
                    "/api/proposal-templates/" + id,
                    template("Mine now", null, List.of(), "x", List.of()),
                    "If-Match",
                    created.header("ETag").orElseThrow())
                .status())
        .isEqualTo(404);
    assertThat(outsider.get("/api/proposal-templates").body()).doesNotContain("Secret sauce");
    assertThat(outsider.get("/api/proposal-templates/suggestions").json().path("tags")).isEmpty();
    assertThat(tenantScope.callAs(other.id(), () -> proposalTemplates.version(versionId)))
        .isEmpty();
    assertThat(
            tenantScope.callAs(
                other.id(),
                () -> {
                  try {
                    return usage.recordUsed(versionId, UUID.randomUUID());
                  } catch (com.crewbid.shared.web.ProblemException e) {
                    return null;
                  }
                }))
        .isNull();
    assertThat(owner.get("/api/proposal-templates/" + id).json().path("name").asString())
        .isEqualTo("Secret sauce");
    assertThat(
            owner.get("/api/proposal-templates/" + id).json().path("stats").path("used").asLong())
        .isZero();
  }

  @Test
  void whenAFreelancerOrViewerTriesToChangeTemplatesThenTheyAreRefusedButMayReadAndPreview() {
    ApiClient.Response created = create(owner, "Read only", BODY);
    String id = created.json().path("id").asString();
    String etag = created.header("ETag").orElseThrow();
    ApiClient freelancer = callers.member(port, agency, AgencyRole.FREELANCER);
    ApiClient viewer = callers.member(port, agency, AgencyRole.VIEWER);

    for (ApiClient reader : List.of(freelancer, viewer)) {
      assertThat(reader.get("/api/proposal-templates").status()).isEqualTo(200);
      assertThat(reader.get("/api/proposal-templates/" + id).status()).isEqualTo(200);
      assertThat(reader.get("/api/proposal-templates/" + id + "/versions").status()).isEqualTo(200);
      assertThat(reader.postJson("/api/proposal-templates/" + id + "/preview", "{}").status())
          .isEqualTo(200);
      assertThat(reader.get("/api/proposal-variables").status()).isEqualTo(200);
      assertThat(
              reader
                  .postJson(
                      "/api/proposal-templates", template("Nope", null, List.of(), BODY, List.of()))
                  .status())
          .isEqualTo(403);
      assertThat(
              reader
                  .putJson(
                      "/api/proposal-templates/" + id,
                      template("Nope", null, List.of(), BODY, List.of()),
                      "If-Match",
                      etag)
                  .status())
          .isEqualTo(403);
      assertThat(
              reader
                  .postJson("/api/proposal-templates/" + id + "/archive", "{}", "If-Match", etag)
                  .status())
          .isEqualTo(403);
      assertThat(
              reader
                  .postJson("/api/proposal-variables", Map.of("key", "site", "value", "x"))
                  .status())
          .isEqualTo(403);
    }
    JsonNode unchanged = owner.get("/api/proposal-templates/" + id).json();
    assertThat(unchanged.path("name").asString()).isEqualTo("Read only");
    assertThat(unchanged.path("archived").asBoolean()).isFalse();
    assertThat(owner.get("/api/proposal-variables").json().path("totalItems").asLong()).isZero();
  }

  @Test
  void whenTheApiIsDescribedThenEachTemplateEndpointIsThereWithTheRoleItNeeds() {
    JsonNode paths = new ApiClient(port).get("/v3/api-docs").json().path("paths");
    Map<String, List<String>> endpoints =
        Map.ofEntries(
            Map.entry("/api/proposal-templates", List.of("get", "post")),
            Map.entry("/api/proposal-templates/suggestions", List.of("get")),
            Map.entry("/api/proposal-templates/preview", List.of("post")),
            Map.entry("/api/proposal-templates/{templateId}", List.of("get", "put")),
            Map.entry("/api/proposal-templates/{templateId}/archive", List.of("post")),
            Map.entry("/api/proposal-templates/{templateId}/unarchive", List.of("post")),
            Map.entry("/api/proposal-templates/{templateId}/restore", List.of("post")),
            Map.entry("/api/proposal-templates/{templateId}/versions", List.of("get")),
            Map.entry("/api/proposal-templates/{templateId}/versions/{versionId}", List.of("get")),
            Map.entry("/api/proposal-templates/{templateId}/preview", List.of("post")),
            Map.entry("/api/proposal-variables", List.of("get", "post")),
            Map.entry("/api/proposal-variables/{key}", List.of("put", "delete")));

    endpoints.forEach(
        (path, methods) ->
            methods.forEach(
                method ->
                    assertThat(paths.path(path).path(method).path("summary").asString())
                        .as(method + " " + path)
                        .containsAnyOf("(any member)", "(OWNER, MANAGER)")));
  }

  private ApiClient.Response create(ApiClient client, String name, String body) {
    ApiClient.Response created =
        client.postJson(
            "/api/proposal-templates", template(name, null, List.of(), body, List.of()));
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created;
  }

  private static List<String> names(JsonNode page) {
    return page.path("items").valueStream().map(t -> t.path("name").asString()).toList();
  }

  static Map<String, Object> template(
      String name,
      String category,
      List<String> tags,
      String body,
      List<Map<String, String>> answers) {
    Map<String, Object> template = new LinkedHashMap<>();
    template.put("name", name);
    template.put("category", category);
    template.put("tags", tags);
    template.put("body", body);
    template.put("screeningAnswers", answers);
    return template;
  }

  static Map<String, String> answer(String pattern, String answer) {
    return Map.of("questionPattern", pattern, "answer", answer);
  }
}
