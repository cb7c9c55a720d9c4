package com.crewbid.upwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.crewbid.embedded.CapturedMail;
import com.crewbid.identity.AgencyRole;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.PublishedEvents;
import com.crewbid.support.TestAgencies;
import com.crewbid.support.UpworkConsent;
import com.crewbid.tenancy.TenantJdbc;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.upwork.client.UpworkClient;
import com.crewbid.upwork.internal.Profiles;
import com.crewbid.upwork.internal.UpworkProfilePurge;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Linked accounts through the API, as the SPA uses it: linking through Upwork's consent page,
 * choosing an organization, importing the profile, the owners' overview, asking to re-link,
 * unlinking, a link Upwork stops accepting, and leaving the agency.
 */
@IntegrationTest
class UpworkLinksIT {

  static final String PRIYA = "1638473311920246784";
  static final String JONAS = "1638473498036690944";
  static final String LVIV_CODEWORKS = "1639001120334462977";
  static final String CONTROL = "/upwork-sandbox/_control";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired UpworkAccounts accounts;
  @Autowired UpworkProfiles profiles;
  @Autowired UpworkClient client;
  @Autowired TenantScope tenantScope;
  @Autowired JdbcClient jdbc;
  @Autowired PublishedEvents events;
  @Autowired JsonMapper json;
  @Autowired Profiles storedProfiles;
  @Autowired com.crewbid.tenancy.EveryTenant everyTenant;
  @Autowired TransactionTemplate tx;
  @Autowired TenantJdbc tenantSql;

  @AfterEach
  void resetSandbox() {
    new ApiClient(port).withoutCsrf().delete(CONTROL);
  }

  @Test
  void whenAMemberLinksThenUpworkVerifiedTheAccountAndTheirProfileIsImported() throws Exception {
    TestAgencies.Agency agency = agencies.register("profile");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");

    JsonNode link = priya.browser().get("/api/me/upwork-account").json();
    JsonNode profile = priya.browser().get("/api/me/upwork-account/profile").json();

    JsonNode seed = seedUser(PRIYA);
    assertThat(link.path("state").asString()).isEqualTo("LINKED");
    assertThat(link.path("upworkUserName").asString())
        .startsWith(seed.path("firstName").asString());
    assertThat(link.path("profileSync").path("state").asString()).isEqualTo("SUCCEEDED");
    assertThat(link.path("profileSync").path("progressPercent").asInt()).isEqualTo(100);
    assertThat(link.path("lastSyncAt").isNull()).isFalse();
    assertThat(profile.path("title").asString()).isEqualTo(seed.path("title").asString());
    assertThat(profile.path("overview").asString()).isEqualTo(seed.path("overview").asString());
    assertThat(strings(profile.path("skills"))).isEqualTo(strings(seed.path("skills")));
    assertThat(profile.path("hourlyRate").path("amount").asString())
        .isEqualTo(seed.path("hourlyRate").path("amount").asString());
    assertThat(profile.path("hourlyRate").path("currency").asString())
        .isEqualTo(seed.path("hourlyRate").path("currency").asString());
    assertThat(profile.path("portfolio")).hasSize(seed.path("portfolio").size());
    JsonNode firstProject = profile.path("portfolio").get(0);
    JsonNode seededProject = seed.path("portfolio").get(0);
    assertThat(firstProject.path("title").asString())
        .isEqualTo(seededProject.path("title").asString());
    assertThat(firstProject.path("completedOn").asString())
        .isEqualTo(seededProject.path("completionDate").asString());
    assertThat(strings(firstProject.path("skills")))
        .isEqualTo(strings(seededProject.path("skills")));
    assertThat(profile.path("workHistory")).hasSize(seed.path("workHistory").size());
    assertThat(profile.path("workHistory").get(0).path("companyName").asString())
        .isEqualTo(seed.path("workHistory").get(0).path("companyName").asString());
    UpworkProfile read =
        tenantScope.callAs(agency.id(), () -> profiles.of(priya.id()).orElseThrow());
    assertThat(read.title()).isEqualTo(seed.path("title").asString());
    assertThat(read.portfolio()).hasSize(seed.path("portfolio").size());
  }

