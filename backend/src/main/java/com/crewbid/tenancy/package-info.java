/**
 * Tenancy: the catalog of agencies, one PostgreSQL schema per agency (provisioned and migrated by
 * Flyway), and the single seam through which code runs for a tenant ({@link
 * com.crewbid.tenancy.TenantScope}).
 *
 * <p>Depends on: shared.
 */
@ApplicationModule(allowedDependencies = "shared")
package com.crewbid.tenancy;

import org.springframework.modulith.ApplicationModule;
