package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;

/** A platform admin lifted an agency's suspension. */
public record TenantRestored(TenantId tenantId) {}
