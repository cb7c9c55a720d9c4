package com.crewbid.identity;

/** A member's role in one agency; each role can do everything the roles below it can. */
public enum AgencyRole {
  VIEWER,
  FREELANCER,
  MANAGER,
  OWNER;

  public boolean atLeast(AgencyRole required) {
    return compareTo(required) >= 0;
  }
}
