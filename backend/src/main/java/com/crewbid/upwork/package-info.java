/**
 * Upwork: everything Crewbid knows about talking to Upwork: the members' OAuth tokens (sealed at
 * rest, refreshed with rotation) and the sandbox, a simulator of Upwork's OAuth 2.0 and GraphQL
 * endpoints for tests, local development and the demo.
 *
 * <p>Depends on: shared, secrets.
 */
@ApplicationModule(allowedDependencies = {"shared", "secrets"})
package com.crewbid.upwork;

import org.springframework.modulith.ApplicationModule;
