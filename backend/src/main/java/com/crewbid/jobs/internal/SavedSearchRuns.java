package com.crewbid.jobs.internal;

import com.crewbid.jobs.FetchOutcome;
import com.crewbid.jobs.JobSearchCriteria;
import com.crewbid.jobs.SavedSearchMatched;
import com.crewbid.notifications.Notice;
import com.crewbid.notifications.NotificationTopic;
import com.crewbid.notifications.Notifications;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.tenancy.TenantContext;
import com.crewbid.upwork.UpworkAccounts;
import com.crewbid.upwork.UpworkCaller;
import com.crewbid.upwork.client.UpworkException;
import com.crewbid.upwork.client.UpworkGraphQlError;
import com.crewbid.upwork.client.UpworkRelinkRequired;
import com.crewbid.upwork.client.UpworkThrottled;
import com.crewbid.upwork.client.UpworkUnauthorized;
import com.crewbid.upwork.client.UpworkUnavailable;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a saved search for its member: fetches from Upwork as them, then records which cached jobs
 * match that it had not matched before. The first run of a search records what exists as seen (a
 * new search has no news yet); later runs record new matches, which the member sees as alerts. Must
 * run inside the search's tenant and outside a transaction.
 */
@Component
public class SavedSearchRuns {

  /** Matches looked at per run; runs are frequent and results newest first. */
  static final int MAX_MATCHES = 200;

  /** What a run brought: the fetch, and the jobs newly matched (none on the first run). */
  public record Run(FetchOutcome fetch, List<String> newMatches) {}

  private final UpworkAccounts accounts;
  private final JobFetches fetches;
  private final CachedJobs cache;
  private final SavedSearchMatches matches;
  private final SavedSearchRunLog runLog;
  private final TransactionTemplate tx;
  private final JobsProperties properties;
  private final ApplicationEventPublisher events;
  private final Notifications notifications;
  private final JsonMapper json;

  SavedSearchRuns(
      UpworkAccounts accounts,
      JobFetches fetches,
      CachedJobs cache,
      SavedSearchMatches matches,
      SavedSearchRunLog runLog,
      TransactionTemplate tx,
      JobsProperties properties,
      ApplicationEventPublisher events,
      Notifications notifications,
      JsonMapper json) {
    this.accounts = accounts;
    this.fetches = fetches;
    this.cache = cache;
    this.matches = matches;
    this.runLog = runLog;
    this.tx = tx;
    this.properties = properties;
    this.events = events;
    this.notifications = notifications;
    this.json = json;
  }

  /**
   * @throws ProblemException {@code upwork-not-linked}/{@code upwork-relink-required} when the
   *     member's link does not work, recorded on the search first
   * @throws UpworkException when Upwork fails, recorded on the search first (except throttling: the
   *     search stays due and runs once Upwork's limits allow)
   */
  public Run run(SavedSearchRecord search, JobFetches.Trigger trigger, Instant now) {
    JobSearchCriteria criteria = json.readValue(search.criteria(), JobSearchCriteria.class);
    FetchOutcome fetched;
    try {
      UpworkCaller caller = accounts.require(UserId.of(search.memberId()));
      fetched = fetches.fetch(caller, criteria, trigger, now);
    } catch (ProblemException | UpworkException failure) {
      if (!(failure instanceof UpworkThrottled)) {
        tx.executeWithoutResult(
            status ->
                runLog.ran(
                    search.id(), now, search.refreshMinutes(), kind(failure), reason(failure)));
      }
      throw failure;
    }
    boolean baseline = !search.ranBefore();
    List<String> found =
        tx.execute(
            status -> {
              List<String> ids =
                  cache.matchingIds(
                      criteria, now.minus(properties.cacheMaxAge()), now, MAX_MATCHES);
              List<String> recorded = matches.record(search.id(), ids, now, baseline);
              runLog.ran(search.id(), now, search.refreshMinutes(), null, null);
              List<String> news = baseline ? List.of() : recorded;
              if (!news.isEmpty()) {
                newMatchesFound(search, news);
              }
              return news;
            });
    return new Run(fetched, found);
  }

  /**
   * The one place where a saved search found new jobs for its member (inside the transaction that
   * recorded them, so that after-commit listeners hear of it). The member is notified (in the app,
   * and by e-mail if they chose so) and {@link SavedSearchMatched} is published.
   */
  private void newMatchesFound(SavedSearchRecord search, List<String> jobIds) {
    notifications.notify(
        Notice.about(NotificationTopic.SAVED_SEARCH_MATCHES)
            .to(UserId.of(search.memberId()))
            .param("searchName", search.name())
            .param("matchCount", String.valueOf(jobIds.size()))
            .link("/jobs/saved-searches/" + search.id())
            .build());
    events.publishEvent(
        new SavedSearchMatched(
            TenantContext.require("SavedSearchRuns").id(),
            UserId.of(search.memberId()),
            search.id(),
            search.name(),
            jobIds));
  }

  /** The problem type a failed run is recorded with (the API's, so the UI can explain it). */
  static String kind(RuntimeException failure) {
    return switch (failure) {
      case ProblemException problem -> slug(problem);
      case UpworkRelinkRequired gone -> "upwork-relink-required";
      case UpworkUnauthorized refused -> "upwork-relink-required";
      case UpworkThrottled throttled -> "upwork-throttled";
      case UpworkUnavailable unavailable -> "upwork-unavailable";
      case UpworkGraphQlError refused -> "upwork-error";
      default -> "internal";
    };
  }

  private static String reason(RuntimeException failure) {
    return switch (failure) {
      case ProblemException problem -> problem.getMessage();
      case UpworkRelinkRequired gone -> "Upwork no longer accepts the linked account.";
      case UpworkUnauthorized refused -> "Upwork refused the linked account.";
      case UpworkUnavailable unavailable -> "Upwork was not answering.";
      case UpworkGraphQlError refused -> "Upwork refused the search.";
      default -> "The search failed.";
    };
  }

  private static String slug(ProblemException problem) {
    String type = problem.type().type().toString();
    return type.substring(type.lastIndexOf('/') + 1);
  }
}
