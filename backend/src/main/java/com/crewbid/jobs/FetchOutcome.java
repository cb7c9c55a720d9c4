package com.crewbid.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What asking Upwork brought.
 *
 * @param pages pages Upwork answered (at most the configured bound)
 * @param jobs postings stored or refreshed in the cache
 * @param upworkTotal how many postings Upwork says match (it returns only the first pages of them)
 * @param morePages whether Upwork had more pages than were fetched
 */
public record FetchOutcome(
    int pages, int jobs, @Nullable Integer upworkTotal, boolean morePages, Instant fetchedAt) {}
