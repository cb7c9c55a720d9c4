package com.crewbid.jobs;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.jobs.internal.CachedJobs;
import com.crewbid.jobs.internal.JobFetches;
import com.crewbid.jobs.internal.JobRow;
import com.crewbid.jobs.internal.JobsProperties;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.client.UpworkException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's detail page. A job that is not cached (never fetched, or purged after 24 hours), or whose
 * screening questions were not fetched yet, is fetched from Upwork as the current member when they
 * may fetch (FREELANCER and above); a VIEWER sees what the cache holds.
 */
@Service
public class JobDetails {

  private final CachedJobs cache;
  private final JobFetches fetches;
  private final UpworkAccounts accounts;
  private final TransactionTemplate tx;
  private final JobsProperties properties;
  private final JsonMapper json;
  private final Clock clock;

  JobDetails(
      CachedJobs cache,
      JobFetches fetches,
      UpworkAccounts accounts,
      TransactionTemplate tx,
      JobsProperties properties,
      JsonMapper json,
      Clock clock) {
    this.cache = cache;
    this.fetches = fetches;
    this.accounts = accounts;
    this.tx = tx;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  /**
   * @throws ProblemException not-found when Upwork has no such posting (or a VIEWER asks for one
   *     that is not cached); {@code upwork-not-linked}/{@code upwork-relink-required} (409) when it
   *     must be fetched and the member's link does not work
   */
  public JobDetail detail(String jobId) {
    String id = JobIds.require(jobId);
    CurrentMember member = CurrentMember.require();
    Optional<JobRow> cached = read(id, member);
    boolean complete = cached.map(JobRow::screeningQuestionsKnown).orElse(false);
    if (!complete && member.can(AgencyRole.FREELANCER)) {
      try {
        if (fetches.fetchPosting(accounts.require(member.userId()), id, clock.instant())) {
          cached = read(id, member);
        } else if (cached.isEmpty()) {
          throw ProblemException.notFound("The job " + id);
        }
      } catch (ProblemException | UpworkException failure) {
        if (cached.isEmpty() || failure instanceof ProblemException p && isNotFound(p)) {
          throw failure;
        }
        // What the cache holds is still worth showing; the questions come on a later visit.
      }
    }
    return cached
        .map(row -> row.toDetail(json, properties.cacheMaxAge()))
        .orElseThrow(() -> ProblemException.notFound("The job " + id));
  }

  private static boolean isNotFound(ProblemException problem) {
    return problem.type() == com.crewbid.shared.web.ProblemType.NOT_FOUND;
  }

  private Optional<JobRow> read(String id, CurrentMember member) {
    Instant fresh = clock.instant().minus(properties.cacheMaxAge());
    return tx.execute(status -> cache.find(id, member.userId().value(), fresh));
  }
}
