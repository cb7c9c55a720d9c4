package com.crewbid.jobs.internal;

import com.crewbid.jobs.JobSearchCriteria;
import com.crewbid.jobs.JobSort;
import java.time.Instant;
import java.util.UUID;

/**
 * A search of the cache as one member sees it.
 *
 * @param freshAfter only content fetched after this instant counts (older content is expired even
 *     before the purge deletes it)
 * @param now the instant "posted within" counts back from
 */
public record CacheQuery(
    UUID member,
    JobSearchCriteria criteria,
    JobSort sort,
    boolean includeHidden,
    Instant freshAfter,
    Instant now,
    int limit,
    long offset) {}
