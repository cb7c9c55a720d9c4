package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;

/** A new agency's schema exists and is at the current version. */
public record TenantProvisioned(TenantId tenantId, String slug) {}
