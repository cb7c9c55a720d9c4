package com.crewbid.jobs;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A job a member marked (favourite, not interested) or a saved search matched.
 *
 * @param job the job while it is cached; null after the purge (opening it fetches it again)
 */
public record MarkedJob(String jobId, Instant markedAt, @Nullable JobSummary job) {}
