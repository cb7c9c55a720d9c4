package com.crewbid.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.internal.JobsProperties;
import com.crewbid.jobs.internal.SavedSearchRecords;
import com.crewbid.jobs.internal.SavedSearchRuns;
import com.crewbid.jobs.internal.SavedSearchSchedule;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.MutableClock;
import com.crewbid.support.TestAgencies;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The saved-search scheduler on the application's clock: it runs only opted-in searches whose time
 * has come, records the jobs they newly match (and says so once), and fails softly for a member
 * whose link does not work.
 */
@IntegrationTest
class SavedSearchScheduleIT {

  static final String CONTROL = "/upwork-sandbox/_control";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired Clock clock;
  @Autowired TenantCatalog catalog;
  @Autowired TenantScope scope;
  @Autowired SavedSearchRecords records;
  @Autowired SavedSearchRuns runs;
  @Autowired JobsProperties properties;
  @Autowired HeardMatches heard;
  @Autowired SavedSearchSchedule scheduled;
  @Autowired LockProvider locks;

  TestAgencies.Agency agency;
  ApiClient priya;

  @BeforeEach
  void linkedFreelancer() {
    sandbox().delete(CONTROL);
    agency = agencies.register("schedule");
    priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya").browser();
  }

  @AfterEach
  void resetSandbox() {
    sandbox().delete(CONTROL);
  }

  ApiClient sandbox() {
    return new ApiClient(port).withoutCsrf();
  }

  /** The scheduler as it would run at {@code at}, with room for every due search of the suite. */
  SavedSearchSchedule schedulerAt(Instant at) {
    JobsProperties roomy =
        new JobsProperties(
            properties.fetchPages(),
            properties.cacheMaxAge(),
            10_000,
            properties.purgeCron(),
            properties.refreshCron());
    return new SavedSearchSchedule(catalog, scope, records, runs, roomy, new MutableClock(at));
  }

