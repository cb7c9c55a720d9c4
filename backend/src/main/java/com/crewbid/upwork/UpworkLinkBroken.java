package com.crewbid.upwork;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;

/**
 * Upwork stopped accepting a member's link (for example {@code invalid_grant} when refreshing): the
 * link now needs a re-link. Published once per breakage, after the link was marked, on the thread
 * of the call that found out.
 *
 * @param reason why, in words safe to show (never a token)
 */
public record UpworkLinkBroken(TenantId tenant, UserId member, String reason) {}
