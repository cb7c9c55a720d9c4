package com.crewbid.upwork.sandbox;

/**
 * Who a GraphQL request acts as: the user of the access token, in the organization named by {@code
 * X-Upwork-API-TenantId} or else the user's personal one.
 */
record SandboxCaller(SandboxSeed.User user, SandboxSeed.Organization organization) {}
