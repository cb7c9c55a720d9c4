package com.crewbid.proposals;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A proposal moved from one state to another (analytics and reports listen).
 *
 * @param from null when the proposal was created
 * @param actor who did it; null for the outcome sync
 * @param source PERSON, APPROVAL, SYNC or SYSTEM
 * @param templateVersionId the template version it was made from; null without one
 */
public record ProposalTransitioned(
    TenantId tenantId,
    UUID proposalId,
    UserId author,
    String upworkJobId,
    @Nullable ProposalState from,
    ProposalState to,
    String source,
    @Nullable UserId actor,
    @Nullable UUID templateVersionId,
    Instant at) {}
