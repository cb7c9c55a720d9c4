package com.crewbid.jobs.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.tenancy.TenantStatus;
import com.crewbid.upwork.client.UpworkException;
import com.crewbid.upwork.client.UpworkThrottled;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refreshes the saved searches whose members opted in and whose time has come, on one replica at a
 * time (ShedLock), at most {@code crewbid.jobs.refresh-batch} per run, agencies in a new order each
 * run so none waits behind another. A member's broken link fails their search softly (the error is
 * recorded on it); when Upwork's limits are reached the run stops and the rest stay due.
 */
@Component
public class SavedSearchSchedule {

  public static final String LOCK = "jobs-saved-search-refresh";

  /** At most this many of one agency's searches per run. */
  static final int PER_AGENCY = 5;

  private static final Logger log = LoggerFactory.getLogger(SavedSearchSchedule.class);

  private final TenantCatalog catalog;
  private final TenantScope scope;
  private final SavedSearchRecords records;
  private final SavedSearchRuns runs;
  private final JobsProperties properties;
  private final Clock clock;

  public SavedSearchSchedule(
      TenantCatalog catalog,
      TenantScope scope,
      SavedSearchRecords records,
      SavedSearchRuns runs,
      JobsProperties properties,
      Clock clock) {
    this.catalog = catalog;
    this.scope = scope;
    this.records = records;
    this.runs = runs;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${crewbid.jobs.refresh-cron:30 * * * * *}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "PT15M", lockAtLeastFor = "PT5S")
  public void refreshDue() {
    runDue();
  }

  /** Runs the due searches; returns how many ran (well or with a recorded error). */
  public int runDue() {
    Instant now = clock.instant();
    int ran = 0;
    List<TenantId> tenants = new ArrayList<>(catalog.ids(TenantStatus.ACTIVE));
    Collections.shuffle(tenants);
    for (TenantId tenant : tenants) {
      int left = properties.refreshBatch() - ran;
      if (left <= 0) {
        break;
      }
      try {
        ran += scope.callAs(tenant, () -> runDueIn(now, Math.min(left, PER_AGENCY)));
      } catch (UpworkThrottled limits) {
        log.info("Saved-search refresh stopped at Upwork's limits: {}", limits.getMessage());
        break;
      }
    }
    return ran;
  }

  private int runDueIn(Instant now, int max) {
    int ran = 0;
    for (SavedSearchRecord search :
        records.findByRefreshMinutesNotNullAndNextRunAtLessThanEqualOrderByNextRunAtAsc(
            now, Limit.of(max))) {
      try {
        runs.run(search, JobFetches.Trigger.SCHEDULE, now);
      } catch (UpworkThrottled limits) {
        throw limits;
      } catch (ProblemException | UpworkException failure) {
        log.info("Saved search {} failed softly: {}", search.id(), failure.getMessage());
      } catch (RuntimeException unexpected) {
        // One search's fault must not keep the others (of every agency) from running.
        log.error("Saved search {} failed", search.id(), unexpected);
      }
      ran++;
    }
    return ran;
  }
}
