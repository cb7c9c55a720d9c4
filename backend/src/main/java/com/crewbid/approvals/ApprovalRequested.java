package com.crewbid.approvals;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.util.UUID;

/**
 * A subject waits for approval: first submitted, resubmitted, or sent back by an edit after
 * approval. Not published when no rule applied (the subject is approved at once).
 */
public record ApprovalRequested(
    TenantId tenantId,
    UUID subjectId,
    UUID requestId,
    int round,
    UserId author,
    String ruleName,
    int approvalsNeeded) {}
