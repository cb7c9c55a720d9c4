package com.crewbid.proposals.templates;

import java.util.List;
import java.util.Optional;

/**
 * Where a preview finds a cached job to fill {@code job_title}, {@code client_name} and {@code
 * skills}. No implementation yet: the jobs module is being built; an adapter over its job cache
 * (inside proposals, which may depend on jobs) registers a bean of this type. Without one, a
 * preview that names a job is refused with a clear problem.
 */
public interface PreviewJobs {

  /** The current agency's cached job by its Upwork id (as the jobs module keys it), if cached. */
  Optional<Job> find(String jobId);

  /** What a template needs of a job. */
  record Job(String title, String clientName, List<String> skills) {}
}
