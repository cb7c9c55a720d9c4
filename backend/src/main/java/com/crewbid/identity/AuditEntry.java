package com.crewbid.identity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One line of an agency's audit log. */
public record AuditEntry(
    UUID id,
    Instant occurredAt,
    UUID actorUserId,
    String actorEmail,
    String action,
    String target,
    String ip,
    String userAgent,
    AuditOutcome outcome,
    Map<String, Object> details) {}
