package com.crewbid.identity.internal;

import com.crewbid.identity.AuditEntry;
import com.crewbid.identity.AuditOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every audit line holds, in an agency's log and in the platform's: who, what, when, where.
 */
@MappedSuperclass
public abstract class AuditLineRecord {

  @Id private UUID id;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  @Column(name = "actor_user_id")
  private UUID actorUserId;

  @Column(name = "actor_email")
  private String actorEmail;

  private String action;
  private String target;
  private String ip;

  @Column(name = "user_agent")
  private String userAgent;

  private String outcome;

  @ColumnTransformer(write = "?::jsonb")
  private String details;

  protected AuditLineRecord() {}

  AuditLineRecord(
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
    this.id = id;
    this.occurredAt = occurredAt;
    this.actorUserId = actorUserId;
    this.actorEmail = actorEmail;
    this.action = action;
    this.target = target;
    this.ip = ip;
    this.userAgent = userAgent;
    this.outcome = outcome;
    this.details = details;
  }

  public UUID id() {
    return id;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public AuditEntry toEntry(JsonMapper json) {
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
