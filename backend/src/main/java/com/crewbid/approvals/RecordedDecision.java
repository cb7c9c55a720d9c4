package com.crewbid.approvals;

import com.crewbid.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** One approver's decision in one round of an approval request. */
public record RecordedDecision(
    UUID id,
    int round,
    UserId approver,
    String approverName,
    Decision decision,
    String comment,
    Instant decidedAt) {}
