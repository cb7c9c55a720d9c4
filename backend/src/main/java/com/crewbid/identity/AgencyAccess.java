package com.crewbid.identity;

import org.springframework.stereotype.Component;

/**
 * Role checks for method security, next to the use case:
 * {@code @PreAuthorize("@agencyAccess.atLeast('MANAGER')")}.
 */
@Component("agencyAccess")
public class AgencyAccess {

  public boolean atLeast(String role) {
    AgencyRole required = AgencyRole.valueOf(role);
    return CurrentMember.find().map(m -> m.can(required)).orElse(false);
  }
}
