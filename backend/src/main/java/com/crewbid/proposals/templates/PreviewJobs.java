package com.crewbid.proposals.templates;

import java.util.List;
import java.util.Optional;

/**
 * Where a preview finds a job to fill {@code job_title}, {@code client_name} and {@code skills}:
 * {@code proposals.internal.JobPreviews}, over the jobs module's job detail (the cache, or the job
 * fetched by id for a member who may fetch). Without a bean of this type, a preview that names a
 * job is refused with a clear problem.
 */
public interface PreviewJobs {

  /** The job by its Upwork id (as the jobs module keys it), if the current agency can see it. */
  Optional<Job> find(String jobId);

  /** What a template needs of a job. */
  record Job(String title, String clientName, List<String> skills) {}
}
