package com.crewbid.identity.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person on the platform. */
@Entity
@Table(name = "users", schema = "platform")
public class UserRecord {

  @Id private UUID id;
  private String email;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "platform_role")
  private String platformRole;

  private String status;

  @Column(name = "last_tenant_id")
  private UUID lastTenantId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "email_verified_at")
  private Instant emailVerifiedAt;

  @Column(name = "locked_at")
  private Instant lockedAt;

  @Version private long version;

  protected UserRecord() {}

  public static UserRecord member(String email, String displayName, String passwordHash) {
    UserRecord user = new UserRecord();
    user.id = UUID.randomUUID();
    user.email = email.trim();
    user.displayName = displayName.trim();
    user.passwordHash = passwordHash;
    user.status = "ACTIVE";
    user.createdAt = Instant.now();
    return user;
  }

  public static UserRecord platformAdmin(String email, String displayName, String passwordHash) {
    UserRecord user = member(email, displayName, passwordHash);
    user.platformRole = "ADMIN";
    return user;
  }

  public void verifyEmail() {
    if (emailVerifiedAt == null) {
      emailVerifiedAt = Instant.now();
    }
  }

  public void lock() {
    status = "LOCKED";
    lockedAt = Instant.now();
  }

  public void unlock() {
    status = "ACTIVE";
    lockedAt = null;
  }

  public void changePassword(String newHash) {
    passwordHash = newHash;
  }

  public void makePlatformAdmin() {
    platformRole = "ADMIN";
  }

  public void rememberAgency(TenantId tenant) {
    lastTenantId = tenant.value();
  }

  public UserId id() {
    return UserId.of(id);
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  String passwordHash() {
    return passwordHash;
  }

  public boolean emailVerified() {
    return emailVerifiedAt != null;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isPlatformAdmin() {
    return "ADMIN".equals(platformRole);
  }

  public boolean isLocked() {
    return "LOCKED".equals(status);
  }

  UUID lastTenantId() {
    return lastTenantId;
  }
}
