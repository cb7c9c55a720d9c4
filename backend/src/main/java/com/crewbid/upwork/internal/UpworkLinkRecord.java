package com.crewbid.upwork.internal;

import com.crewbid.shared.UserId;
import com.crewbid.upwork.UpworkLink;
import com.crewbid.upwork.UpworkLinkStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member's link to an Upwork account, in the agency's schema. Its tokens live in the vault. */
@Entity
@Table(name = "upwork_links")
public class UpworkLinkRecord {

  /** Longest error text kept (the column's size). */
  static final int MAX_ERROR = 500;

  @Id
  @Column(name = "member_id")
  private UUID memberId;

  @Column(name = "upwork_user_id")
  private String upworkUserId;

  @Column(name = "upwork_user_name")
  private String upworkUserName;

  @Column(name = "upwork_profile_key")
  private String upworkProfileKey;

  @Column(name = "organization_id")
  private String organizationId;

  @Column(name = "organization_name")
  private String organizationName;

  @Column(name = "organization_type")
  private String organizationType;

  @Enumerated(EnumType.STRING)
  private UpworkLinkStatus status;

  @Column(name = "linked_at")
  private Instant linkedAt;

  @Column(name = "last_sync_at")
  private Instant lastSyncAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "last_error_at")
  private Instant lastErrorAt;

  @Column(name = "relink_requested_at")
  private Instant relinkRequestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "sync_status")
  private UpworkLink.ProfileSync.State syncStatus;

  @Column(name = "sync_started_at")
  private Instant syncStartedAt;

  @Column(name = "sync_progress")
  private short syncProgress;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected UpworkLinkRecord() {}

  static UpworkLinkRecord of(UserId member, String upworkUserId) {
    UpworkLinkRecord link = new UpworkLinkRecord();
    link.memberId = member.value();
    link.upworkUserId = upworkUserId;
    link.status = UpworkLinkStatus.UNLINKED;
    link.syncStatus = UpworkLink.ProfileSync.State.NEVER;
    return link;
  }

  /**
   * Links (again) to the Upwork account. Another account than before forgets the organization and
   * the profile key chosen for the old one.
   */
  void linked(
      String upworkUserId, @Nullable String name, @Nullable String profileKey, Instant now) {
    if (!Objects.equals(this.upworkUserId, upworkUserId)) {
      organizationId = null;
      organizationName = null;
      organizationType = null;
      upworkProfileKey = null;
      upworkUserName = null;
    }
    this.upworkUserId = upworkUserId;
    if (name != null && !name.isBlank()) {
      upworkUserName = name;
    }
    if (profileKey != null && !profileKey.isBlank()) {
      upworkProfileKey = profileKey;
    }
    status = UpworkLinkStatus.LINKED;
    linkedAt = now;
    lastError = null;
    lastErrorAt = null;
    relinkRequestedAt = null;
    touch(now);
  }

  /**
   * Upwork no longer accepts the link's authorization.
   *
   * @return true when the link was usable until now (so people are told once)
   */
  boolean broke(String reason, Instant now) {
    boolean wasLinked = status == UpworkLinkStatus.LINKED;
    if (status != UpworkLinkStatus.UNLINKED) {
      status = UpworkLinkStatus.NEEDS_RELINK;
    }
    failed(reason, now);
    return wasLinked;
  }

  void unlinked(Instant now) {
    status = UpworkLinkStatus.UNLINKED;
    relinkRequestedAt = null;
    touch(now);
  }

  void failed(String reason, Instant now) {
    lastError = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
    lastErrorAt = now;
    touch(now);
  }

  void identified(@Nullable String name, @Nullable String profileKey, Instant now) {
    if (name != null && !name.isBlank()) {
      upworkUserName = name;
    }
    if (profileKey != null && !profileKey.isBlank()) {
      upworkProfileKey = profileKey;
    }
    touch(now);
  }

  void organizationChosen(UpworkLink.@Nullable Organization organization, Instant now) {
    organizationId = organization == null ? null : organization.id();
    organizationName = organization == null ? null : organization.name();
    organizationType = organization == null ? null : organization.type();
    touch(now);
  }

  void relinkRequested(Instant now) {
    relinkRequestedAt = now;
    touch(now);
  }

  void syncStarted(Instant now) {
    syncStatus = UpworkLink.ProfileSync.State.RUNNING;
    syncStartedAt = now;
    syncProgress = 0;
    touch(now);
  }

  void syncProgressed(int percent, Instant now) {
    syncProgress = (short) Math.max(0, Math.min(100, percent));
    touch(now);
  }

  void syncSucceeded(Instant now) {
    syncStatus = UpworkLink.ProfileSync.State.SUCCEEDED;
    syncProgress = 100;
    lastSyncAt = now;
    lastError = null;
    lastErrorAt = null;
    touch(now);
  }

  void syncFailed(String reason, Instant now) {
    syncStatus = UpworkLink.ProfileSync.State.FAILED;
    failed(reason, now);
  }

  private void touch(Instant now) {
    updatedAt = now;
  }

  public UserId member() {
    return UserId.of(memberId);
  }

  public UpworkLinkStatus status() {
    return status;
  }

  public String upworkUserId() {
    return upworkUserId;
  }

  @Nullable
  public String upworkProfileKey() {
    return upworkProfileKey;
  }

  @Nullable
  public String organizationId() {
    return organizationId;
  }

  /** Whether a sync runs that started after {@code notBefore}. */
  boolean syncRunningSince(Instant notBefore) {
    return syncStatus == UpworkLink.ProfileSync.State.RUNNING
        && syncStartedAt != null
        && syncStartedAt.isAfter(notBefore);
  }

  public long version() {
    return version;
  }

  public UpworkLink view() {
    return new UpworkLink(
        member(),
        status,
        upworkUserId,
        upworkUserName,
        organizationId == null
            ? null
            : new UpworkLink.Organization(organizationId, organizationName, organizationType),
        linkedAt,
        lastSyncAt,
        lastError,
        lastErrorAt,
        relinkRequestedAt,
        new UpworkLink.ProfileSync(syncStatus, syncStartedAt, syncProgress),
        version);
  }
}
