/**
 * Identity: people, their memberships and roles in agencies, sign-in and sessions, the per-agency
 * audit log.
 *
 * <p>Depends on: shared, tenancy, secrets.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "secrets"})
package com.crewbid.identity;

import org.springframework.modulith.ApplicationModule;
