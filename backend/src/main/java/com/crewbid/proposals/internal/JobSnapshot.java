package com.crewbid.proposals.internal;

import com.crewbid.jobs.JobDetail;
import com.crewbid.jobs.JobType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a proposal keeps of its job, copied when the draft is made: Upwork's cache forgets the job
 * after 24 hours; the proposal keeps its own record (ids, title, link, category, questions) and
 * forgets Upwork's client name, budget and cover-letter rule 24 hours after {@code fetchedAt}.
 *
 * @param fetchedAt when Crewbid fetched this content from Upwork (null: now)
 */
public record JobSnapshot(
    String id,
    String title,
    @Nullable String url,
    @Nullable String clientId,
    @Nullable String clientName,
    @Nullable String categoryId,
    @Nullable String category,
    JobType type,
    String currency,
    @Nullable BigDecimal budget,
    @Nullable BigDecimal hourlyMin,
    @Nullable BigDecimal hourlyMax,
    @Nullable Boolean coverLetterRequired,
    List<String> screeningQuestions,
    List<String> skills,
    @Nullable Instant fetchedAt) {

  public JobSnapshot {
    screeningQuestions = List.copyOf(screeningQuestions);
    skills = List.copyOf(skills);
  }

  /** A job's detail whose screening questions were fetched. */
  static JobSnapshot of(JobDetail job) {
    if (job.screeningQuestions() == null) {
      throw new IllegalArgumentException("the job's screening questions are not known");
    }
    String currency =
        job.budget() != null
            ? job.budget().currency()
            : job.hourlyMax() != null
                ? job.hourlyMax().currency()
                : job.hourlyMin() != null ? job.hourlyMin().currency() : "USD";
    return new JobSnapshot(
        job.id(),
        job.title(),
        job.upworkUrl(),
        job.client().id(),
        job.client().name(),
        job.category() == null ? null : job.category().id(),
        job.category() == null ? null : job.category().label(),
        job.jobType(),
        currency,
        job.budget() == null ? null : job.budget().amount(),
        job.hourlyMin() == null ? null : job.hourlyMin().amount(),
        job.hourlyMax() == null ? null : job.hourlyMax().amount(),
        job.coverLetterRequired(),
        job.screeningQuestions().stream().map(JobDetail.ScreeningQuestion::question).toList(),
        job.skills(),
        job.fetchedAt());
  }
}
