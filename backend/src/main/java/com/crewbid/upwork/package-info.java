/**
 * Upwork: everything Crewbid knows about talking to Upwork: the members' OAuth tokens (sealed at
 * rest, refreshed with rotation) and the sandbox, a simulator of Upwork's OAuth 2.0 and GraphQL
 * endpoints for tests, local development and the demo; and the client of Upwork's GraphQL API
 * ({@code client}), whose limits are shared per tenant.
 *
 * <p>Depends on: shared, secrets, tenancy (the client reads the current tenant to share the daily
 * budget fairly).
 */
@ApplicationModule(allowedDependencies = {"shared", "secrets", "tenancy"})
package com.crewbid.upwork;

import org.springframework.modulith.ApplicationModule;
