package com.crewbid.jobs.internal;

import com.crewbid.tenancy.EveryTenant;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes Upwork content older than the cache's maximum age (24 hours) in every agency, on one
 * replica at a time (ShedLock). Reads ignore expired content already, so what the purge has not
 * reached yet is never shown. Members' own records (favourites, hidden jobs, saved searches and
 * their matches) hold no Upwork text and stay; matches older than {@link #MATCH_MEMORY} are
 * forgotten, since such postings are long closed.
 */
@Component
public class JobCachePurge {

  public static final String LOCK = "jobs-cache-purge";

  static final Duration MATCH_MEMORY = Duration.ofDays(30);

  private static final Logger log = LoggerFactory.getLogger(JobCachePurge.class);

  private final EveryTenant everyTenant;
  private final CachedJobs cache;
  private final SavedSearchMatches matches;
  private final JobsProperties properties;
  private final Clock clock;

  public JobCachePurge(
      EveryTenant everyTenant,
      CachedJobs cache,
      SavedSearchMatches matches,
      JobsProperties properties,
      Clock clock) {
    this.everyTenant = everyTenant;
    this.cache = cache;
    this.matches = matches;
    this.properties = properties;
    this.clock = clock;
  }

  /** The scheduled purge; skipped while another replica holds the lock. */
  @Scheduled(cron = "${crewbid.jobs.purge-cron:0 */5 * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
  public void purgeExpired() {
    purgeAt(clock.instant());
  }

  /** Deletes what was fetched more than the maximum age before {@code now}; returns how many. */
  public int purgeAt(Instant now) {
    Instant cutoff = now.minus(properties.cacheMaxAge());
    int purged =
        everyTenant.sum(
            "Purging the job cache",
            () -> {
              matches.forgetFoundBefore(now.minus(MATCH_MEMORY));
              return cache.purgeFetchedBefore(cutoff);
            });
    if (purged > 0) {
      log.info("Purged {} cached Upwork jobs fetched before {}", purged, cutoff);
    }
    return purged;
  }
}
