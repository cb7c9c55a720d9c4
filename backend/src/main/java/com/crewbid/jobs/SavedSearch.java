package com.crewbid.jobs;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member's saved search as the API shows it.
 *
 * @param refreshMinutes the opt-in refresh interval; null: runs only when the member asks
 * @param nextRunAt when the scheduler runs it next (null without an interval)
 * @param lastErrorType the problem type of the last run's failure (e.g. {@code upwork-not-linked});
 *     null when it went well
 * @param newMatches jobs it found since the member last looked
 */
public record SavedSearch(
    UUID id,
    String name,
    JobSearchCriteria criteria,
    @Nullable Integer refreshMinutes,
    @Nullable Instant nextRunAt,
    @Nullable Instant lastRunAt,
    @Nullable String lastErrorType,
    @Nullable String lastError,
    int newMatches,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