  @Test
  void whenAnImportFailsThenTheErrorIsOnTheLinkAndThePreviousProfileStays() {
    TestAgencies.Agency agency = agencies.register("sync-fails");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    String title =
        priya.browser().get("/api/me/upwork-account/profile").json().path("title").asString();
    // More server errors than the client tries.
    new ApiClient(port)
        .withoutCsrf()
        .postJson(
            CONTROL + "/faults", Map.of("target", "GRAPHQL", "kind", "SERVER_ERROR", "count", 10));

    ApiClient.Response started =
        priya.browser().postJson("/api/me/upwork-account/profile-sync", "{}");
    JsonNode finished = UpworkConsent.awaitProfileSync(priya.browser());

    assertThat(started.status()).as(started.body()).isEqualTo(202);
    assertThat(started.json().path("profileSync").path("state").asString()).isEqualTo("RUNNING");
    assertThat(finished.path("profileSync").path("state").asString()).isEqualTo("FAILED");
    assertThat(finished.path("lastError").asString()).contains("Upwork did not answer");
    assertThat(finished.path("state").asString()).isEqualTo("LINKED");
    assertThat(
            priya.browser().get("/api/me/upwork-account/profile").json().path("title").asString())
        .isEqualTo(title);
  }

  @Test
  void whenTheStateUpworkSentBackIsNotTheOneStartedThenNothingIsLinked() {
    TestAgencies.Agency agency = agencies.register("state");
    Callers.Member member = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    UpworkConsent.Answer answer = UpworkConsent.startLink(member.browser(), "Priya", true);

    ApiClient.Response forged =
        UpworkConsent.completeLink(
            member.browser(),
            new UpworkConsent.Answer(
                answer.redirect(), Map.of("code", answer.code(), "state", "forged")));
    ApiClient.Response replayed = UpworkConsent.completeLink(member.browser(), answer);

    assertThat(forged.status()).isEqualTo(400);
    assertThat(forged.problemType()).endsWith("/upwork-link-state");
    assertThat(replayed.problemType()).as("the attempt was used up").endsWith("/upwork-link-state");
    assertThat(state(member.browser())).isEqualTo("NEVER_LINKED");
  }

  @Test
  void whenTheMemberDeclinesAtUpworkThenConsentDeniedAndNothingIsLinked() {
    TestAgencies.Agency agency = agencies.register("declined");
    Callers.Member member = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    UpworkConsent.Answer declined = UpworkConsent.startLink(member.browser(), "Priya", false);

    ApiClient.Response completed = UpworkConsent.completeLink(member.browser(), declined);

    assertThat(declined.error()).isEqualTo("access_denied");
    assertThat(completed.status()).isEqualTo(422);
    assertThat(completed.problemType()).endsWith("/upwork-consent-denied");
    assertThat(state(member.browser())).isEqualTo("NEVER_LINKED");
  }

