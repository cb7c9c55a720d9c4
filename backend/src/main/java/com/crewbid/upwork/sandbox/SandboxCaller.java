package com.crewbid.upwork.sandbox;

import java.util.List;

/**
 * Who a GraphQL request acts as: the user of the access token, in the organization named by {@code
 * X-Upwork-API-TenantId} or else the user's personal one, through an API key with these optional
 * permissions.
 */
record SandboxCaller(
    SandboxSeed.User user, SandboxSeed.Organization organization, List<String> permissions) {

  boolean may(String permission) {
    return permissions.contains(permission);
  }
}
