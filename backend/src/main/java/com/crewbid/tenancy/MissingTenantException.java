package com.crewbid.tenancy;

/** Tenant-scoped data was touched outside {@link TenantScope}: a bug, never a user error. */
public class MissingTenantException extends IllegalStateException {

  public MissingTenantException(String what) {
    super(
        what + " needs a tenant, but none is set. Run it inside TenantScope.runAs(tenantId, ...).");
  }
}
