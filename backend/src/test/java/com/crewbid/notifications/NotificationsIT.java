package com.crewbid.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crewbid.embedded.CapturedMail;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.tenancy.TenantScope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Who gets a notification, by which channel, and what members can do with theirs. */
@IntegrationTest
class NotificationsIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired UserAccounts accounts;
  @Autowired Notifications notifications;
  @Autowired TenantScope tenantScope;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcClient jdbc;

  record Member(ApiClient client, UserId id, String email) {}

  Member member(TestAgencies.Agency agency, AgencyRole role) {
    ApiClient client = callers.member(port, agency, role);
    JsonNode user = client.get("/api/auth/session").json().path("user");
    return new Member(
        client,
        UserId.of(UUID.fromString(user.path("id").asString())),
        user.path("email").asString());
  }

  void notifyIn(TestAgencies.Agency agency, Notice notice) {
    tenantScope.runAs(agency.id(), () -> notifications.notify(notice));
  }

  /** Approved by {@code by}, or by a named approver from outside when null. */
  static Notice approved(String jobTitle, UserId to, UserId by) {
    Notice.Builder notice =
        Notice.about(NotificationTopic.PROPOSAL_APPROVED)
            .to(to)
            .param("jobTitle", jobTitle)
            .link("/proposals/" + UUID.randomUUID());
    return (by == null ? notice.param("actorName", "Olena Koval") : notice.actor(by)).build();
  }

  static List<JsonNode> items(ApiClient client, String query) {
    ApiClient.Response page = client.get("/api/notifications" + query);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    return page.json().path("items").valueStream().toList();
  }

  static long unread(ApiClient client) {
    return client.get("/api/notifications/unread-count").json().path("unreadCount").asLong();
  }

  static CapturedMail.Message awaitMail(String to, String subjectPart) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      Optional<CapturedMail.Message> found = mailTo(to, subjectPart);
      if (found.isPresent()) {
        return found.get();
      }
      sleep(50);
    }
    throw new AssertionError("No e-mail to " + to + " about " + subjectPart);
  }

  static Optional<CapturedMail.Message> mailTo(String to, String subjectPart) {
    return CapturedMail.messages().stream()
        .filter(m -> m.to().stream().anyMatch(to::equalsIgnoreCase))
        .filter(m -> m.subject().contains(subjectPart))
        .findFirst();
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void whenANoticeAddressesARoleThenMembersWithItGetItButNotTheActorOrLowerRoles() {
    var agency = agencies.register("notify-roles");
    Member owner = member(agency, AgencyRole.OWNER);
    Member manager = member(agency, AgencyRole.MANAGER);
    Member otherManager = member(agency, AgencyRole.MANAGER);
    Member freelancer = member(agency, AgencyRole.FREELANCER);
    Member viewer = member(agency, AgencyRole.VIEWER);

    notifyIn(
        agency,
        Notice.about(NotificationTopic.PROPOSAL_AWAITING_APPROVAL)
            .toMembersAtLeast(AgencyRole.MANAGER)
            .actor(manager.id())
            .param("jobTitle", "Shopify storefront")
            .link("/proposals/p-1")
            .build());

    List<JsonNode> ownerItems = items(owner.client(), "");
    assertThat(ownerItems).hasSize(1);
    assertThat(ownerItems.getFirst().path("topic").asString())
        .isEqualTo("proposal-awaiting-approval");
    assertThat(ownerItems.getFirst().path("link").asString()).isEqualTo("/proposals/p-1");
    // The actor's name comes from their account when the caller leaves it out.
    assertThat(ownerItems.getFirst().path("params").path("actorName").asString())
        .startsWith("MANAGER ");
    assertThat(ownerItems.getFirst().path("params").path("jobTitle").asString())
        .isEqualTo("Shopify storefront");
    assertThat(items(otherManager.client(), "")).hasSize(1);
    assertThat(items(manager.client(), "")).isEmpty();
    assertThat(items(freelancer.client(), "")).isEmpty();
    assertThat(items(viewer.client(), "")).isEmpty();
  }

  @Test
  void whenANamedRecipientIsBelowTheTopicsLeastRoleOrOutsideTheAgencyThenTheyGetNothing() {
    var agency = agencies.register("notify-named");
    var other = agencies.register("notify-named-other");
    Member owner = member(agency, AgencyRole.OWNER);
    Member viewer = member(agency, AgencyRole.VIEWER);
    Member freelancer = member(agency, AgencyRole.FREELANCER);
    Member outsider = member(other, AgencyRole.OWNER);

    // Approval news is for people who bid (FREELANCER and above), not for viewers.
    notifyIn(agency, approved("Landing page", viewer.id(), owner.id()));
    notifyIn(agency, approved("Landing page", outsider.id(), owner.id()));
    notifyIn(agency, approved("Landing page", freelancer.id(), owner.id()));
    // Outcomes are for everyone, viewers included.
    notifyIn(
        agency,
        Notice.about(NotificationTopic.PROPOSAL_OUTCOME_CHANGED)
            .to(viewer.id())
            .param("jobTitle", "Landing page")
            .param("outcome", "HIRED")
            .build());

    assertThat(items(freelancer.client(), ""))
        .extracting(n -> n.path("topic").asString())
        .containsExactly("proposal-approved");
    assertThat(items(viewer.client(), ""))
        .extracting(n -> n.path("topic").asString())
        .containsExactly("proposal-outcome-changed");
    assertThat(items(outsider.client(), "")).isEmpty();
  }

  @Test
  void whenTheTopicIsOnByEmailThenTheRecipientGetsAnEscapedEmailWithTheLink() {
    var agency = agencies.register("notify-mail");
    Member owner = member(agency, AgencyRole.OWNER);
    Member freelancer = member(agency, AgencyRole.FREELANCER);
    String title = "Fix <script>alert(1)</script> & more " + UUID.randomUUID();

    notifyIn(
        agency,
        Notice.about(NotificationTopic.PROPOSAL_APPROVED)
            .to(freelancer.id())
            .actor(owner.id())
            .param("jobTitle", title)
            .link("/proposals/abc-123")
            .build());

    CapturedMail.Message mail = awaitMail(freelancer.email(), title);
    assertThat(mail.subject()).isEqualTo("Your proposal was approved: " + title);
    assertThat(mail.text()).contains("approved your proposal for \u201c" + title + "\u201d");
    assertThat(mail.text()).contains("/proposals/abc-123");
    assertThat(mail.text()).contains("/notifications/preferences");
    assertThat(mail.html()).contains("Fix &lt;script&gt;alert(1)&lt;/script&gt; &amp; more");
    assertThat(mail.html()).doesNotContain("<script>");
    assertThat(mailTo(owner.email(), title)).as("the actor gets no e-mail").isEmpty();
  }

  @Test
  void whenAMemberTurnedATopicOffThenNothingIsStoredOrSentForIt() {
    var agency = agencies.register("notify-prefs");
    Member owner = member(agency, AgencyRole.OWNER);
    Member quiet = member(agency, AgencyRole.FREELANCER);
    Member appOnly = member(agency, AgencyRole.FREELANCER);
    Member mailOnly = member(agency, AgencyRole.FREELANCER);
    setPreference(quiet, "proposal-approved", false, false);
    setPreference(appOnly, "proposal-approved", true, false);
    setPreference(mailOnly, "proposal-approved", false, true);
    String title = "Preferences " + UUID.randomUUID();

    notifyIn(agency, approved(title, quiet.id(), owner.id()));
    notifyIn(agency, approved(title, appOnly.id(), owner.id()));
    notifyIn(agency, approved(title, mailOnly.id(), owner.id()));
    // Then one that every channel carries: once its e-mail is here, earlier ones would be too.
    setPreference(quiet, "proposal-approved", true, true);
    notifyIn(agency, approved(title + " final", quiet.id(), null));
    awaitMail(quiet.email(), title + " final");

    assertThat(awaitMail(mailOnly.email(), title).subject()).contains(title);
    assertThat(items(mailOnly.client(), "")).isEmpty();
    assertThat(items(appOnly.client(), "")).hasSize(1);
    assertThat(mailTo(appOnly.email(), title)).isEmpty();
    assertThat(items(quiet.client(), ""))
        .extracting(n -> n.path("params").path("jobTitle").asString())
        .containsExactly(title + " final");
    assertThat(
            CapturedMail.messages().stream()
                .filter(m -> m.to().contains(quiet.email()))
                .map(CapturedMail.Message::subject))
        .containsExactly("Your proposal was approved: " + title + " final");
  }

  @Test
  void whenTheCallersTransactionRollsBackThenNoNotificationAndNoEmailExist() {
    var agency = agencies.register("notify-rollback");
    Member owner = member(agency, AgencyRole.OWNER);
    Member freelancer = member(agency, AgencyRole.FREELANCER);
    String title = "Rolled back " + UUID.randomUUID();

    tenantScope.runAs(
        agency.id(),
        () ->
            tx.executeWithoutResult(
                status -> {
                  notifications.notify(approved(title, freelancer.id(), owner.id()));
                  status.setRollbackOnly();
                }));
    tenantScope.runAs(
        agency.id(),
        () ->
            tx.executeWithoutResult(
                status -> notifications.notify(approved("Kept " + title, freelancer.id(), null))));
    awaitMail(freelancer.email(), "Kept " + title);

    assertThat(items(freelancer.client(), ""))
        .extracting(n -> n.path("params").path("jobTitle").asString())
        .containsExactly("Kept " + title);
    assertThat(
            CapturedMail.messages().stream()
                .filter(m -> m.to().contains(freelancer.email()))
                .map(CapturedMail.Message::subject))
        .containsExactly("Your proposal was approved: Kept " + title);
  }

  @Test
  void whenTheEmailCannotBeSentThenTheInAppNotificationStaysAndTheFailureIsRecorded() {
    var agency = agencies.register("notify-mail-fails");
    // An address no SMTP client accepts: every try fails before anything is sent.
    UserId unreachable =
        accounts.createMember(
            agency.id(),
            "not an address",
            "Unreachable",
            "pw-unreachable-long-1",
            AgencyRole.OWNER);
    String title = "Unsendable " + UUID.randomUUID();

    notifyIn(agency, approved(title, unreachable, null));

    Map<String, Object> row = awaitEmailOutcome(agency.id(), unreachable);
    assertThat(row.get("email_status")).isEqualTo("FAILED");
    assertThat(((Number) row.get("email_attempts")).intValue()).isEqualTo(3);
    assertThat(row.get("read_at")).isNull();
  }

  Map<String, Object> awaitEmailOutcome(TenantId tenant, UserId recipient) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      String schema = tenantScope.callAs(tenant, () -> TenantContext.require("test").schema());
      Map<String, Object> row =
          jdbc.sql(
                  "select email_status, email_attempts, read_at from "
                      + schema
                      + ".notifications where recipient_id = ?")
              .param(recipient.value())
              .query()
              .singleRow();
      if (!"PENDING".equals(row.get("email_status"))) {
        return row;
      }
      sleep(50);
    }
    throw new AssertionError("The e-mail is still pending");
  }

  @Test
  void whenMembersReadNotificationsThenTheUnreadCountFollows() {
    var agency = agencies.register("notify-read");
    Member owner = member(agency, AgencyRole.OWNER);
    Member freelancer = member(agency, AgencyRole.FREELANCER);
    for (String title : List.of("One", "Two", "Three")) {
      notifyIn(agency, approved(title, freelancer.id(), owner.id()));
    }
    assertThat(unread(freelancer.client())).isEqualTo(3);

    List<JsonNode> firstPage = items(freelancer.client(), "?size=2");
    assertThat(firstPage)
        .extracting(n -> n.path("params").path("jobTitle").asString())
        .containsExactly("Three", "Two");
    assertThat(
            freelancer.client().get("/api/notifications?size=2").json().path("totalItems").asLong())
        .isEqualTo(3);

    String id = firstPage.getFirst().path("id").asString();
    ApiClient.Response read =
        freelancer.client().postJson("/api/notifications/" + id + "/read", "");
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    assertThat(read.json().path("readAt").isNull()).isFalse();
    ApiClient.Response again =
        freelancer.client().postJson("/api/notifications/" + id + "/read", "");
    assertThat(again.json().path("readAt").asString())
        .isEqualTo(read.json().path("readAt").asString());
    assertThat(unread(freelancer.client())).isEqualTo(2);
    assertThat(items(freelancer.client(), "?unread=true"))
        .extracting(n -> n.path("params").path("jobTitle").asString())
        .containsExactly("Two", "One");

    // Someone else's notification, or none at all, is not found.
    assertThat(owner.client().postJson("/api/notifications/" + id + "/read", "").status())
        .isEqualTo(404);
    ApiClient.Response unknown =
        freelancer.client().postJson("/api/notifications/" + UUID.randomUUID() + "/read", "");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.problemType()).endsWith("/not-found");

    ApiClient.Response all = freelancer.client().postJson("/api/notifications/read-all", "");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().path("marked").asInt()).isEqualTo(2);
    assertThat(all.json().path("unreadCount").asLong()).isZero();
    assertThat(unread(freelancer.client())).isZero();
    assertThat(items(freelancer.client(), "?unread=true")).isEmpty();
    assertThat(items(freelancer.client(), "")).hasSize(3);
  }

  @Test
  void whenAPersonWorksInAnotherAgencyThenTheyNeverSeeTheFirstAgencysNotifications() {
    var first = agencies.register("notify-iso-a");
    var second = agencies.register("notify-iso-b");
    Member person = member(first, AgencyRole.FREELANCER);
    accounts.addMember(second.id(), person.id(), AgencyRole.OWNER);
    Member owner = member(first, AgencyRole.OWNER);
    notifyIn(first, approved("Agency A only", person.id(), owner.id()));
    String id = items(person.client(), "").getFirst().path("id").asString();

    ApiClient.Response switched =
        person.client().postJson("/api/auth/agency", Map.of("tenantId", second.id().toString()));
    assertThat(switched.status()).as(switched.body()).isEqualTo(200);

    assertThat(items(person.client(), "")).isEmpty();
    assertThat(unread(person.client())).isZero();
    assertThat(person.client().postJson("/api/notifications/" + id + "/read", "").status())
        .isEqualTo(404);
    assertThat(
            person
                .client()
                .postJson("/api/notifications/read-all", "")
                .json()
                .path("marked")
                .asInt())
        .isZero();

    person.client().postJson("/api/auth/agency", Map.of("tenantId", first.id().toString()));
    assertThat(items(person.client(), "?unread=true")).hasSize(1);
  }

  @Test
  void whenPreferencesAreReadThenEachTopicOfTheRoleShowsItsDefaults() {
    var agency = agencies.register("prefs-read");
    Member viewer = member(agency, AgencyRole.VIEWER);
    Member freelancer = member(agency, AgencyRole.FREELANCER);

    JsonNode viewerPrefs = viewer.client().get("/api/notifications/preferences").json();
    assertThat(viewerPrefs.path("preferences").valueStream().map(p -> p.path("topic").asString()))
        .containsExactly("saved-search-matches", "proposal-sent", "proposal-outcome-changed");
    JsonNode freelancerPrefs = freelancer.client().get("/api/notifications/preferences").json();
    assertThat(freelancerPrefs.path("preferences").valueStream())
        .hasSize(NotificationTopic.values().length)
        .allSatisfy(p -> assertThat(p.path("inApp").asBoolean()).isTrue())
        .allSatisfy(
            p ->
                assertThat(p.path("email").asBoolean())
                    .isEqualTo(p.path("emailByDefault").asBoolean()));
  }

  @Test
  void whenPreferencesAreChangedThenOnlyTheGivenTopicsChange() {
    var agency = agencies.register("prefs-change");
    Member freelancer = member(agency, AgencyRole.FREELANCER);

    ApiClient.Response changed = setPreference(freelancer, "proposal-approved", true, false);

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    JsonNode prefs = freelancer.client().get("/api/notifications/preferences").json();
    assertThat(topic(prefs, "proposal-approved").path("email").asBoolean()).isFalse();
    assertThat(topic(prefs, "proposal-approved").path("emailByDefault").asBoolean()).isTrue();
    assertThat(topic(prefs, "proposal-rejected").path("email").asBoolean()).isTrue();
    setPreference(freelancer, "proposal-approved", false, true);
    prefs = freelancer.client().get("/api/notifications/preferences").json();
    assertThat(topic(prefs, "proposal-approved").path("inApp").asBoolean()).isFalse();
    assertThat(topic(prefs, "proposal-approved").path("email").asBoolean()).isTrue();
  }

  @Test
  void whenPreferencesNameAnUnknownOrUnavailableTopicThenA400ProblemChangesNothing() {
    var agency = agencies.register("prefs-invalid");
    Member viewer = member(agency, AgencyRole.VIEWER);

    ApiClient.Response unknown =
        viewer
            .client()
            .putJson(
                "/api/notifications/preferences",
                Map.of(
                    "preferences",
                    List.of(
                        Map.of("topic", "proposal-sent", "inApp", false, "email", false),
                        Map.of("topic", "no-such-topic", "inApp", true, "email", true))));
    ApiClient.Response missingField =
        viewer
            .client()
            .putJson(
                "/api/notifications/preferences",
                Map.of("preferences", List.of(Map.of("topic", "proposal-sent", "inApp", true))));
    ApiClient.Response notForViewers = setPreference(viewer, "proposal-approved", true, true);

    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.problemType()).endsWith("/validation");
    assertThat(unknown.json().path("errors").get(0).path("field").asString())
        .isEqualTo("preferences[1].topic");
    assertThat(missingField.status()).isEqualTo(400);
    assertThat(missingField.problemType()).endsWith("/validation");
    assertThat(notForViewers.status()).isEqualTo(400);
    assertThat(notForViewers.problemType()).endsWith("/validation");
    JsonNode prefs = viewer.client().get("/api/notifications/preferences").json();
    assertThat(topic(prefs, "proposal-sent").path("inApp").asBoolean()).isTrue();
  }

  @Test
  void whenANoticeLacksAParameterOfItsTopicThenNotifyRefusesIt() {
    var agency = agencies.register("notify-params");
    Member owner = member(agency, AgencyRole.OWNER);

    assertThatThrownBy(
            () ->
                notifyIn(
                    agency,
                    Notice.about(NotificationTopic.SAVED_SEARCH_MATCHES)
                        .to(owner.id())
                        .param("searchName", "Angular")
                        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matchCount");
    assertThat(items(owner.client(), "")).isEmpty();
  }

  @Test
  void whenNotifyRunsWithoutATenantThenItFailsClosed() {
    assertThatThrownBy(
            () ->
                notifications.notify(
                    Notice.about(NotificationTopic.UPWORK_RELINK_REQUIRED)
                        .to(UserId.random())
                        .build()))
        .isInstanceOf(com.crewbid.tenancy.MissingTenantException.class);
  }

  static JsonNode topic(JsonNode prefs, String key) {
    return prefs
        .path("preferences")
        .valueStream()
        .filter(p -> p.path("topic").asString().equals(key))
        .findFirst()
        .orElseThrow();
  }

  static ApiClient.Response setPreference(
      Member member, String topic, boolean inApp, boolean email) {
    return member
        .client()
        .putJson(
            "/api/notifications/preferences",
            Map.of("preferences", List.of(Map.of("topic", topic, "inApp", inApp, "email", email))));
  }
}
