package com.crewbid.proposals.internal;

import com.crewbid.jobs.JobDetail;
import com.crewbid.jobs.JobDetails;
import com.crewbid.proposals.templates.PreviewJobs;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Template previews against a job, over the jobs module's job detail: the cached job, or (for a
 * member who may fetch) the job fetched from Upwork by its id, as opening its page would.
 */
@Component
class JobPreviews implements PreviewJobs {

  private final JobDetails jobs;

  JobPreviews(JobDetails jobs) {
    this.jobs = jobs;
  }

  @Override
  public Optional<Job> find(String jobId) {
    JobDetail job;
    try {
      job = jobs.detail(jobId);
    } catch (ProblemException problem) {
      if (problem.type() == ProblemType.NOT_FOUND || problem.type() == ProblemType.VALIDATION) {
        return Optional.empty();
      }
      throw problem;
    }
    return Optional.of(new Job(job.title(), job.client().name(), job.skills()));
  }
}
