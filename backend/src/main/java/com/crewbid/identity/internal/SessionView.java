package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import java.util.List;
import java.util.UUID;

/**
 * What the browser learns about its session: who is signed in, in which agency, and whether a
 * second factor (or setting one up) is still owed, and whether a text message can carry it.
 */
public record SessionView(
    boolean authenticated,
    User user,
    Agency agency,
    List<Agency> memberships,
    boolean mfaPending,
    boolean mfaEnrollmentRequired,
    boolean mfaSmsAvailable) {

  public record User(
      UUID id,
      String email,
      String displayName,
      boolean platformAdmin,
      boolean emailVerified,
      boolean mfaEnabled) {}

  public record Agency(UUID tenantId, String name, String slug, AgencyRole role) {}

  static SessionView anonymous() {
    return new SessionView(false, null, null, List.of(), false, false, false);
  }
}
