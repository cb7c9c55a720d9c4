package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;

/** Knows which schema holds each tenant's data. */
public interface TenantDirectory {

  /** The schema of a provisioned tenant; throws {@link UnknownTenantException} otherwise. */
  String schemaOf(TenantId tenant);
}
