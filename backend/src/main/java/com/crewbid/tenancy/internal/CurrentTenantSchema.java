package com.crewbid.tenancy.internal;

import com.crewbid.tenancy.CurrentTenant;
import com.crewbid.tenancy.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * Tells Hibernate which schema a new session works in: the current tenant's, or {@code platform}
 * when there is none (only catalog entities, which name their schema, are usable there; tenant
 * repositories refuse to run without a tenant, see {@link TenantRepositoryGuard}).
 */
class CurrentTenantSchema implements CurrentTenantIdentifierResolver<String> {

  @Override
  public String resolveCurrentTenantIdentifier() {
    return TenantContext.current()
        .map(CurrentTenant::schema)
        .orElse(SchemaPerTenantConnections.PLATFORM_SCHEMA);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return true;
  }

  @Override
  public boolean isRoot(String tenantIdentifier) {
    return SchemaPerTenantConnections.PLATFORM_SCHEMA.equals(tenantIdentifier);
  }
}
