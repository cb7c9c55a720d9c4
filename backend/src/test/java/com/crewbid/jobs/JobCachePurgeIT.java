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
import com.crewbid.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upwork content lives at most 24 hours: expired jobs are never shown, the purge deletes them in
 * every agency, and the members' own records stay. Time moves on the application's clock.
 */
@IntegrationTest
class JobCachePurgeIT {

  @LocalServerPort int port;
  @Autowired TestAgencies agencies;
  @Autowired Callers callers;
  @Autowired CachedJobFixtures jobs;
  @Autowired Clock clock;
  @Autowired com.crewbid.tenancy.EveryTenant everyTenant;
  @Autowired TenantScope scope;
  @Autowired CachedJobs cache;
  @Autowired SavedSearchMatches matches;
  @Autowired TransactionTemplate tx;
  @Autowired JobsProperties properties;
  @Autowired JobCachePurge scheduledPurge;
  @Autowired LockProvider locks;
  @Autowired com.crewbid.tenancy.TenantJdbc sql;

  TestAgencies.Agency first;
  TestAgencies.Agency second;
  ApiClient freelancer;

  @BeforeEach
  void twoAgencies() {
    first = agencies.register("purge-a");
    second = agencies.register("purge-b");
    freelancer = callers.member(port, first, AgencyRole.FREELANCER);
  }

  JobCachePurge purgeAt(MutableClock at) {
    return new JobCachePurge(everyTenant, cache, matches, properties, at);
  }

  @Test
  void whenTwentyFourHoursPassThenEveryAgencysJobsArePurgedAndOwnRecordsStay() {
    var favorite = jobs.job("Favourite that will expire");
    var other = jobs.job("Job of the other agency");
    jobs.store(first.id(), favorite);
    jobs.store(second.id(), other);
    assertThat(freelancer.send("PUT", "/api/jobs/" + favorite.id() + "/favorite", null).status())
        .isEqualTo(204);
    ApiClient.Response saved =
        freelancer.postJson(
            "/api/saved-searches",
            Map.of("name", "Everything", "criteria", Map.of(), "refreshMinutes", 60));
    assertThat(saved.status()).isEqualTo(201);
    MutableClock appClock = new MutableClock(clock.instant());

    appClock.advance(Duration.ofHours(23));
    purgeAt(appClock).purgeExpired();
    assertThat(cachedIn(first, favorite.id())).isTrue();

    appClock.advance(Duration.ofHours(1).plusSeconds(1));
    purgeAt(appClock).purgeExpired();

    assertThat(cachedIn(first, favorite.id())).isFalse();
    assertThat(cachedIn(second, other.id())).isFalse();
    var favorites = freelancer.get("/api/jobs/favorites").json();
    assertThat(favorites.path("totalItems").asInt()).isEqualTo(1);
    assertThat(favorites.path("items").get(0).path("jobId").asString()).isEqualTo(favorite.id());
    assertThat(favorites.path("items").get(0).path("job").isNull()).isTrue();
    assertThat(freelancer.get("/api/saved-searches").json().path("totalItems").asInt())
        .isEqualTo(1);
  }

  @Test
  void whenContentIsOlderThanTheMaximumAgeThenItIsNotShownEvenBeforeThePurge() {
    var expired = jobs.job("Fetched yesterday");
    var fresh = jobs.job("Fetched now");
    jobs.storeFetchedAt(first.id(), clock.instant().minus(Duration.ofHours(25)), expired);
    jobs.store(first.id(), fresh);

    var page = freelancer.get("/api/jobs").json();
    assertThat(page.path("totalItems").asInt()).isEqualTo(1);
    assertThat(page.path("items").get(0).path("id").asString()).isEqualTo(fresh.id());
    assertThat(freelancer.get("/api/jobs/" + fresh.id()).status()).isEqualTo(200);
    assertThat(freelancer.send("PUT", "/api/jobs/" + expired.id() + "/favorite", null).status())
        .isEqualTo(404);
    assertThat(cachedIn(first, expired.id())).as("still stored until the purge").isTrue();
  }

