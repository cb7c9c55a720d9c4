package com.crewbid.jobs;

import com.crewbid.identity.CurrentMember;
import com.crewbid.jobs.internal.CacheQuery;
import com.crewbid.jobs.internal.CachedJobs;
import com.crewbid.jobs.internal.JobCategories;
import com.crewbid.jobs.internal.JobsProperties;
import com.crewbid.shared.web.PageResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the agency's cache of Upwork postings as the current member: keywords ranked by
 * PostgreSQL full-text search, every filter (also those Upwork ignores), the member's hidden jobs
 * left out unless asked for, each result saying whether it is their favourite. Never calls Upwork:
 * {@link JobFetching} fills the cache.
 */
@Service
public class JobSearch {

  private final CachedJobs cache;
  private final JobsProperties properties;
  private final Clock clock;
  private final Timer timer;

  JobSearch(CachedJobs cache, JobsProperties properties, Clock clock, MeterRegistry meters) {
    this.cache = cache;
    this.properties = properties;
    this.clock = clock;
    this.timer =
        Timer.builder("jobs.search")
            .description("Searches of the job cache, from the query to the page of results")
            .register(meters);
  }

  @Transactional(readOnly = true)
  public PageResponse<JobSummary> search(
      JobSearchCriteria criteria,
      @Nullable JobSort sort,
      boolean includeHidden,
      int page,
      int size) {
    criteria.requireValid("");
    CurrentMember member = CurrentMember.require();
    Instant now = clock.instant();
    JobSort order = sort == null ? JobSort.RELEVANCE : sort;
    CachedJobs.Results results =
        timer.record(
            () ->
                cache.search(
                    new CacheQuery(
                        member.userId().value(),
                        criteria,
                        order,
                        includeHidden,
                        now.minus(properties.cacheMaxAge()),
                        now,
                        size,
                        (long) page * size)));
    return new PageResponse<>(results.items(), page, size, results.total());
  }

  /** Upwork's job categories, for the category filter. */
  public List<JobCategory> categories() {
    return JobCategories.ALL;
  }
}
