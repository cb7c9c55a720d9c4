/**
 * Proposals: what an agency sends to clients. The shared template library ({@code
 * proposals.templates}: versioned Mustache bodies, default screening answers, custom variables,
 * previews, counters), and the proposals themselves ({@code proposals.internal}): drafts for a job
 * from a template and the member's profile, the approval workflow through the agency's policy,
 * sending to Upwork on a named person's click (or by hand), and outcomes synchronised from Upwork.
 * The module root is the API other modules use ({@link com.crewbid.proposals.ProposalTemplates},
 * {@link com.crewbid.proposals.TemplateRendering}, {@link com.crewbid.proposals.TemplateUsage}) and
 * announces {@link com.crewbid.proposals.ProposalTransitioned}.
 *
 * <p>Depends on: shared, tenancy, identity (members, roles, audit), jobs (the job detail a draft is
 * made for), upwork (the author's link, imported profile, and the GraphQL client), approvals (the
 * policy, requests, decisions, comments), notifications (who hears of each step).
 */
@ApplicationModule(
    allowedDependencies = {
      "shared",
      "tenancy",
      "identity",
      "jobs",
      "upwork",
      "upwork :: client",
      "approvals",
      "notifications"
    })
package com.crewbid.proposals;

import org.springframework.modulith.ApplicationModule;
