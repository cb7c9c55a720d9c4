package com.crewbid.identity.internal;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/**
 * Refuses a locked account, and a member whose agencies are all suspended. Runs only after the
 * password was verified, so it reveals nothing to someone who does not know it.
 */
class AccountStatusChecks implements UserDetailsChecker {

  private final AgencySelection agencies;

  AccountStatusChecks(AgencySelection agencies) {
    this.agencies = agencies;
  }

  @Override
  public void check(UserDetails user) {
    if (!(user instanceof CrewbidPrincipal principal)) {
      return;
    }
    if (principal.locked()) {
      throw new LockedException("This account is locked. Contact the Crewbid team.");
    }
    if (principal.platformAdmin()) {
      return;
    }
    var memberships = agencies.membershipsOf(principal.userId());
    if (!memberships.isEmpty() && memberships.stream().noneMatch(m -> m.tenant().isActive())) {
      throw new AgencySuspendedException();
    }
  }
}
