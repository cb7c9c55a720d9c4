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

/** A person's role in one agency. */
@Entity
@Table(name = "memberships", schema = "platform")
public class MembershipRecord {

  @Id private UUID id;

  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "tenant_id")
  private UUID tenantId;

  @Enumerated(EnumType.STRING)
  private AgencyRole role;

  @Column(name = "created_at")
  private Instant createdAt;

  protected MembershipRecord() {}

  public static MembershipRecord of(UserId user, TenantId tenant, AgencyRole role) {
    MembershipRecord membership = new MembershipRecord();
    membership.id = UUID.randomUUID();
    membership.userId = user.value();
    membership.tenantId = tenant.value();
    membership.role = role;
    membership.createdAt = Instant.now();
    return membership;
  }

  public UserId userId() {
    return UserId.of(userId);
  }

  public TenantId tenantId() {
    return TenantId.of(tenantId);
  }

  public AgencyRole role() {
    return role;
  }

  public Instant createdAt() {
    return createdAt;
  }

  void changeRole(AgencyRole newRole) {
    role = newRole;
  }
}
