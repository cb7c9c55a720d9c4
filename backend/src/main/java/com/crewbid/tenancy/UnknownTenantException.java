package com.crewbid.tenancy;

import com.crewbid.shared.TenantId;

/** The tenant is not in the catalog (or was never provisioned). */
public class UnknownTenantException extends RuntimeException {

  public UnknownTenantException(TenantId tenant) {
    super("Unknown tenant " + tenant);
  }
}
