/**
 * Upwork: everything Crewbid knows about talking to Upwork: the members' links to their Upwork
 * accounts in each agency ({@link com.crewbid.upwork.UpworkAccounts}, {@link
 * com.crewbid.upwork.UpworkCaller}), their OAuth tokens (sealed at rest, bound to tenant and
 * member, refreshed with rotation), the client of Upwork's GraphQL API ({@code client}), whose
 * limits are shared per tenant, and the sandbox, a simulator of Upwork's OAuth 2.0 and GraphQL
 * endpoints for tests, local development and the demo.
 *
 * <p>Depends on: shared, secrets, tenancy (links live in the agency's schema; the client shares the
 * daily budget per tenant), identity (members, roles, audit, the sign-in whose tokens become a
 * link), notifications (a member whose link broke is told in the app and by e-mail).
 */
@ApplicationModule(
    allowedDependencies = {"shared", "secrets", "tenancy", "identity", "notifications"})
package com.crewbid.upwork;

import org.springframework.modulith.ApplicationModule;
