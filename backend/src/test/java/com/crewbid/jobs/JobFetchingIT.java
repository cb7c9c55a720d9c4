package com.crewbid.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.crewbid.identity.AgencyRole;
import com.crewbid.jobs.internal.CachedJobs;
import com.crewbid.jobs.internal.JobCachePurge;
import com.crewbid.jobs.internal.JobsProperties;
import com.crewbid.jobs.internal.SavedSearchMatches;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.IntegrationTest;
import com.crewbid.support.MutableClock;
import com.crewbid.support.TestAgencies;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Fetching from the Upwork sandbox as a linked member: bounded pages, filters Upwork ignores
 * applied by the cache, job details with screening questions, and a broken link that loses nothing.
 */
@IntegrationTest
class JobFetchingIT {

  static final String PRIYA = "1638473311920246784";
  static final String CONTROL = "/upwork-sandbox/_control";

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired MeterRegistry meters;
  @Autowired Clock clock;
  @Autowired com.crewbid.tenancy.EveryTenant everyTenant;
  @Autowired CachedJobs cache;
  @Autowired SavedSearchMatches matches;
  @Autowired JobsProperties properties;
  @Autowired CachedJobFixtures fixtures;
  @Autowired org.springframework.data.redis.core.StringRedisTemplate redis;
  @Autowired org.springframework.core.env.Environment env;

  TestAgencies.Agency agency;
  ApiClient priya;

  @BeforeEach
  void linkedFreelancer() {
    sandboxControl().delete(CONTROL);
    agency = agencies.register("fetch");
    priya = callers.linkedMember(port, agency, AgencyRole.FREELANCER, "Priya").browser();
  }

  @AfterEach
  void resetSandbox() {
    sandboxControl().delete(CONTROL);
  }

  ApiClient sandboxControl() {
    return new ApiClient(port).withoutCsrf();
  }