  static String save(ApiClient member, String name, Integer refreshMinutes) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("criteria", Map.of());
    body.put("refreshMinutes", refreshMinutes);
    ApiClient.Response saved = member.postJson("/api/saved-searches", body);
    assertThat(saved.status()).as(saved.body()).isEqualTo(201);
    return saved.json().path("id").asString();
  }

  JsonNode saved(ApiClient member, String id) {
    return member.get("/api/saved-searches/" + id).json();
  }

  @Test
  void whenUpworkThrottlesTheSchedulerThenItStopsItsBatchAndTheSearchesStayDue() {
    String first = save(priya, "First", 15);
    String second = save(priya, "Second", 15);
    Instant later = clock.instant().plus(Duration.ofMinutes(16));
    assertThat(
            sandbox()
                .postJson(
                    CONTROL + "/faults",
                    Map.of(
                        "target",
                        "GRAPHQL",
                        "kind",
                        "RATE_LIMITED",
                        "count",
                        5,
                        "retryAfterSeconds",
                        120))
                .status())
        .isEqualTo(204);
    Instant started = Instant.now();

    schedulerAt(later).runDue();

    JsonNode traffic = sandbox().get(CONTROL + "/traffic?since=" + started).json();
    assertThat(traffic.path("arrivalsMicros")).as("one request, then the run stopped").hasSize(1);
    assertThat(saved(priya, first).path("lastRunAt").isNull()).isTrue();
    assertThat(saved(priya, second).path("lastRunAt").isNull()).isTrue();
    assertThat(saved(priya, first).path("lastErrorType").isNull()).isTrue();
  }

  @Test
  void whenTheSchedulerRunsThenOnlyDueOptedInSearchesRunAndNewMatchesAreRecorded() {
    String due = save(priya, "Every quarter hour", 15);
    String notDue = save(priya, "Hourly", 60);
    String byHand = save(priya, "By hand", null);
    JsonNode baseline = priya.postJson("/api/saved-searches/" + due + "/run", Map.of()).json();
    assertThat(baseline.path("newMatches").asInt()).as("a first run has no news").isZero();
    sandbox().postJson(CONTROL + "/clock", Map.of("advanceBy", "PT20H"));
    Instant later = clock.instant().plus(Duration.ofMinutes(16)).truncatedTo(ChronoUnit.MILLIS);

    schedulerAt(later).runDue();

    JsonNode ran = saved(priya, due);
    assertThat(Instant.parse(ran.path("lastRunAt").asString())).isEqualTo(later);
    assertThat(Instant.parse(ran.path("nextRunAt").asString()))
        .isEqualTo(later.plus(Duration.ofMinutes(15)));
    assertThat(ran.path("lastErrorType").isNull()).isTrue();
    int news = ran.path("newMatches").asInt();
    assertThat(news).as("postings that appeared in 20 sandbox hours").isPositive();
    assertThat(saved(priya, notDue).path("lastRunAt").isNull()).isTrue();
    assertThat(saved(priya, byHand).path("lastRunAt").isNull()).isTrue();

    JsonNode matches = priya.get("/api/saved-searches/" + due + "/new-matches").json();
    assertThat(matches.path("totalItems").asInt()).isEqualTo(news);
    assertThat(matches.path("items"))
        .allSatisfy(m -> assertThat(m.path("job").isObject()).isTrue());
    List<SavedSearchMatched> events = heard.of(UUID.fromString(due));
    assertThat(events).hasSize(1);
    assertThat(events.getFirst().jobIds()).hasSize(news);
    assertThat(events.getFirst().tenant()).isEqualTo(agency.id());
    JsonNode notified = priya.get("/api/notifications?unread=true").json().path("items");
    assertThat(notified).hasSize(1);
    assertThat(notified.get(0).path("topic").asString()).isEqualTo("saved-search-matches");
    assertThat(notified.get(0).path("params").path("searchName").asString())
        .isEqualTo("Every quarter hour");
    assertThat(notified.get(0).path("params").path("matchCount").asInt()).isEqualTo(news);
    assertThat(notified.get(0).path("link").asString()).isEqualTo("/jobs/saved-searches/" + due);

    JsonNode seen =
        priya.postJson("/api/saved-searches/" + due + "/new-matches/seen", Map.of()).json();
    assertThat(seen.path("seen").asInt()).isEqualTo(news);
    assertThat(saved(priya, due).path("newMatches").asInt()).isZero();

    schedulerAt(later.plus(Duration.ofMinutes(16))).runDue();
    assertThat(saved(priya, due).path("newMatches").asInt()).as("nothing new since").isZero();
  }

  @Test
  void whenAMembersLinkIsBrokenThenTheirSearchRecordsTheErrorAndOthersStillRun() {
    ApiClient unlinked = callers.member(port, agency, AgencyRole.FREELANCER);
    String broken = save(unlinked, "Unlinked", 15);
    String working = save(priya, "Working", 15);
    Instant later = clock.instant().plus(Duration.ofMinutes(16)).truncatedTo(ChronoUnit.MILLIS);

    schedulerAt(later).runDue();

    JsonNode failed = saved(unlinked, broken);
    assertThat(failed.path("lastErrorType").asString()).isEqualTo("upwork-not-linked");
    assertThat(failed.path("lastError").asString()).isNotBlank();
    assertThat(Instant.parse(failed.path("nextRunAt").asString()))
        .isEqualTo(later.plus(Duration.ofMinutes(15)));
    JsonNode ok = saved(priya, working);
    assertThat(Instant.parse(ok.path("lastRunAt").asString())).isEqualTo(later);
    assertThat(ok.path("lastErrorType").isNull()).isTrue();
    assertThat(priya.get("/api/jobs").json().path("totalItems").asInt()).isPositive();
  }

  @Test
  void whenAnotherReplicaHoldsTheRefreshLockThenTheScheduledRunIsSkipped() {
    Optional<SimpleLock> otherReplica =
        locks.lock(
            new LockConfiguration(
                Instant.now(), SavedSearchSchedule.LOCK, Duration.ofMinutes(5), Duration.ZERO));
    assertThat(otherReplica).isPresent();
    try {
      String search = save(priya, "Locked out", 15);

      scheduled.refreshDue();

      assertThat(saved(priya, search).path("lastRunAt").isNull()).isTrue();
    } finally {
      otherReplica.get().unlock();
    }
  }
}
