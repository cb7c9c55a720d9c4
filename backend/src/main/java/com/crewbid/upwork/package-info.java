/**
 * Upwork: everything Crewbid knows about talking to Upwork. For now only its sandbox, a simulator
 * of Upwork's OAuth 2.0 and GraphQL endpoints for tests, local development and the demo.
 *
 * <p>Depends on: shared.
 */
@ApplicationModule(allowedDependencies = {"shared"})
package com.crewbid.upwork;

import org.springframework.modulith.ApplicationModule;
