package com.crewbid.approvals;

import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.util.UUID;

/** Someone commented on a subject's thread (decisions with a comment are announced as decided). */
public record ApprovalCommented(TenantId tenantId, UUID subjectId, UUID commentId, UserId author) {}
