/**
 * Proposals: what an agency sends to clients. For now the shared template library ({@code
 * proposals.templates}): templates with versioned Mustache bodies, default screening answers,
 * agency-wide custom variables, rendering for drafts and previews, and per-template counters. The
 * module root is the API the drafting and workflow steps use ({@link
 * com.crewbid.proposals.ProposalTemplates}, {@link com.crewbid.proposals.TemplateRendering}, {@link
 * com.crewbid.proposals.TemplateUsage}); drafts, approvals and sending grow beside it.
 *
 * <p>Depends on: shared, tenancy, identity (later also upwork, jobs, approvals, ai, billing).
 */
@ApplicationModule(allowedDependencies = {"shared", "tenancy", "identity"})
package com.crewbid.proposals;

import org.springframework.modulith.ApplicationModule;
