package com.crewbid.jobs;

import com.crewbid.identity.CurrentMember;
import com.crewbid.jobs.internal.CachedJobs;
import com.crewbid.jobs.internal.JobRow;
import com.crewbid.jobs.internal.JobsProperties;
import com.crewbid.shared.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** A job's detail page. */
@Service
public class JobDetails {

  private final CachedJobs cache;
  private final JobsProperties properties;
  private final JsonMapper json;
  private final Clock clock;

  JobDetails(CachedJobs cache, JobsProperties properties, JsonMapper json, Clock clock) {
    this.cache = cache;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public JobDetail detail(String jobId) {
    String id = JobIds.require(jobId);
    CurrentMember member = CurrentMember.require();
    Instant fresh = clock.instant().minus(properties.cacheMaxAge());
    Optional<JobRow> cached = cache.find(id, member.userId().value(), fresh);
    return cached
        .map(row -> row.toDetail(json, properties.cacheMaxAge()))
        .orElseThrow(() -> ProblemException.notFound("The job " + id));
  }
}
