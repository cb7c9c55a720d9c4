/**
 * Agency: the agency's own profile (name, time zone, currency, website, logo) kept in its schema.
 *
 * <p>Depends on: shared, tenancy, identity.
 */
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity"})
package com.crewbid.agency;

import org.springframework.modulith.ApplicationModule;
