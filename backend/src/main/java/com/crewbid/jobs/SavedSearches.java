package com.crewbid.jobs;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.jobs.internal.CachedJobs;
import com.crewbid.jobs.internal.JobFetches;
import com.crewbid.jobs.internal.JobRow;
import com.crewbid.jobs.internal.JobsProperties;
import com.crewbid.jobs.internal.SavedSearchMatches;
import com.crewbid.jobs.internal.SavedSearchRecord;
import com.crewbid.jobs.internal.SavedSearchRecords;
import com.crewbid.jobs.internal.SavedSearchRuns;
import com.crewbid.shared.web.PageResponse;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The current member's saved searches: criteria they run again, optionally refreshed on a schedule
 * (opt-in, never more often than every 15 minutes), and the new matches those runs found.
 */
@Service
public class SavedSearches {

  /** Enough for anyone's working set; more would mostly spend the agency's Upwork budget. */
  public static final int MAX_PER_MEMBER = 50;

  private final SavedSearchRecords records;
  private final SavedSearchMatches matches;
  private final CachedJobs cache;
  private final JobsProperties properties;
  private final AuditLog audit;
  private final SavedSearchRuns runs;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final Clock clock;

  SavedSearches(
      SavedSearchRecords records,
      SavedSearchMatches matches,
      CachedJobs cache,
      JobsProperties properties,
      AuditLog audit,
      SavedSearchRuns runs,
      TransactionTemplate tx,
      JsonMapper json,
      Clock clock) {
    this.records = records;
    this.matches = matches;
    this.cache = cache;
    this.properties = properties;
    this.audit = audit;
    this.runs = runs;
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public PageResponse<SavedSearch> list(int page, int size) {
    Page<SavedSearchRecord> found =
        records.findByMemberIdOrderByCreatedAtAsc(member(), PageRequest.of(page, size));
    Map<UUID, Integer> counts =
        matches.newCounts(found.getContent().stream().map(SavedSearchRecord::id).toList());
    return PageResponse.of(found, r -> view(r, counts.getOrDefault(r.id(), 0)));
  }

  @Transactional(readOnly = true)
  public SavedSearch get(UUID id) {
    SavedSearchRecord record = load(id);
    return view(record, matches.newCounts(List.of(id)).getOrDefault(id, 0));
  }

  @Transactional
  public SavedSearch create(SavedSearchChange change) {
    validate(change);
    UUID member = member();
    if (records.countByMemberId(member) >= MAX_PER_MEMBER) {
      throw new ProblemException(
          ProblemType.RULE_REFUSED,
          "You have " + MAX_PER_MEMBER + " saved searches, the most one member can keep.");
    }
    SavedSearchRecord record =
        records.saveAndFlush(
            SavedSearchRecord.create(
                member,
                change.name().strip(),
                json.writeValueAsString(change.criteria()),
                change.refreshMinutes(),
                clock.instant()));
    audit.record(
        "saved-search.created",
        record.name(),
        AuditOutcome.SUCCESS,
        refreshDetails(record.refreshMinutes()));
    return view(record, 0);
  }

  /**
   * Applies an edit made against {@code expectedVersion}.
   *
   * @throws ProblemException of type stale-version when the search changed in between
   */
  @Transactional
  public SavedSearch update(UUID id, long expectedVersion, SavedSearchChange change) {
    validate(change);
    SavedSearchRecord record = load(id);
    if (record.version() != expectedVersion) {
      throw new ProblemException(
          ProblemType.STALE_VERSION,
          "The saved search changed in the meantime (now version "
              + record.version()
              + "). Reload and apply your change again.");
    }
    record.change(
        change.name().strip(),
        json.writeValueAsString(change.criteria()),
        change.refreshMinutes(),
        clock.instant());
    records.saveAndFlush(record);
    audit.record(
        "saved-search.updated",
        record.name(),
        AuditOutcome.SUCCESS,
        refreshDetails(record.refreshMinutes()));
    return view(record, matches.newCounts(List.of(id)).getOrDefault(id, 0));
  }

  @Transactional
  public void delete(UUID id) {
    SavedSearchRecord record = load(id);
    records.delete(record);
    audit.record("saved-search.deleted", record.name());
  }

  /**
   * Runs the search now, as the member: fetches from Upwork and records new matches.
   *
   * @throws ProblemException {@code upwork-not-linked}/{@code upwork-relink-required} (409) when
   *     the member's link does not work (recorded on the search; nothing else changes)
   */
  public SavedSearchRun run(UUID id) {
    SavedSearchRecord record = load(id);
    SavedSearchRuns.Run run = runs.run(record, JobFetches.Trigger.MEMBER, clock.instant());
    SavedSearch now =
        tx.execute(status -> view(load(id), matches.newCounts(List.of(id)).getOrDefault(id, 0)));
    return new SavedSearchRun(now, run.fetch(), run.newMatches().size());
  }

  /** The jobs the search found that the member has not seen yet, newest find first. */
  @Transactional(readOnly = true)
  public PageResponse<MarkedJob> newMatches(UUID id, int page, int size) {
    SavedSearchRecord record = load(id);
    List<SavedSearchMatches.Match> unseen = matches.unseen(record.id(), size, (long) page * size);
    Map<String, JobRow> cached =
        cache.findAll(
            unseen.stream().map(SavedSearchMatches.Match::upworkJobId).toList(),
            record.memberId(),
            clock.instant().minus(properties.cacheMaxAge()));
    List<MarkedJob> items =
        unseen.stream()
            .map(
                m -> {
                  JobRow row = cached.get(m.upworkJobId());
                  return new MarkedJob(
                      m.upworkJobId(), m.foundAt(), row == null ? null : row.toSummary());
                })
            .toList();
    return new PageResponse<>(
        items, page, size, matches.newCounts(List.of(id)).getOrDefault(id, 0));
  }

  /** The member has seen the new matches: the alert is cleared. Returns how many there were. */
  @Transactional
  public int markSeen(UUID id) {
    return matches.markSeen(load(id).id(), clock.instant());
  }

  SavedSearch view(SavedSearchRecord record, int newMatches) {
    return new SavedSearch(
        record.id(),
        record.name(),
        json.readValue(record.criteria(), JobSearchCriteria.class),
        record.refreshMinutes(),
        record.nextRunAt(),
        record.lastRunAt(),
        record.lastErrorType(),
        record.lastError(),
        newMatches,
        record.createdAt(),
        record.updatedAt(),
        record.version());
  }

  SavedSearchRecord load(UUID id) {
    return records
        .findByIdAndMemberId(id, member())
        .orElseThrow(() -> ProblemException.notFound("The saved search"));
  }

  private static void validate(SavedSearchChange change) {
    change.criteria().requireValid("criteria.");
    Integer minutes = change.refreshMinutes();
    if (minutes != null
        && (minutes < SavedSearchRecord.MIN_REFRESH_MINUTES
            || minutes > SavedSearchRecord.MAX_REFRESH_MINUTES)) {
      throw new ProblemException(
          ProblemType.VALIDATION,
          "A saved search refreshes at most every "
              + SavedSearchRecord.MIN_REFRESH_MINUTES
              + " minutes (and at least weekly), or only when you run it.",
          List.of(
              new ProblemException.FieldProblem(
                  "refreshMinutes",
                  "must be between "
                      + SavedSearchRecord.MIN_REFRESH_MINUTES
                      + " and "
                      + SavedSearchRecord.MAX_REFRESH_MINUTES
                      + " minutes, or empty")));
    }
  }

  private static Map<String, Object> refreshDetails(Integer minutes) {
    return minutes == null ? Map.of("refresh", "off") : Map.of("refreshMinutes", minutes);
  }

  private static UUID member() {
    return CurrentMember.require().userId().value();
  }
}
