/**
 * Admin: the platform console's use cases: register, list, suspend and restore agencies; the
 * platform admin's bootstrap; the demo's seed data.
 *
 * <p>Depends on: shared, tenancy, identity, agency.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity", "agency"})
package com.crewbid.admin;

import org.springframework.modulith.ApplicationModule;
