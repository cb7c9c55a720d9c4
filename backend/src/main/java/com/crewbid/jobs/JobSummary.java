package com.crewbid.jobs;

import com.crewbid.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One search result: enough to decide whether to open the job.
 *
 * @param id Upwork's job id (a job keeps it after the cache is purged, so links stay valid)
 * @param title the title, with the keywords' matches
 * @param snippet the best passages of the description (its start without keywords)
 * @param relevance the keyword rank (higher is better); null without keywords
 */
public record JobSummary(
    String id,
    Highlighted title,
    Highlighted snippet,
    List<String> skills,
    @Nullable JobCategory category,
    JobType jobType,
    @Nullable Money budget,
    @Nullable Money hourlyMin,
    @Nullable Money hourlyMax,
    @Nullable ExperienceLevel experienceLevel,
    @Nullable String duration,
    @Nullable String engagement,
    @Nullable Integer proposals,
    JobClient client,
    @Nullable Instant postedAt,
    Instant fetchedAt,
    boolean favorite,
    boolean hidden,
    @Nullable Double relevance,
    @Nullable String upworkUrl) {}
