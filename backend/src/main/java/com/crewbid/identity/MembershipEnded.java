package com.crewbid.identity;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;

/**
 * A person is no longer a member of an agency: they left, were removed, or deleted their account.
 * Listeners remove what the agency kept for that member. Published when the membership is gone
 * (removal: inside its transaction, in the agency's tenant; account deletion: after its
 * transaction, outside any tenant), so listeners enter the tenant through {@code TenantScope}.
 */
public record MembershipEnded(TenantId tenant, UserId user) {}
