package com.crewbid.notifications;

import static com.crewbid.notifications.NotificationsIT.approved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.UserAccounts;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.EventStream;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.SecondInstance;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantScope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Live notifications over server-sent events reach the recipient's open streams on every instance
 * (a second instance shares PostgreSQL and Redis), and nobody else's; a stream ends with its
 * session.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveNotificationsIT {

  static final Duration WAIT = Duration.ofSeconds(20);
  static final String STREAM = "/api/notifications/stream";

  @LocalServerPort int port;
  @Autowired Environment env;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired UserAccounts accounts;
  @Autowired Notifications notifications;
  @Autowired TenantScope tenantScope;

  SecondInstance instanceB;

  @BeforeAll
  void startSecondInstance() {
    instanceB = SecondInstance.start(env);
  }

  @AfterAll
  void stopSecondInstance() {
    instanceB.close();
  }

  void notifyIn(TestAgencies.Agency agency, Notice notice) {
    tenantScope.runAs(agency.id(), () -> notifications.notify(notice));
  }

  /** The id of the first unread notification the member lists. */
  static String firstId(Member member) {
    return member
        .client()
        .get("/api/notifications")
        .json()
        .path("items")
        .get(0)
        .path("id")
        .asString();
  }

  @Test
  void whenAMemberOpensTheStreamThenTheFirstEventIsTheirUnreadCount() {
    var agency = agencies.register("live-count");
    Member owner = Member.signIn(callers, port, agency, AgencyRole.OWNER);
    Member freelancer = Member.signIn(callers, port, agency, AgencyRole.FREELANCER);
    notifyIn(agency, approved("Counted", freelancer.id(), owner.id()));
    notifyIn(agency, approved("Counted too", freelancer.id(), owner.id()));

    try (EventStream stream = freelancer.client().openEventStream(STREAM)) {
      assertThat(stream.status()).isEqualTo(200);
      assertThat(stream.response().header("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
      assertThat(stream.next("unread-count", WAIT).json().path("unreadCount").asLong())
          .isEqualTo(2);
    }
  }

  @Test
  void whenANotificationIsCreatedThenOnlyTheRecipientsStreamsInThatAgencyGetIt() {
    var agency = agencies.register("live-same");
    var other = agencies.register("live-same-other");
    Member owner = Member.signIn(callers, port, agency, AgencyRole.OWNER);
    Member recipient = Member.signIn(callers, port, agency, AgencyRole.FREELANCER);
    Member colleague = Member.signIn(callers, port, agency, AgencyRole.FREELANCER);
    Member outsider = Member.signIn(callers, port, other, AgencyRole.OWNER);
    // The same person as the recipient, signed in elsewhere and working in the other agency.
    accounts.addMember(other.id(), recipient.id(), AgencyRole.OWNER);
    ApiClient recipientElsewhere = signInAgain(recipient, other);

    try (EventStream mine = recipient.client().openEventStream(STREAM);
        EventStream colleagues = colleague.client().openEventStream(STREAM);
        EventStream outsiders = outsider.client().openEventStream(STREAM);
        EventStream mineInOther = recipientElsewhere.openEventStream(STREAM)) {
      for (EventStream stream : List.of(mine, colleagues, outsiders, mineInOther)) {
        stream.next("unread-count", WAIT);
      }

      notifyIn(agency, approved("Live on A", recipient.id(), owner.id()));

      JsonNode event = mine.next("notification", WAIT).json();
      assertThat(event.path("unreadCount").asLong()).isEqualTo(1);
      JsonNode notification = event.path("notification");
      assertThat(notification.path("id").asString()).isEqualTo(firstId(recipient));
      assertThat(notification.path("topic").asString()).isEqualTo("proposal-approved");
      assertThat(notification.path("params").path("jobTitle").asString()).isEqualTo("Live on A");
      assertThat(notification.path("readAt").isNull()).isTrue();

      // Each other stream then gets a notification of its own: by then the first would have
      // reached it, had it been sent there.
      notifyIn(agency, approved("For the colleague", colleague.id(), owner.id()));
      notifyIn(other, approved("For the outsider", outsider.id(), null));
      notifyIn(other, approved("For the recipient in B", recipient.id(), outsider.id()));
      assertThat(jobTitle(colleagues.next("notification", WAIT))).isEqualTo("For the colleague");
      assertThat(jobTitle(outsiders.next("notification", WAIT))).isEqualTo("For the outsider");
      assertThat(jobTitle(mineInOther.next("notification", WAIT)))
          .isEqualTo("For the recipient in B");
      for (EventStream stream : List.of(colleagues, outsiders, mineInOther)) {
        assertThat(stream.pending()).noneMatch(e -> e.name().equals("notification"));
      }
      assertThat(mine.pending()).noneMatch(e -> e.name().equals("notification"));
    }
  }

  @Test
  void whenANotificationIsCreatedOnAnotherInstanceThenAStreamOnThisOneGetsIt() {
    var agency = agencies.register("live-replica");
    Member owner = Member.signIn(callers, port, agency, AgencyRole.OWNER);
    Member recipient = Member.signIn(callers, port, agency, AgencyRole.FREELANCER);
    Member colleague = Member.signIn(callers, port, agency, AgencyRole.MANAGER);
    ApiClient recipientOnB = signInAgain(recipient, agency, instanceB.port());
    ApiClient colleagueOnB = signInAgain(colleague, agency, instanceB.port());

    try (EventStream onB = recipientOnB.openEventStream(STREAM);
        EventStream colleagueStream = colleagueOnB.openEventStream(STREAM)) {
      onB.next("unread-count", WAIT);
      colleagueStream.next("unread-count", WAIT);

      // Created here, on instance A; the stream is held by instance B.
      notifyIn(agency, approved("Across replicas", recipient.id(), owner.id()));

      EventStream.Event arrived = onB.next("notification", WAIT);
      assertThat(jobTitle(arrived)).isEqualTo("Across replicas");
      String id = arrived.json().path("notification").path("id").asString();

      // Read on A: B's stream hears the new count (another tab's badge follows).
      assertThat(recipient.client().postJson("/api/notifications/" + id + "/read", "").status())
          .isEqualTo(200);
      assertThat(onB.next("unread-count", WAIT).json().path("unreadCount").asLong()).isZero();

      notifyIn(agency, approved("For the colleague on B", colleague.id(), owner.id()));
      assertThat(jobTitle(colleagueStream.next("notification", WAIT)))
          .isEqualTo("For the colleague on B");
      assertThat(colleagueStream.pending()).isEmpty();
    }
  }

  @Test
  void
      whenALiveSignalIsSentThenOnlyTheNamedMembersOfTheAgencyHearItOnAnyInstanceAndNothingIsStored() {
    var agency = agencies.register("live-signal");
    var other = agencies.register("live-signal-other");
    Member recipient = Member.signIn(callers, port, agency, AgencyRole.FREELANCER);
    Member colleague = Member.signIn(callers, port, agency, AgencyRole.MANAGER);
    Member outsider = Member.signIn(callers, port, other, AgencyRole.OWNER);
    ApiClient recipientOnB = signInAgain(recipient, agency, instanceB.port());

    try (EventStream onB = recipientOnB.openEventStream(STREAM);
        EventStream colleagues = colleague.client().openEventStream(STREAM);
        EventStream outsiders = outsider.client().openEventStream(STREAM)) {
      for (EventStream stream : List.of(onB, colleagues, outsiders)) {
        stream.next("unread-count", WAIT);
      }

      // The outsider is named too, but is no member of this agency.
      tenantScope.runAs(
          agency.id(),
          () ->
              notifications.signal(
                  "thing-changed", Map.of("id", "t-1"), List.of(recipient.id(), outsider.id())));

      assertThat(onB.next("thing-changed", WAIT).json().path("id").asString()).isEqualTo("t-1");
      tenantScope.runAs(
          agency.id(),
          () ->
              notifications.signal("thing-changed", Map.of("id", "t-2"), List.of(colleague.id())));
      tenantScope.runAs(
          other.id(),
          () -> notifications.signal("thing-changed", Map.of("id", "t-3"), List.of(outsider.id())));
      assertThat(colleagues.next("thing-changed", WAIT).json().path("id").asString())
          .isEqualTo("t-2");
      assertThat(outsiders.next("thing-changed", WAIT).json().path("id").asString())
          .isEqualTo("t-3");
      assertThat(colleagues.pending()).isEmpty();
      assertThat(outsiders.pending()).isEmpty();
      assertThat(recipient.client().get("/api/notifications").json().path("totalItems").asLong())
          .isZero();
    }
    for (String name : List.of("notification", "unread-count", "Not A Name", "")) {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  tenantScope.runAs(
                      agency.id(),
                      () -> notifications.signal(name, Map.of(), List.of(recipient.id()))));
    }
  }

  @Test
  void whenTheMemberSignsOutThenTheirStreamEnds() {
    var agency = agencies.register("live-sign-out");
    Member freelancer = Member.signIn(callers, port, agency, AgencyRole.FREELANCER);

    try (EventStream stream = freelancer.client().openEventStream(STREAM)) {
      stream.next("unread-count", WAIT);
      assertThat(freelancer.client().postJson("/api/auth/sign-out", "").status()).isEqualTo(204);

      assertThat(stream.awaitEnd(WAIT)).as("the stream ended").isTrue();
      // Ending is not an error: nothing but events was written, no refusal after them.
      assertThat(stream.strayLines()).isEmpty();
    }
    try (EventStream again = freelancer.client().openEventStream(STREAM)) {
      assertThat(again.status()).isEqualTo(401);
      assertThat(again.response().problemType()).endsWith("/not-signed-in");
    }
  }

  @Test
  void whenTheMemberIsRemovedFromTheAgencyThenTheirStreamOnAnyInstanceEnds() {
    var agency = agencies.register("live-removed");
    Member owner = Member.signIn(callers, port, agency, AgencyRole.OWNER);
    Member freelancer = Member.signIn(callers, port, agency, AgencyRole.FREELANCER);
    ApiClient onB = signInAgain(freelancer, agency, instanceB.port());

    try (EventStream here = freelancer.client().openEventStream(STREAM);
        EventStream there = onB.openEventStream(STREAM)) {
      here.next("unread-count", WAIT);
      there.next("unread-count", WAIT);
      assertThat(owner.client().delete("/api/agency/members/" + freelancer.id()).status())
          .isEqualTo(204);

      assertThat(here.awaitEnd(WAIT)).as("the stream on A ended").isTrue();
      assertThat(there.awaitEnd(WAIT)).as("the stream on B ended").isTrue();
    }
  }

  static String jobTitle(EventStream.Event event) {
    return event.json().path("notification").path("params").path("jobTitle").asString();
  }

  /** Another browser of the same person (on this instance), working in the given agency. */
  ApiClient signInAgain(Member member, TestAgencies.Agency agency) {
    return signInAgain(member, agency, port);
  }

  ApiClient signInAgain(Member member, TestAgencies.Agency agency, int onPort) {
    ApiClient browser = callers.signIn(onPort, member.credentials());
    ApiClient.Response switched =
        browser.postJson("/api/auth/agency", Map.of("tenantId", agency.id().toString()));
    assertThat(switched.status()).as(switched.body()).isEqualTo(200);
    return browser;
  }
}