  @Test
  void whenAnotherReplicaHoldsThePurgeLockThenThisOneSkipsAndRunsOnceItIsFree() {
    var expired = jobs.job("Expired");
    jobs.storeFetchedAt(first.id(), clock.instant().minus(Duration.ofHours(25)), expired);
    Optional<SimpleLock> otherReplica =
        locks.lock(
            new LockConfiguration(
                Instant.now(), JobCachePurge.LOCK, Duration.ofMinutes(5), Duration.ZERO));
    assertThat(otherReplica).isPresent();

    scheduledPurge.purgeExpired();
    assertThat(cachedIn(first, expired.id())).isTrue();

    otherReplica.get().unlock();
    scheduledPurge.purgeExpired();
    assertThat(cachedIn(first, expired.id())).isFalse();
  }

  @Test
  void whenASearchFetchesAnOpenedJobAgainThenItsQuestionsStillExpireWithTheirOwnFetch() {
    Instant opened = clock.instant().minus(Duration.ofHours(25));
    var job = jobs.job("Opened yesterday").questions("Which CMS have you used?");
    jobs.storeFetchedAt(first.id(), opened, job);
    jobs.storeFetchedAt(first.id(), opened.plus(Duration.ofHours(20)), job.asSearchResult());
    ApiClient viewer = callers.member(port, first, AgencyRole.VIEWER);

    var detail = viewer.get("/api/jobs/" + job.id());

    assertThat(detail.status()).isEqualTo(200);
    assertThat(detail.json().path("title").asString()).isEqualTo("Opened yesterday");
    assertThat(detail.json().path("postedAt").isNull()).as("the listing is 5 h old").isFalse();
    assertThat(detail.json().path("screeningQuestions").isNull())
        .as("questions fetched 25 h ago are unknown")
        .isTrue();
    assertThat(detail.json().path("coverLetterRequired").isNull()).isTrue();
    assertThat(column(first, job.id(), "screening_questions")).as("until the purge").isNotNull();

    purgeAt(new MutableClock(clock.instant())).purgeExpired();

    assertThat(cachedIn(first, job.id())).as("the listing is still fresh").isTrue();
    assertThat(column(first, job.id(), "screening_questions")).isNull();
    assertThat(column(first, job.id(), "cover_letter_required")).isNull();
    assertThat(column(first, job.id(), "detail_fetched_at")).isNull();
    assertThat(column(first, job.id(), "posted_at")).isNotNull();
  }

  @Test
  void whenAJobIsOpenedAfterItsSearchThenTheListingStillExpiresWithTheSearch() {
    Instant searched = clock.instant().minus(Duration.ofHours(25));
    var job = jobs.job("Searched yesterday").proposals(7).client("4.90", "1200.00", true);
    jobs.storeFetchedAt(first.id(), searched, job.asSearchResult());
    jobs.storeFetchedAt(
        first.id(), searched.plus(Duration.ofHours(20)), job.questions("Why you?").detailOnly());

    var detail = freelancer.get("/api/jobs/" + job.id()).json();
    var found = freelancer.get("/api/jobs?proposalsMin=7").json();

    assertThat(detail.path("screeningQuestions").get(0).path("question").asString())
        .isEqualTo("Why you?");
    assertThat(detail.path("postedAt").isNull()).isTrue();
    assertThat(detail.path("proposals").isNull()).isTrue();
    assertThat(detail.path("client").path("rating").isNull()).isTrue();
    assertThat(detail.path("client").path("totalSpent").isNull()).isTrue();
    assertThat(detail.path("upworkUrl").isNull()).isTrue();
    assertThat(found.path("totalItems").asInt()).as("no filter on an expired listing").isZero();

    purgeAt(new MutableClock(clock.instant())).purgeExpired();

    assertThat(column(first, job.id(), "client_rating")).isNull();
    assertThat(column(first, job.id(), "total_applicants")).isNull();
    assertThat(column(first, job.id(), "posted_at")).isNull();
    assertThat(column(first, job.id(), "screening_questions")).isNotNull();
  }

  private Object column(TestAgencies.Agency agency, String jobId, String column) {
    return scope.callAs(
        agency.id(),
        () ->
            tx.execute(
                status ->
                    sql.call(
                        "test",
                        jdbc ->
                            jdbc.sql("select " + column + " from cached_jobs where upwork_id = :id")
                                .param("id", jobId)
                                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1)))
                                .single()
                                .orElse(null))));
  }

  private boolean cachedIn(TestAgencies.Agency agency, String jobId) {
    return scope.callAs(
        agency.id(), () -> tx.execute(status -> cache.exists(jobId, Instant.EPOCH)));
  }
}
