package com.crewbid.approvals;

import com.crewbid.shared.TenantId;
import java.util.UUID;

/** A subject's approval request was withdrawn; it left the approvers' queues. */
public record ApprovalWithdrawn(TenantId tenantId, UUID subjectId, UUID requestId, int round) {}
