package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;

/** A platform admin suspended the agency: its members can no longer sign in or act. */
public record TenantSuspended(TenantId tenantId) {}
