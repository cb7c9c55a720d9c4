package com.crewbid.identity.internal;

import com.crewbid.identity.AuditEntry;
import com.crewbid.identity.AuditOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A line of the platform's security log; immutable here and append-only in the database. */
@Entity
@Immutable
@Table(name = "security_events", schema = "platform")
class SecurityEventRecord {

  @Id private UUID id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "actor_user_id")
  private UUID actorUserId;

  @Column(name = "actor_email")
  private String actorEmail;

  /** Whom the event is about, when that is a person (may differ from the actor). */
  @Column(name = "subject_user_id")
  private UUID subjectUserId;

  private String action;
  private String target;
  private String ip;

  @Column(name = "user_agent")
  private String userAgent;

  private String outcome;

  @ColumnTransformer(write = "?::jsonb")
  private String details;

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
    this.id = UUID.randomUUID();
    this.occurredAt = occurredAt;
    this.actorUserId = actorUserId;
    this.actorEmail = actorEmail;
    this.subjectUserId = subjectUserId;
    this.action = action;
    this.target = target;
    this.ip = ip;
    this.userAgent = userAgent;
    this.outcome = outcome.name();
    this.details = details;
  }

  AuditEntry toEntry(JsonMapper json) {
    Map<String, Object> parsed =
        details == null
            ? null
            : json.readValue(details, new TypeReference<Map<String, Object>>() {});
    return new AuditEntry(
        id,
        occurredAt,
        actorUserId,
        actorEmail,
        action,
        target,
        ip,
        userAgent,
        AuditOutcome.valueOf(outcome),
        parsed);
  }
}
