package com.crewbid.identity.internal;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;

/**
 * Refuses a locked account, and a member whose agencies are all suspended. Runs only after the
 * first factor was verified (the password, or Upwork), so it reveals nothing to someone who has not
 * passed it; and again before the second factor is accepted.
 */
@Component
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
