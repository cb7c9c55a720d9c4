package com.crewbid.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Refuses sign-in when all of a member's agencies are suspended. Runs only after the password was
 * verified, so it reveals nothing to someone who does not know it.
 */
class SuspendedAgencyCheck implements UserDetailsChecker {

  private final AgencySelection agencies;

  SuspendedAgencyCheck(AgencySelection agencies) {
    this.agencies = agencies;
  }

  @Override
  public void check(UserDetails user) {
    if (!(user instanceof CrewbidPrincipal principal) || principal.platformAdmin()) {
      return;
    }
    var memberships = agencies.membershipsOf(principal.userId());
    if (!memberships.isEmpty() && memberships.stream().noneMatch(m -> m.tenant().isActive())) {
      throw new AgencySuspendedException();
    }
  }
}
