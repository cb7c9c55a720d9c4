package com.crewbid.identity;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;

/**
 * A person's session began working in an agency: at sign-in (the agency the session starts in), on
 * switching agencies, after founding one or accepting an invitation while signed in. Published
 * outside any transaction, on the request's thread, so listeners may enter the agency's tenant.
 */
public record AgencyEntered(TenantId tenant, UserId user) {}
