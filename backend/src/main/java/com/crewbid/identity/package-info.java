/**
 * Identity: people, their memberships and roles in agencies, sign-in and sessions, the per-agency
 * audit log.
 *
 * <p>Depends on: shared, tenancy, secrets; and embedded's SMS simulator ({@code embedded :: sms}),
 * which only the demo and the tests switch on.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "secrets", "embedded :: sms"})
package com.crewbid.identity;

import org.springframework.modulith.ApplicationModule;
