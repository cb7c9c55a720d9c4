package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An invitation to join an agency, answered once through a link sent by e-mail. */
@Entity
@Table(name = "invitations", schema = "platform")
public class InvitationRecord {

  /** Where an invitation stands. */
  public enum Status {
    PENDING,
    ACCEPTED,
    EXPIRED,
    REVOKED
  }

  @Id private UUID id;

  @Column(name = "tenant_id")
  private UUID tenantId;

  private String email;

  @Enumerated(EnumType.STRING)
  private AgencyRole role;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "invited_by")
  private UUID invitedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_by")
  private UUID acceptedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected InvitationRecord() {}

  static InvitationRecord create(
      TenantId tenant,
      String email,
      AgencyRole role,
      UserId invitedBy,
      String tokenHash,
      Instant now,
      Instant expiresAt) {
    InvitationRecord invitation = new InvitationRecord();
    invitation.id = UUID.randomUUID();
    invitation.tenantId = tenant.value();
    invitation.email = email;
    invitation.role = role;
    invitation.invitedBy = invitedBy == null ? null : invitedBy.value();
    invitation.tokenHash = tokenHash;
    invitation.createdAt = now;
    invitation.expiresAt = expiresAt;
    return invitation;
  }

  public Status status(Instant now) {
    if (acceptedAt != null) {
      return Status.ACCEPTED;
    }
    if (revokedAt != null) {
      return Status.REVOKED;
    }
    return now.isAfter(expiresAt) ? Status.EXPIRED : Status.PENDING;
  }

  void accept(UserId by, Instant now) {
    if (status(now) != Status.PENDING) {
      throw new IllegalStateException("Invitation " + id + " is " + status(now));
    }
    acceptedAt = now;
    acceptedBy = by.value();
  }

  void revoke(Instant now) {
    if (acceptedAt == null && revokedAt == null) {
      revokedAt = now;
    }
  }

  public UUID id() {
    return id;
  }

  public TenantId tenantId() {
    return TenantId.of(tenantId);
  }

  public String email() {
    return email;
  }

  public AgencyRole role() {
    return role;
  }

  public UUID invitedBy() {
    return invitedBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
