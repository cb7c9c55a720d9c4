package com.crewbid.jobs.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.jspecify.annotations.Nullable;

/**
 * A member's saved search. Its criteria are JSON of {@code JobSearchCriteria}; a refresh interval
 * (opt-in, at least {@value #MIN_REFRESH_MINUTES} minutes) makes the scheduler run it when {@code
 * nextRunAt} has come.
 */
@Entity
@Table(name = "saved_searches")
public class SavedSearchRecord {

  /** Never more often: refreshes are user-directed and modest, as Upwork's terms ask. */
  public static final int MIN_REFRESH_MINUTES = 15;

  /** A week: longer intervals are better served by running the search by hand. */
  public static final int MAX_REFRESH_MINUTES = 7 * 24 * 60;

  @Id private UUID id;

  @Column(name = "member_id")
  private UUID memberId;

  private String name;

  @ColumnTransformer(write = "?::jsonb")
  private String criteria;

  @Column(name = "refresh_minutes")
  private @Nullable Integer refreshMinutes;

  @Column(name = "next_run_at")
  private @Nullable Instant nextRunAt;

  @Column(name = "last_run_at")
  private @Nullable Instant lastRunAt;

  @Column(name = "last_error_type")
  private @Nullable String lastErrorType;

  @Column(name = "last_error")
  private @Nullable String lastError;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected SavedSearchRecord() {}

  public static SavedSearchRecord create(
      UUID memberId,
      String name,
      String criteriaJson,
      @Nullable Integer refreshMinutes,
      Instant now) {
    SavedSearchRecord record = new SavedSearchRecord();
    record.id = UUID.randomUUID();
    record.memberId = memberId;
    record.createdAt = now;
    record.change(name, criteriaJson, refreshMinutes, now);
    return record;
  }

  /** Applies an edit; an interval given (or changed) counts from now. */
  public void change(
      String newName, String criteriaJson, @Nullable Integer newRefreshMinutes, Instant now) {
    if (newRefreshMinutes != null
        && (newRefreshMinutes < MIN_REFRESH_MINUTES || newRefreshMinutes > MAX_REFRESH_MINUTES)) {
      throw new IllegalArgumentException("refresh interval out of range: " + newRefreshMinutes);
    }
    boolean intervalChanged = !java.util.Objects.equals(refreshMinutes, newRefreshMinutes);
    name = newName;
    criteria = criteriaJson;
    refreshMinutes = newRefreshMinutes;
    if (newRefreshMinutes == null) {
      nextRunAt = null;
    } else if (intervalChanged || nextRunAt == null) {
      nextRunAt = now.plus(Duration.ofMinutes(newRefreshMinutes));
    }
    updatedAt = now;
  }

  /** Whether a run already happened: the first run records what exists as seen, not new. */
  public boolean ranBefore() {
    return lastRunAt != null;
  }

  public UUID id() {
    return id;
  }

  public UUID memberId() {
    return memberId;
  }

  public String name() {
    return name;
  }

  public String criteria() {
    return criteria;
  }

  public @Nullable Integer refreshMinutes() {
    return refreshMinutes;
  }

  public @Nullable Instant nextRunAt() {
    return nextRunAt;
  }

  public @Nullable Instant lastRunAt() {
    return lastRunAt;
  }

  public @Nullable String lastErrorType() {
    return lastErrorType;
  }

  public @Nullable String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
