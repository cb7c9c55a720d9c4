package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;
import java.time.Instant;

/** An agency as the catalog knows it. */
public record TenantSummary(
    TenantId id,
    String slug,
    String name,
    TenantStatus status,
    String schemaName,
    String schemaVersion,
    Instant createdAt) {

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }
}
