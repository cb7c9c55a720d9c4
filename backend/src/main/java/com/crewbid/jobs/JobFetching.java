package com.crewbid.jobs;

import com.crewbid.identity.CurrentMember;
import com.crewbid.jobs.internal.JobFetches;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.UpworkCaller;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Asks Upwork for postings matching the current member's criteria, as that member, and stores them
 * in the agency's cache: user-directed and bounded (a few pages), never a crawl. Answers then come
 * from {@link JobSearch}.
 */
@Service
public class JobFetching {

  private final UpworkAccounts accounts;
  private final JobFetches fetches;
  private final Clock clock;

  JobFetching(UpworkAccounts accounts, JobFetches fetches, Clock clock) {
    this.accounts = accounts;
    this.fetches = fetches;
    this.clock = clock;
  }

  /**
   * @throws com.crewbid.shared.web.ProblemException {@code upwork-not-linked} or {@code
   *     upwork-relink-required} (409) when the member's link does not work; nothing is changed
   * @throws com.crewbid.upwork.client.UpworkException when Upwork fails; the cache keeps what it
   *     had
   */
  public FetchOutcome fetch(JobSearchCriteria criteria) {
    criteria.requireValid("");
    UpworkCaller caller = accounts.require(CurrentMember.require().userId());
    return fetches.fetch(caller, criteria, JobFetches.Trigger.MEMBER, clock.instant());
  }
}
