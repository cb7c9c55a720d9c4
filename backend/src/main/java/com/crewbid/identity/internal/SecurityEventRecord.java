package com.crewbid.identity.internal;

import com.crewbid.identity.AuditOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A line of the platform's security log; immutable here and append-only in the database. */
@Entity
@Immutable
@Table(name = "security_events", schema = "platform")
class SecurityEventRecord extends AuditLineRecord {

  /** Whom the event is about, when that is a person (may differ from the actor). */
  @Column(name = "subject_user_id")
  private UUID subjectUserId;

  protected SecurityEventRecord() {}

  SecurityEventRecord(
      Instant occurredAt,
      UUID actorUserId,
      String actorEmail,
      UUID subjectUserId,
      String action,
      String target,
      String ip,
      String userAgent,
      AuditOutcome outcome,
      String details) {
    super(
        UUID.randomUUID(),
        occurredAt,
        actorUserId,
        actorEmail,
        action,
        target,
        ip,
        userAgent,
        outcome.name(),
        details);
    this.subjectUserId = subjectUserId;
  }
}
