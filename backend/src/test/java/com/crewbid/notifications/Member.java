package com.crewbid.notifications;

import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.UserId;
import com.crewbid.support.ApiClient;
import com.crewbid.support.Callers;
import com.crewbid.support.TestAgencies;
import java.util.UUID;

/** A signed-in member of a test agency, with their id and how they sign in. */
record Member(ApiClient client, UserId id, Callers.Credentials credentials) {

  static Member signIn(Callers callers, int port, TestAgencies.Agency agency, AgencyRole role) {
    Callers.Credentials credentials = callers.newMember(agency, role);
    ApiClient client = callers.signIn(port, credentials);
    String id = client.get("/api/auth/session").json().path("user").path("id").asString();
    return new Member(client, UserId.of(UUID.fromString(id)), credentials);
  }

  String email() {
    return credentials.email();
  }
}