  @Test
  void whenAnotherMemberOfTheAgencyLinkedThatUpworkAccountThenLinkingIsRefusedWith409() {
    TestAgencies.Agency agency = agencies.register("taken");
    callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    Callers.Member second = callers.signedInMember(port, agency, AgencyRole.FREELANCER);

    ApiClient.Response refused =
        UpworkConsent.completeLink(
            second.browser(), UpworkConsent.startLink(second.browser(), "Priya", true));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.problemType()).endsWith("/upwork-account-in-use");
    assertThat(refused.json().path("detail").asString()).contains("another member");
    assertThat(state(second.browser())).isEqualTo("NEVER_LINKED");
    // Another agency's member may link the same Upwork account.
    callers.linkedMember(
        port, agencies.register("taken-elsewhere"), AgencyRole.FREELANCER, "Priya");
  }

  @Test
  void whenAMemberChoosesTheirAgencyOrganizationThenCallsForThemActInIt() {
    TestAgencies.Agency agency = agencies.register("organization");
    Callers.Member olena = callers.linkedMember(port, agency, AgencyRole.OWNER, "Olena");
    ApiClient browser = olena.browser();

    JsonNode offered = browser.get("/api/me/upwork-account/organizations").json();
    String etag = browser.get("/api/me/upwork-account").header("ETag").orElseThrow();
    ApiClient.Response withoutIfMatch =
        browser.putJson(
            "/api/me/upwork-account/organization", Map.of("organizationId", LVIV_CODEWORKS));
    ApiClient.Response unknown =
        browser.putJson(
            "/api/me/upwork-account/organization",
            Map.of("organizationId", "42"),
            "If-Match",
            etag);
    ApiClient.Response chosen =
        browser.putJson(
            "/api/me/upwork-account/organization",
            Map.of("organizationId", LVIV_CODEWORKS),
            "If-Match",
            etag);
    ApiClient.Response stale =
        browser.putJson(
            "/api/me/upwork-account/organization", new HashMap<>(Map.of()), "If-Match", etag);

    List<String> ids = new ArrayList<>();
    offered.path("items").forEach(o -> ids.add(o.path("id").asString()));
    assertThat(ids).contains(LVIV_CODEWORKS);
    assertThat(withoutIfMatch.status()).isEqualTo(428);
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("errors").get(0).path("field").asString())
        .isEqualTo("organizationId");
    assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
    assertThat(chosen.json().path("organization").path("id").asString()).isEqualTo(LVIV_CODEWORKS);
    assertThat(chosen.json().path("organization").path("name").asString())
        .isEqualTo("Lviv Codeworks");
    assertThat(stale.status()).isEqualTo(412);
    UpworkCaller caller = tenantScope.callAs(agency.id(), () -> accounts.require(olena.id()));
    assertThat(caller.organizationId()).isEqualTo(LVIV_CODEWORKS);
    @SuppressWarnings("unchecked")
    Map<String, Object> organization =
        tenantScope.callAs(
            agency.id(),
            () ->
                (Map<String, Object>)
                    client
                        .query(
                            caller,
                            "query { organization { id name } }",
                            null,
                            "organization",
                            Map.class)
                        .data());
    assertThat(organization).containsEntry("id", LVIV_CODEWORKS);
  }

  @Test
  void whenOwnersAndManagersLookThenTheySeeEveryMembersLinkAndOthersSeeNothing() {
    TestAgencies.Agency agency = agencies.register("overview");
    Callers.Member linked = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    Callers.Member broken = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Jonas");
    Callers.Member unlinked = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Mateo");
    Callers.Member never = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    breakLinkOf(agency, broken, JONAS);
    assertThat(unlinked.browser().delete("/api/me/upwork-account").status()).isEqualTo(204);
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    ApiClient manager = callers.member(port, agency, AgencyRole.MANAGER);
    ApiClient otherOwner =
        callers.member(port, agencies.register("overview-other"), AgencyRole.OWNER);

    JsonNode page = owner.get("/api/agency/upwork-accounts?sort=state&size=100").json();
    Map<String, JsonNode> byEmail = new HashMap<>();
    page.path("items")
        .forEach(row -> byEmail.put(row.path("member").path("email").asString(), row));

    assertThat(byEmail.get(linked.email()).path("link").path("state").asString())
        .isEqualTo("LINKED");
    assertThat(byEmail.get(linked.email()).path("link").path("upworkUserName").asString())
        .startsWith("Priya");
    assertThat(byEmail.get(linked.email()).path("link").path("lastSyncAt").isNull()).isFalse();
    assertThat(byEmail.get(broken.email()).path("link").path("state").asString())
        .isEqualTo("NEEDS_RELINK");
    assertThat(byEmail.get(broken.email()).path("link").path("lastError").asString())
        .contains("invalid_grant");
    assertThat(byEmail.get(unlinked.email()).path("link").path("state").asString())
        .isEqualTo("UNLINKED");
    assertThat(byEmail.get(never.email()).path("link").path("state").asString())
        .isEqualTo("NEVER_LINKED");
    assertThat(byEmail.get(agency.ownerEmail()).path("link").path("state").asString())
        .isEqualTo("NEVER_LINKED");
    assertThat(page.path("totalItems").asLong()).isEqualTo(byEmail.size()).isEqualTo(6);
    assertThat(page.toString()).doesNotContain("oauth2v2_");
    assertThat(manager.get("/api/agency/upwork-accounts").status()).isEqualTo(200);
    ApiClient.Response freelancer = linked.browser().get("/api/agency/upwork-accounts");
    assertThat(freelancer.status()).isEqualTo(403);
    JsonNode others = otherOwner.get("/api/agency/upwork-accounts").json();
    assertThat(others.toString()).doesNotContain(linked.email(), broken.email());
    assertThat(
            otherOwner
                .postJson("/api/agency/upwork-accounts/" + broken.id() + "/relink-request", "{}")
                .status())
        .isEqualTo(404);
    assertThat(owner.get("/api/agency/upwork-accounts?sort=token").status()).isEqualTo(400);
  }

  @Test
  void whenTheOwnerAsksAMemberToRelinkThenTheMemberIsMailedAndItIsAudited() {
    TestAgencies.Agency agency = agencies.register("ask");
    Callers.Member broken = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Jonas");
    Callers.Member fine = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    breakLinkOf(agency, broken, JONAS);
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());

    ApiClient.Response asked =
        owner.postJson("/api/agency/upwork-accounts/" + broken.id() + "/relink-request", "{}");
    ApiClient.Response working =
        owner.postJson("/api/agency/upwork-accounts/" + fine.id() + "/relink-request", "{}");

    assertThat(asked.status()).as(asked.body()).isEqualTo(202);
    assertThat(asked.json().path("link").path("relinkRequestedAt").isNull()).isFalse();
    CapturedMail.Message mail = CapturedMail.latestTo(broken.email()).orElseThrow();
    assertThat(mail.subject()).contains("link your Upwork account");
    assertThat(mail.text()).contains(agency.name(), "/upwork/account");
    assertThat(working.status()).isEqualTo(409);
    JsonNode audit =
        owner.get("/api/agency/audit-events?action=upwork.relink-requested").json().path("items");
    assertThat(audit).hasSize(1);
    assertThat(audit.get(0).path("target").asString()).isEqualTo(broken.email());
    assertThat(audit.get(0).path("actorEmail").asString()).isEqualTo(agency.ownerEmail());
  }

  @Test
  void whenAMemberUnlinksThenTheirTokensLeaveTheVaultAndItIsAudited() {
    TestAgencies.Agency agency = agencies.register("unlink");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    String principal = SealedAuthorizedClients.memberPrincipal(agency.id(), priya.id());
    assertThat(vaultRows(principal)).isEqualTo(1);

    ApiClient.Response unlinked = priya.browser().delete("/api/me/upwork-account");

    assertThat(unlinked.status()).isEqualTo(204);
    assertThat(vaultRows(principal)).isZero();
    assertThat(state(priya.browser())).isEqualTo("UNLINKED");
    assertThat(priya.browser().delete("/api/me/upwork-account").status())
        .as("nothing is linked any more")
        .isEqualTo(404);
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    assertThat(owner.get("/api/agency/audit-events?action=upwork.unlinked").json().path("items"))
        .hasSize(1);
    assertThat(priya.browser().postJson("/api/me/upwork-account/profile-sync", "{}").problemType())
        .endsWith("/upwork-not-linked");
  }

  @Test
  void whenTheTokenEndpointAnswersAnHtmlPageAtTheCodeExchangeThenUnavailableAndNothingIsLinked() {
    TestAgencies.Agency agency = agencies.register("code-html");
    Callers.Member priya = callers.signedInMember(port, agency, AgencyRole.FREELANCER);
    UpworkConsent.Answer answer = UpworkConsent.startLink(priya.browser(), "Priya", true);
    assertThat(
            new ApiClient(port)
                .withoutCsrf()
                .postJson(
                    CONTROL + "/faults", Map.of("target", "TOKEN", "kind", "HTML_PAGE", "count", 1))
                .status())
        .isEqualTo(204);

    ApiClient.Response completed = UpworkConsent.completeLink(priya.browser(), answer);

    assertThat(completed.status()).as(completed.body()).isEqualTo(503);
    assertThat(completed.problemType()).endsWith("/upwork-unavailable");
    assertThat(state(priya.browser())).isEqualTo("NEVER_LINKED");
  }

  @Test
  void whenAMemberUnlinksThenTheirImportedProfileIsDeleted() {
    TestAgencies.Agency agency = agencies.register("unlink-profile");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    assertThat(profileRows(agency, priya)).isEqualTo(1);

    assertThat(priya.browser().delete("/api/me/upwork-account").status()).isEqualTo(204);

    assertThat(profileRows(agency, priya)).isZero();
    assertThat(priya.browser().get("/api/me/upwork-account/profile").status()).isEqualTo(404);
  }

  @Test
  void whenAProfileIsOlderThanADayThenItIsNotShownIsImportedAgainInUseAndPurged() {
    TestAgencies.Agency agency = agencies.register("profile-age");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    UpworkProfile imported =
        tenantScope.callAs(agency.id(), () -> profiles.of(priya.id()).orElseThrow());
    Instant dayAgo = Instant.now().minus(Duration.ofHours(25));
    tenantScope.runAs(agency.id(), () -> storedProfiles.store(importedAt(imported, dayAgo)));

    assertThat(tenantScope.callAs(agency.id(), () -> storedProfiles.of(priya.id()))).isEmpty();
    assertThat(priya.browser().get("/api/me/upwork-account/profile").status())
        .as("not shown, and being imported again")
        .isEqualTo(404);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> tenantScope.callAs(agency.id(), () -> storedProfiles.of(priya.id())).isPresent());
    UpworkProfile again =
        tenantScope.callAs(agency.id(), () -> storedProfiles.of(priya.id()).orElseThrow());
    assertThat(again.syncedAt()).isAfter(dayAgo.plus(Duration.ofHours(24)));
    assertThat(again.title()).isEqualTo(imported.title());

    tenantScope.runAs(agency.id(), () -> storedProfiles.store(importedAt(imported, dayAgo)));
    new UpworkProfilePurge(everyTenant, storedProfiles, java.time.Clock.systemUTC()).purgeExpired();
    assertThat(profileRows(agency, priya)).isZero();
  }

  private static UpworkProfile importedAt(UpworkProfile profile, Instant at) {
    return new UpworkProfile(
        profile.member(),
        profile.upworkUserId(),
        profile.profileKey(),
        profile.fullName(),
        profile.title(),
        profile.overview(),
        profile.hourlyRate(),
        profile.city(),
        profile.country(),
        profile.skills(),
        profile.portfolio(),
        profile.workHistory(),
        at);
  }

  private int profileRows(TestAgencies.Agency agency, Callers.Member member) {
    return tenantScope.callAs(
        agency.id(),
        () ->
            tx.execute(
                status ->
                    tenantSql.call(
                        "test",
                        sql ->
                            sql.sql("select count(*) from upwork_profiles where member_id = ?")
                                .param(member.id().value())
                                .query(Integer.class)
                                .single())));
  }

  @Test
  void whenUpworkRefusesTheRefreshTokenThenTheLinkNeedsARelinkAndMemberAndOwnersAreTold() {
    TestAgencies.Agency agency = agencies.register("invalid-grant");
    Callers.Member jonas = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Jonas");
    int brokenBefore = events.of(UpworkLinkBroken.class).size();

    breakLinkOf(agency, jonas, JONAS);
    breakLinkOf(agency, jonas, JONAS);

    assertThat(state(jonas.browser())).isEqualTo("NEEDS_RELINK");
    List<UpworkLinkBroken> broken = events.of(UpworkLinkBroken.class);
    assertThat(broken).hasSize(brokenBefore + 1);
    assertThat(broken.getLast().tenant()).isEqualTo(agency.id());
    assertThat(broken.getLast().member()).isEqualTo(jonas.id());
    assertThat(broken.getLast().reason()).contains("invalid_grant").doesNotContain("oauth2v2_");
    // Told in the app, and by e-mail (the topic's default), after the link was marked.
    assertThat(
            jonas
                .browser()
                .get("/api/notifications?unread=true")
                .json()
                .path("items")
                .findValuesAsString("topic"))
        .containsOnlyOnce("upwork-relink-required");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(CapturedMail.latestTo(jonas.email()).orElseThrow().subject())
                    .isEqualTo("Link your Upwork account again"));
    assertThat(CapturedMail.latestTo(agency.ownerEmail()).orElseThrow().subject())
        .startsWith("Crewbid security alert");
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());
    JsonNode alerts = owner.get("/api/agency/security-alerts").json().path("items");
    List<String> kinds = new ArrayList<>();
    alerts.forEach(a -> kinds.add(a.path("kind").asString()));
    assertThat(kinds).containsOnlyOnce("UPWORK_LINK_BROKEN");
    assertThat(jonas.browser().postJson("/api/me/upwork-account/profile-sync", "{}").problemType())
        .endsWith("/upwork-relink-required");

    // Linking again makes it usable.
    UpworkConsent.link(jonas.browser(), "Jonas");
    assertThat(state(jonas.browser())).isEqualTo("LINKED");
  }

  @Test
  void whenAMemberIsRemovedFromTheAgencyThenTheirLinkProfileAndTokensGo() {
    TestAgencies.Agency agency = agencies.register("removed");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    String principal = SealedAuthorizedClients.memberPrincipal(agency.id(), priya.id());
    ApiClient owner = new ApiClient(port);
    owner.signIn(agency.ownerEmail(), agency.ownerPassword());

    ApiClient.Response removed = owner.delete("/api/agency/members/" + priya.id());

    assertThat(removed.status()).isEqualTo(204);
    assertThat(vaultRows(principal)).isZero();
    assertThat(tenantScope.callAs(agency.id(), () -> profiles.of(priya.id()))).isEmpty();
    assertThat(tenantScope.callAs(agency.id(), () -> accounts.linkOf(priya.id()).status()))
        .isNull();
  }

  @Test
  void whenALinkedMemberDeletesTheirAccountThenTheirLinkAndTokensGo() {
    TestAgencies.Agency agency = agencies.register("deleted");
    Callers.Member priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya");
    String principal = SealedAuthorizedClients.memberPrincipal(agency.id(), priya.id());

    ApiClient.Response deleted =
        priya
            .browser()
            .send(
                "DELETE", "/api/me", json.writeValueAsString(Map.of("password", priya.password())));

    assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    assertThat(vaultRows(principal)).isZero();
    assertThat(tenantScope.callAs(agency.id(), () -> accounts.linkOf(priya.id()).status()))
        .isNull();
  }

  /** Upwork revokes the member's tokens; the next call for them finds out (invalid_grant). */
  private void breakLinkOf(TestAgencies.Agency agency, Callers.Member member, String upworkUserId) {
    new ApiClient(port)
        .withoutCsrf()
        .postJson(CONTROL + "/users/" + upworkUserId + "/revoke-tokens", Map.of());
    UpworkCaller caller = new UpworkCaller(agency.id(), member.id(), upworkUserId, null);
    try {
      tenantScope.runAs(
          agency.id(),
          () -> client.query(caller, "query { user { id } }", null, "user", Map.class));
    } catch (com.crewbid.upwork.client.UpworkRelinkRequired expected) {
      // what the test wants
    }
  }

  private String state(ApiClient browser) {
    return browser.get("/api/me/upwork-account").json().path("state").asString();
  }

  private long vaultRows(String principal) {
    return jdbc.sql(
            "select count(*) from platform.upwork_authorized_clients where principal_name = ?")
        .param(principal)
        .query(Long.class)
        .single();
  }

  private JsonNode seedUser(String id) throws Exception {
    try (InputStream seed = getClass().getResourceAsStream("/upwork/sandbox-seed.json")) {
      for (JsonNode user : json.readTree(seed).path("users")) {
        if (user.path("id").asString().equals(id)) {
          return user;
        }
      }
    }
    throw new IllegalStateException("no seeded user " + id);
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asString()));
    return values;
  }
}
