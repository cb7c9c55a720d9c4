package com.crewbid.approvals;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.util.UUID;

/**
 * An approver decided. {@code state} is the request's state afterwards: still PENDING when more
 * approvals are needed, else APPROVED, REJECTED or CHANGES_REQUESTED.
 */
public record ApprovalDecided(
    TenantId tenantId,
    UUID subjectId,
    UUID requestId,
    int round,
    ApprovalState state,
    Decision decision,
    UserId decider,
    UserId author) {}
