package com.crewbid.jobs;

import com.crewbid.shared.Money;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A job as its detail page shows it.
 *
 * @param screeningQuestions the client's questions, in order; null when not fetched from Upwork yet
 *     (only a member who may fetch can open a job for the first time)
 * @param upworkUrl the job's page on Upwork; null when Crewbid knows only the job's id
 */
public record JobDetail(
    String id,
    String title,
    String description,
    List<String> skills,
    @Nullable JobCategory category,
    @Nullable String subcategory,
    JobType jobType,
    @Nullable Money budget,
    @Nullable Money hourlyMin,
    @Nullable Money hourlyMax,
    @Nullable ExperienceLevel experienceLevel,
    @Nullable String duration,
    @Nullable String engagement,
    @Nullable Integer proposals,
    JobClient client,
    @Nullable Boolean coverLetterRequired,
    @Nullable List<ScreeningQuestion> screeningQuestions,
    @Nullable Instant postedAt,
    Instant fetchedAt,
    Instant expiresAt,
    boolean favorite,
    boolean hidden,
    @Nullable String upworkUrl) {

  /** One screening question; {@code position} counts from 1. */
  public record ScreeningQuestion(int position, String question) {}
}
