package com.crewbid.upwork.internal;

import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantJdbc;
import com.crewbid.upwork.UpworkProfile;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores and reads the members' imported Upwork profiles in the current agency. A profile is Upwork
 * content: it is shown for at most {@link #MAX_AGE} after its import (as the job cache),
 * re-imported while in use ({@link ProfileSync#refreshIfStale}), purged after that ({@link
 * UpworkProfilePurge}) and deleted when the member unlinks.
 */
@Service
public class Profiles {

  /** Upwork's terms allow caching its data for 24 hours. */
  public static final Duration MAX_AGE = Duration.ofHours(24);

  /** A profile older than this is imported again when it is used. */
  static final Duration REFRESH_AFTER = Duration.ofHours(20);

  private final UpworkProfileRecords profiles;
  private final TenantJdbc tenant;
  private final Clock clock;

  Profiles(UpworkProfileRecords profiles, TenantJdbc tenant, Clock clock) {
    this.profiles = profiles;
    this.tenant = tenant;
    this.clock = clock;
  }

  /** The member's profile if it was imported within the maximum age; else empty. */
  @Transactional(readOnly = true)
  public Optional<UpworkProfile> of(UserId member) {
    Instant fresh = clock.instant().minus(MAX_AGE);
    return profiles
        .findById(member.value())
        .map(UpworkProfileRecord::view)
        .filter(profile -> profile.syncedAt().isAfter(fresh));
  }

  /** Replaces the member's profile with a fresh import, all of it or nothing. */
  @Transactional
  public void store(UpworkProfile imported) {
    UpworkProfileRecord profile =
        profiles
            .findById(imported.member().value())
            .orElseGet(() -> UpworkProfileRecord.of(imported.member()));
    profile.replaceWith(imported);
    profiles.saveAndFlush(profile);
  }

  /** Deletes the member's profile (skills, portfolio and work history go with it). */
  @Transactional
  public void forget(UserId member) {
    tenant.call(
        "Profiles.forget",
        sql ->
            sql.sql("delete from upwork_profiles where member_id = :member")
                .param("member", member.value())
                .update());
  }

  /** Deletes every profile imported at or before {@code cutoff}; returns how many. */
  @Transactional
  public int purgeSyncedBefore(Instant cutoff) {
    return tenant.call(
        "Profiles.purge",
        sql ->
            sql.sql("delete from upwork_profiles where synced_at <= :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update());
  }
}
