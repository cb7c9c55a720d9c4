package com.crewbid.jobs.internal;

import com.crewbid.tenancy.TenantJdbc;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Repository;

/**
 * A member's favourites ({@code job_favorites}) and "not interested" marks ({@code job_hidden}):
 * our own records, holding Upwork's job id only, so they outlive the cached job.
 */
@Repository
public class MemberMarks {

  /** The two kinds of mark; each has its own table of the same shape. */
  public enum Kind {
    FAVORITE("job_favorites"),
    HIDDEN("job_hidden");

    private final String table;

    Kind(String table) {
      this.table = table;
    }
  }

  /** A mark: which job, and when the member set it. */
  public record Mark(String upworkJobId, Instant markedAt) {}

  private final TenantJdbc tenant;

  MemberMarks(TenantJdbc tenant) {
    this.tenant = tenant;
  }

  /** Sets the mark; returns false when it was set already. */
  public boolean mark(Kind kind, UUID member, String upworkJobId, Instant at) {
    return tenant.call(
        "MemberMarks.mark",
        sql ->
            sql.sql(
                        "insert into "
                            + kind.table
                            + " (member_id, upwork_job_id, created_at) values (:member, :job, :at)"
                            + " on conflict do nothing")
                    .param("member", member)
                    .param("job", upworkJobId)
                    .param("at", CachedJobs.timestamp(at))
                    .update()
                > 0);
  }

  /** Removes the mark; returns false when there was none. */
  public boolean unmark(Kind kind, UUID member, String upworkJobId) {
    return tenant.call(
        "MemberMarks.unmark",
        sql ->
            sql.sql(
                        "delete from "
                            + kind.table
                            + " where member_id = :member and upwork_job_id = :job")
                    .param("member", member)
                    .param("job", upworkJobId)
                    .update()
                > 0);
  }

  public List<Mark> page(Kind kind, UUID member, int limit, long offset) {
    return tenant.call(
        "MemberMarks.page",
        sql ->
            sql.sql(
                    "select upwork_job_id, created_at from "
                        + kind.table
                        + " where member_id = :member order by created_at desc, upwork_job_id"
                        + " limit :limit offset :offset")
                .param("member", member)
                .param("limit", limit)
                .param("offset", offset)
                .query(
                    (rs, n) ->
                        new Mark(
                            rs.getString("upwork_job_id"),
                            rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list());
  }

  public long count(Kind kind, UUID member) {
    return tenant.call(
        "MemberMarks.count",
        sql ->
            sql.sql("select count(*) from " + kind.table + " where member_id = :member")
                .param("member", member)
                .query(Long.class)
                .single());
  }
}
