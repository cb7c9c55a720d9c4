package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import java.util.List;
import java.util.UUID;

/** What the browser learns about its session: who is signed in and in which agency. */
public record SessionView(
    boolean authenticated, User user, Agency agency, List<Agency> memberships) {

  public record User(UUID id, String email, String displayName, boolean platformAdmin) {}

  public record Agency(UUID tenantId, String name, String slug, AgencyRole role) {}

  static SessionView anonymous() {
    return new SessionView(false, null, null, List.of());
  }
}
