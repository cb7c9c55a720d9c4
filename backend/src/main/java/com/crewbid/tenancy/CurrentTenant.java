package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;

/** The tenant the current work runs for, and the schema that holds its data. */
public record CurrentTenant(TenantId id, String schema) {}
