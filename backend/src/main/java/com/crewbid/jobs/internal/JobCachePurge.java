package com.crewbid.jobs.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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

  private final TenantCatalog catalog;
  private final TenantScope scope;
  private final CachedJobs cache;
  private final SavedSearchMatches matches;
  private final TransactionTemplate tx;
  private final JobsProperties properties;
  private final Clock clock;

  public JobCachePurge(
      TenantCatalog catalog,
      TenantScope scope,
      CachedJobs cache,
      SavedSearchMatches matches,
      TransactionTemplate tx,
      JobsProperties properties,
      Clock clock) {
    this.catalog = catalog;
    this.scope = scope;
    this.cache = cache;
    this.matches = matches;
    this.tx = tx;
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
    int purged = 0;
    // Every agency, suspended ones too: Upwork's 24 hours hold for all content we keep.
    for (TenantId tenant : catalog.ids(null)) {
      try {
        purged +=
            scope.callAs(
                tenant,
                () ->
                    tx.execute(
                        status -> {
                          matches.forgetFoundBefore(now.minus(MATCH_MEMORY));
                          return cache.purgeFetchedBefore(cutoff);
                        }));
      } catch (RuntimeException e) {
        // One agency's failure must not keep Upwork content in the others.
        log.error("Purging the job cache of tenant {} failed", tenant, e);
      }
    }
    if (purged > 0) {
      log.info("Purged {} cached Upwork jobs fetched before {}", purged, cutoff);
    }
    return purged;
  }
}