  JsonNode fetch(ApiClient member, Map<String, Object> criteria) {
    ApiClient.Response response = member.postJson("/api/jobs/fetches", criteria);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  @Test
  void whenALinkedFreelancerFetchesWithFiltersThenEveryCachedResultMatchesThem() {
    double before = fetchCount();

    JsonNode outcome =
        fetch(
            priya,
            Map.of("jobType", "HOURLY", "experienceLevel", "EXPERT", "paymentVerified", true));

    assertThat(outcome.path("jobs").asInt()).isPositive();
    JsonNode page =
        priya
            .get("/api/jobs?jobType=HOURLY&experienceLevel=EXPERT&paymentVerified=true&size=100")
            .json();
    assertThat(page.path("totalItems").asInt()).isEqualTo(outcome.path("jobs").asInt());
    assertThat(page.path("items"))
        .allSatisfy(
            job -> {
              assertThat(job.path("jobType").asString()).isEqualTo("HOURLY");
              assertThat(job.path("experienceLevel").asString()).isEqualTo("EXPERT");
              assertThat(job.path("client").path("paymentVerified").asBoolean()).isTrue();
              assertThat(job.path("hourlyMin").path("currency").asString()).isEqualTo("USD");
              assertThat(job.path("upworkUrl").asString())
                  .startsWith("https://www.upwork.com/jobs/~01");
            });
    assertThat(fetchCount()).isEqualTo(before + 1);
  }

  @Test
  void whenFetchingThenAtMostTheConfiguredNumberOfPagesIsAsked() {
    JsonNode outcome = fetch(priya, Map.of());

    assertThat(outcome.path("pages").asInt()).isEqualTo(properties.fetchPages());
    assertThat(outcome.path("jobs").asInt()).isEqualTo(properties.fetchPages() * 10);
    assertThat(outcome.path("morePages").asBoolean()).isTrue();
    assertThat(outcome.path("upworkTotal").asInt()).isGreaterThan(outcome.path("jobs").asInt());
  }

  @Test
  void whenUpworkIgnoresTheBudgetRangeThenTheCacheAppliesIt() {
    Map<String, Object> criteria = Map.of("jobType", "FIXED", "budgetMin", 500, "budgetMax", 800);

    JsonNode outcome = fetch(priya, criteria);
    JsonNode page = priya.get("/api/jobs?jobType=FIXED&budgetMin=500&budgetMax=800").json();

    assertThat(page.path("totalItems").asInt()).isLessThan(outcome.path("jobs").asInt());
    assertThat(page.path("items"))
        .allSatisfy(
            job ->
                assertThat(new BigDecimal(job.path("budget").path("amount").asString()))
                    .isBetween(new BigDecimal("500"), new BigDecimal("800")));
  }

  @Test
  void whenOpeningAJobThenItsClientHistoryAndScreeningQuestionsAreShown() {
    fetch(priya, Map.of());
    List<String> ids = ids(priya.get("/api/jobs?size=30").json());

    JsonNode withQuestions = null;
    for (String id : ids) {
      JsonNode detail = priya.get("/api/jobs/" + id).json();
      assertThat(detail.path("screeningQuestions").isArray()).as("fetched on opening").isTrue();
      if (!detail.path("screeningQuestions").isEmpty()) {
        withQuestions = detail;
        break;
      }
    }

    assertThat(withQuestions).as("one of 30 postings asks questions").isNotNull();
    assertThat(withQuestions.path("screeningQuestions").get(0).path("position").asInt())
        .isEqualTo(1);
    assertThat(withQuestions.path("screeningQuestions").get(0).path("question").asString())
        .isNotBlank();
    assertThat(withQuestions.path("description").asString()).contains("\n");
    JsonNode client = withQuestions.path("client");
    assertThat(client.path("country").asString()).isNotBlank();
    assertThat(client.path("hires").isInt()).isTrue();
    assertThat(client.path("jobsPosted").isInt()).isTrue();
    assertThat(client.path("memberSince").asString()).isNotBlank();
    assertThat(withQuestions.path("expiresAt").asString()).isNotBlank();
  }

  @Test
  void whenAPurgedJobIsOpenedThenItIsFetchedAgainByIdButAViewerCannotFetch() {
    fetch(priya, Map.of());
    String id = ids(priya.get("/api/jobs?size=1").json()).getFirst();
    String title = priya.get("/api/jobs/" + id).json().path("title").asString();
    ApiClient viewer = callers.member(port, agency, AgencyRole.VIEWER);
    MutableClock dayLater = new MutableClock(clock.instant().plus(Duration.ofHours(25)));
    new JobCachePurge(everyTenant, cache, matches, properties, dayLater).purgeExpired();

    assertThat(viewer.get("/api/jobs/" + id).status()).isEqualTo(404);
    ApiClient.Response reopened = priya.get("/api/jobs/" + id);

    assertThat(reopened.status()).isEqualTo(200);
    assertThat(reopened.json().path("title").asString()).isEqualTo(title);
    assertThat(reopened.json().path("postedAt").isNull()).isTrue();
    assertThat(reopened.json().path("screeningQuestions").isArray()).isTrue();
    assertThat(viewer.get("/api/jobs/" + id).status()).isEqualTo(200);
    assertThat(priya.get("/api/jobs/" + CachedJobFixtures.newId()).status()).isEqualTo(404);
  }

  @Test
  void whenQuestionsAreOlderThanADayThoughASearchFetchedTheJobSinceThenOpeningFetchesThemAgain() {
    fetch(priya, Map.of());
    String id = ids(priya.get("/api/jobs?size=1").json()).getFirst();
    Instant opened = clock.instant().minus(Duration.ofHours(25));
    var job = fixtures.job("Opened yesterday").id(id).questions("A question of yesterday?");
    fixtures.storeFetchedAt(agency.id(), opened, job);
    fixtures.storeFetchedAt(agency.id(), opened.plus(Duration.ofHours(20)), job.asSearchResult());

    JsonNode detail = priya.get("/api/jobs/" + id).json();

    assertThat(detail.path("screeningQuestions").isArray()).as("fetched again").isTrue();
    assertThat(detail.path("screeningQuestions").toString())
        .doesNotContain("A question of yesterday?");
    assertThat(detail.path("title").asString()).isNotEqualTo("Opened yesterday");
  }

  @Test
  void whenUpworkAnswersTheSearchInTheWrongShapeThenBadGatewayAndTheCacheIsUnchanged() {
    fetch(priya, Map.of("keywords", "developer"));
    int cached = priya.get("/api/jobs").json().path("totalItems").asInt();
    assertThat(
            sandboxControl()
                .postJson(
                    CONTROL + "/faults",
                    Map.of("target", "GRAPHQL", "kind", "WRONG_SHAPE", "count", 1))
                .status())
        .isEqualTo(204);

    ApiClient.Response refused = priya.postJson("/api/jobs/fetches", Map.of());

    assertThat(refused.status()).as(refused.body()).isEqualTo(502);
    assertThat(refused.problemType()).endsWith("/upwork-error");
    assertThat(priya.get("/api/jobs").json().path("totalItems").asInt()).isEqualTo(cached);
  }

  @Test
  void
      whenTheAgencysShareOfTheDailyBudgetIsSpentThenFetchingIs429WithRetryAfterAndOthersAreServed() {
    String tenant = agency.id().value().toString();
    spendShareOf(tenant);
    try {
      ApiClient.Response refused = priya.postJson("/api/jobs/fetches", Map.of());

      assertThat(refused.status()).as(refused.body()).isEqualTo(429);
      assertThat(refused.problemType()).endsWith("/upwork-throttled");
      assertThat(refused.header("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
      TestAgencies.Agency other = agencies.register("fetch-other");
      ApiClient jonas = callers.linkedMember(port, other, AgencyRole.FREELANCER, "Jonas").browser();
      assertThat(jonas.postJson("/api/jobs/fetches", Map.of()).status())
          .as("another agency's share is untouched")
          .isEqualTo(200);
    } finally {
      redis.opsForHash().delete(budgetKey(LocalDate.now(ZoneOffset.UTC)), tenant);
    }
  }

  @Test
  void whenUpworkAnswers429ForLongerThanTheBackoffThenRunningASavedSearchIs429WithItsRetryAfter() {
    String search =
        priya
            .postJson("/api/saved-searches", Map.of("name", "Anything", "criteria", Map.of()))
            .json()
            .path("id")
            .asString();
    fault("RATE_LIMITED", 5, Map.of("retryAfterSeconds", 120));

    ApiClient.Response run = priya.postJson("/api/saved-searches/" + search + "/run", Map.of());

    assertThat(run.status()).as(run.body()).isEqualTo(429);
    assertThat(run.problemType()).endsWith("/upwork-throttled");
    assertThat(run.header("Retry-After")).contains("120");
    assertThat(priya.get("/api/saved-searches/" + search).json().path("lastRunAt").isNull())
        .as("still due")
        .isTrue();
  }

  @Test
  void whenUpworkFailsOnEveryAttemptThenFetchingIs503AndACachedPageIsKept() {
    // The first page is served, every attempt at the second fails.
    fault("LATENCY", 1, Map.of("delayMillis", 0));
    fault("SERVER_ERROR", 4, Map.of());

    ApiClient.Response failed = priya.postJson("/api/jobs/fetches", Map.of());

    assertThat(failed.status()).as(failed.body()).isEqualTo(503);
    assertThat(failed.problemType()).endsWith("/upwork-unavailable");
    assertThat(priya.get("/api/jobs").json().path("totalItems").asInt())
        .as("the first page, which spent budget, is kept")
        .isEqualTo(10);
  }

  /** Makes the tenant's count exactly as high as the daily budget's sharing rule refuses. */
  private void spendShareOf(String tenant) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    Map<Object, Object> spent = redis.opsForHash().entries(budgetKey(today));
    java.util.Set<String> active = new java.util.HashSet<>();
    spent.keySet().forEach(t -> active.add(t.toString()));
    redis.opsForHash().keys(budgetKey(today.minusDays(1))).forEach(t -> active.add(t.toString()));
    active.add(tenant);
    long budget = env.getProperty("crewbid.upwork.client.daily-budget", Long.class, 40_000L);
    long share = budget / active.size();
    long others = 0;
    long claimable = 0;
    for (String t : active) {
      if (!t.equals(tenant)) {
        long n = spent.containsKey(t) ? Long.parseLong(spent.get(t).toString()) : 0;
        others += n;
        claimable += Math.max(0, share - n);
      }
    }
    redis
        .opsForHash()
        .put(budgetKey(today), tenant, Long.toString(Math.max(share, budget - others - claimable)));
  }

  private String budgetKey(LocalDate day) {
    return "crewbid:upwork:budget:" + env.getProperty("crewbid.upwork.oauth.client-id") + ":" + day;
  }

  private void fault(String kind, int count, Map<String, Object> extra) {
    Map<String, Object> body = new java.util.HashMap<>(extra);
    body.put("target", "GRAPHQL");
    body.put("kind", kind);
    body.put("count", count);
    assertThat(sandboxControl().postJson(CONTROL + "/faults", body).status()).isEqualTo(204);
  }

  @Test
  void whenTheMemberNeverLinkedThenFetchingIsAConflictThatSaysSo() {
    ApiClient unlinked = callers.member(port, agency, AgencyRole.FREELANCER);

    ApiClient.Response response = unlinked.postJson("/api/jobs/fetches", Map.of());

    assertThat(response.status()).isEqualTo(409);
    assertThat(response.problemType()).endsWith("/upwork-not-linked");
  }

  @Test
  void whenUpworkRevokedTheLinkThenARelinkConflictAndNothingIsLost() {
    fetch(priya, Map.of("keywords", "developer"));
    String favorite = ids(priya.get("/api/jobs").json()).getFirst();
    assertThat(priya.send("PUT", "/api/jobs/" + favorite + "/favorite", null).status())
        .isEqualTo(204);
    String search =
        priya
            .postJson(
                "/api/saved-searches",
                Map.of("name", "Developers", "criteria", Map.of("keywords", "developer")))
            .json()
            .path("id")
            .asString();
    int cached = priya.get("/api/jobs").json().path("totalItems").asInt();

    sandboxControl().postJson(CONTROL + "/users/" + PRIYA + "/revoke-tokens", Map.of());
    ApiClient.Response refused = priya.postJson("/api/jobs/fetches", Map.of());
    ApiClient.Response run = priya.postJson("/api/saved-searches/" + search + "/run", Map.of());

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.problemType()).endsWith("/upwork-relink-required");
    assertThat(run.status()).isEqualTo(409);
    assertThat(run.problemType()).endsWith("/upwork-relink-required");
    assertThat(priya.get("/api/jobs").json().path("totalItems").asInt()).isEqualTo(cached);
    assertThat(ids(priya.get("/api/jobs/favorites").json(), "jobId")).containsExactly(favorite);
    JsonNode saved = priya.get("/api/saved-searches/" + search).json();
    assertThat(saved.path("lastErrorType").asString()).isEqualTo("upwork-relink-required");
    assertThat(saved.path("name").asString()).isEqualTo("Developers");
  }

  private double fetchCount() {
    var counter = meters.find("jobs.fetches").tags("trigger", "member", "outcome", "success");
    return counter.counter() == null ? 0 : counter.counter().count();
  }

  static List<String> ids(JsonNode page) {
    return ids(page, "id");
  }

  static List<String> ids(JsonNode page, String field) {
    List<String> ids = new ArrayList<>();
    page.path("items").forEach(item -> ids.add(item.path(field).asString()));
    return ids;
  }
}
