package com.crewbid.identity.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A row of a tenant's audit log; immutable here and append-only in the database. */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEventRecord extends AuditLineRecord {

  protected AuditEventRecord() {}

  public AuditEventRecord(
      Instant occurredAt,
      UUID actorUserId,
      String actorEmail,
      String action,
      String target,
      String ip,
      String userAgent,
      String outcome,
      String details) {
    this(
        UUID.randomUUID(),
        occurredAt,
        actorUserId,
        actorEmail,
        action,
        target,
        ip,
        userAgent,
        outcome,
        details);
  }

  public AuditEventRecord(
      UUID id,
      Instant occurredAt,
      UUID actorUserId,
      String actorEmail,
      String action,
      String target,
      String ip,
      String userAgent,
      String outcome,
      String details) {
    super(id, occurredAt, actorUserId, actorEmail, action, target, ip, userAgent, outcome, details);
  }
}
