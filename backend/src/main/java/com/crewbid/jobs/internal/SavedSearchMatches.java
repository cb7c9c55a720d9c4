package com.crewbid.jobs.internal;

import com.crewbid.tenancy.TenantJdbc;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;

/**
 * The jobs each saved search has matched ({@code saved_search_matches}, ids only). A match not seen
 * yet is a new match: what alerts count and list.
 */
@Repository
public class SavedSearchMatches {

  private final TenantJdbc tenant;

  SavedSearchMatches(TenantJdbc tenant) {
    this.tenant = tenant;
  }

  /**
   * Records the matches not recorded before and returns their ids, in the order given. A match
   * recorded as {@code seen} is not new (the first run of a search records what exists so).
   */
  public List<String> record(UUID search, List<String> upworkIds, Instant at, boolean seen) {
    return tenant.call(
        "SavedSearchMatches.record",
        sql ->
            upworkIds.stream()
                .filter(
                    id ->
                        sql.sql(
                                    "insert into saved_search_matches (saved_search_id,"
                                        + " upwork_job_id, found_at, seen_at) values (:search, :job,"
                                        + " :at, :seen) on conflict do nothing")
                                .param("search", search)
                                .param("job", id)
                                .param("at", CachedJobs.timestamp(at))
                                .param("seen", seen ? CachedJobs.timestamp(at) : null)
                                .update()
                            > 0)
                .toList());
  }

  /** New (unseen) matches per saved search, for the given searches. */
  public Map<UUID, Integer> newCounts(Collection<UUID> searches) {
    if (searches.isEmpty()) {
      return Map.of();
    }
    return tenant.call(
        "SavedSearchMatches.newCounts",
        sql ->
            sql
                .sql(
                    "select saved_search_id, count(*) as n from saved_search_matches"
                        + " where saved_search_id in (:ids) and seen_at is null"
                        + " group by saved_search_id")
                .param("ids", searches)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
  }

  /** A new match: the job and when the search found it. */
  public record Match(String upworkJobId, Instant foundAt) {}

  public List<Match> unseen(UUID search, int limit, long offset) {
    return tenant.call(
        "SavedSearchMatches.unseen",
        sql ->
            sql.sql(
                    "select upwork_job_id, found_at from saved_search_matches"
                        + " where saved_search_id = :search and seen_at is null"
                        + " order by found_at desc, upwork_job_id limit :limit offset :offset")
                .param("search", search)
                .param("limit", limit)
                .param("offset", offset)
                .query(
                    (rs, n) ->
                        new Match(
                            rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .list());
  }

  /** Marks every new match of the search as seen; returns how many were new. */
  public int markSeen(UUID search, Instant at) {
    return tenant.call(
        "SavedSearchMatches.markSeen",
        sql ->
            sql.sql(
                    "update saved_search_matches set seen_at = :at"
                        + " where saved_search_id = :search and seen_at is null")
                .param("search", search)
                .param("at", CachedJobs.timestamp(at))
                .update());
  }

  /** Forgets matches found before the cutoff (long past any posting worth an alert). */
  public int forgetFoundBefore(Instant cutoff) {
    return tenant.call(
        "SavedSearchMatches.forget",
        sql ->
            sql.sql("delete from saved_search_matches where found_at < :cutoff")
                .param("cutoff", CachedJobs.timestamp(cutoff))
                .update());
  }
}
