package com.crewbid.jobs.internal;

import com.crewbid.tenancy.TenantJdbc;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The outcome of a saved search's runs, kept apart from what the member edits: a run does not
 * change the search's version, so an edit in progress does not turn stale because the scheduler
 * ran.
 */
@Repository
public class SavedSearchRunLog {

  private final TenantJdbc tenant;

  SavedSearchRunLog(TenantJdbc tenant) {
    this.tenant = tenant;
  }

  /**
   * A run ended at {@code at}: well (no error) or not; an opted-in search is due an interval on.
   */
  public void ran(
      UUID search,
      Instant at,
      @Nullable Integer refreshMinutes,
      @Nullable String errorType,
      @Nullable String error) {
    tenant.call(
        "SavedSearchRunLog.ran",
        sql ->
            sql.sql(
                    "update saved_searches set last_run_at = :at, last_error_type = :type,"
                        + " last_error = :error, next_run_at = :next where id = :id")
                .param("id", search)
                .param("at", CachedJobs.timestamp(at))
                .param("type", errorType)
                .param(
                    "error",
                    error == null || error.length() <= 500 ? error : error.substring(0, 500))
                .param(
                    "next",
                    refreshMinutes == null
                        ? null
                        : CachedJobs.timestamp(at.plus(Duration.ofMinutes(refreshMinutes))))
                .update());
  }
}
