package com.crewbid.tenancy.internal;

import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantStatus;
import com.crewbid.tenancy.TenantSummary;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A row of the tenant catalog. */
@Entity
@Table(name = "tenants", schema = "platform")
public class TenantRecord {

  @Id private UUID id;
  private String slug;
  private String name;

  @Enumerated(EnumType.STRING)
  private TenantStatus status;

  @Column(name = "schema_name")
  private String schemaName;

  @Column(name = "schema_version")
  private String schemaVersion;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected TenantRecord() {}

  public static TenantRecord provisioning(TenantId id, String slug, String name) {
    TenantRecord tenant = new TenantRecord();
    tenant.id = id.value();
    tenant.slug = slug;
    tenant.name = name;
    tenant.status = TenantStatus.PROVISIONING;
    tenant.schemaName = schemaNameFor(id);
    tenant.createdAt = Instant.now();
    tenant.updatedAt = tenant.createdAt;
    return tenant;
  }

  /** Schema names derive from the id, which never changes (a slug may). */
  static String schemaNameFor(TenantId id) {
    return "tenant_" + id.value().toString().replace("-", "");
  }

  public void activate(String migratedVersion) {
    if (status != TenantStatus.PROVISIONING) {
      throw new IllegalStateException("Tenant " + id + " is " + status + ", not provisioning");
    }
    status = TenantStatus.ACTIVE;
    schemaVersion = migratedVersion;
    touch();
  }

  public void suspend() {
    if (status == TenantStatus.PROVISIONING) {
      throw new IllegalStateException("Tenant " + id + " is still being provisioned");
    }
    status = TenantStatus.SUSPENDED;
    touch();
  }

  public void restore() {
    if (status == TenantStatus.PROVISIONING) {
      throw new IllegalStateException("Tenant " + id + " is still being provisioned");
    }
    status = TenantStatus.ACTIVE;
    touch();
  }

  public void rename(String newName) {
    name = newName;
    touch();
  }

  private void touch() {
    updatedAt = Instant.now();
  }

  public String schemaName() {
    return schemaName;
  }

  public TenantSummary toSummary() {
    return new TenantSummary(
        TenantId.of(id), slug, name, status, schemaName, schemaVersion, createdAt);
  }
}
