/**
 * Jobs: Upwork postings fetched for a member at their request, cached in the agency's schema for at
 * most 24 hours and searched there with PostgreSQL full-text search; saved searches with an opt-in
 * refresh and alerts of new matches; favourites and "not interested" marks, which outlive the cache
 * and keep only Upwork's job id.
 *
 * <p>Depends on: shared, tenancy, identity (the current member, role checks), upwork (the member's
 * linked account and the GraphQL client), notifications (new matches of a saved search).
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "tenancy",
      "identity",
      "notifications",
      "upwork",
      "upwork :: client"
    })
package com.crewbid.jobs;

import org.springframework.modulith.ApplicationModule;
