package com.crewbid.jobs.internal;

import com.crewbid.jobs.FetchOutcome;
import com.crewbid.jobs.JobSearchCriteria;
import com.crewbid.upwork.UpworkCaller;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One user-directed fetch: at most {@code crewbid.jobs.fetch-pages} pages of Upwork's results for
 * the criteria, as the member, stored in the agency's cache. Upwork is called outside any database
 * transaction; the cache is written in one short transaction afterwards, and also when a later page
 * fails (the pages fetched so far spent budget and are kept). Must run inside the member's tenant.
 */
@Component
public class JobFetches {

  /** Who asked: a member searching, or the scheduler refreshing their saved search. */
  public enum Trigger {
    MEMBER,
    SCHEDULE
  }

  private final UpworkJobSource upwork;
  private final CachedJobs cache;
  private final TransactionTemplate tx;
  private final JobsProperties properties;
  private final MeterRegistry meters;

  JobFetches(
      UpworkJobSource upwork,
      CachedJobs cache,
      TransactionTemplate tx,
      JobsProperties properties,
      MeterRegistry meters) {
    this.upwork = upwork;
    this.cache = cache;
    this.tx = tx;
    this.properties = properties;
    this.meters = meters;
  }

  public FetchOutcome fetch(
      UpworkCaller caller, JobSearchCriteria criteria, Trigger trigger, Instant now) {
    String outcome = "failure";
    try {
      List<FetchedJob> fetched = new ArrayList<>();
      Integer total = null;
      String cursor = null;
      int pages = 0;
      do {
        UpworkJobSource.Page page;
        try {
          page = upwork.search(caller, criteria, cursor);
        } catch (RuntimeException failure) {
          // The pages fetched so far spent the agency's budget: they are kept all the same.
          if (!fetched.isEmpty()) {
            tx.executeWithoutResult(status -> cache.upsert(fetched, caller.member().value(), now));
          }
          throw failure;
        }
        pages++;
        fetched.addAll(page.jobs());
        total = page.total();
        cursor = page.nextCursor();
      } while (cursor != null && pages < properties.fetchPages());
      int stored =
          fetched.isEmpty()
              ? 0
              : tx.execute(status -> cache.upsert(fetched, caller.member().value(), now));
      outcome = "success";
      return new FetchOutcome(pages, stored, total, cursor != null, now);
    } finally {
      meters
          .counter(
              "jobs.fetches",
              "trigger",
              trigger.name().toLowerCase(java.util.Locale.ROOT),
              "outcome",
              outcome)
          .increment();
    }
  }

  /** Fetches one posting's detail (with its screening questions) into the cache. */
  public boolean fetchPosting(UpworkCaller caller, String upworkId, Instant now) {
    @Nullable FetchedJob posting = upwork.posting(caller, upworkId).orElse(null);
    meters.counter("jobs.fetches", "trigger", "detail", "outcome", "success").increment();
    if (posting == null) {
      return false;
    }
    tx.executeWithoutResult(status -> cache.upsert(List.of(posting), caller.member().value(), now));
    return true;
  }
}
