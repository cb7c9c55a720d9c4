package com.crewbid.tenancy;

/** Where an agency stands: being set up, in use, or suspended by the platform. */
public enum TenantStatus {
  PROVISIONING,
  ACTIVE,
  SUSPENDED
}
