package com.crewbid.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One notification of one member, in the agency's schema. */
@Entity
@Table(name = "notifications")
public class NotificationRecord {

  /** Where the e-mail copy of a notification stands. */
  public enum EmailStatus {
    NOT_WANTED,
    PENDING,
    SENT,
    FAILED
  }

  private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};

  @Id private UUID id;

  @Column(name = "recipient_id")
  private UUID recipientId;

  private String topic;

  @ColumnTransformer(write = "?::jsonb")
  private String params;

  private String link;

  @Column(name = "actor_id")
  private UUID actorId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "email_status")
  private EmailStatus emailStatus;

  @Column(name = "email_attempts")
  private int emailAttempts;

  @Column(name = "email_updated_at")
  private Instant emailUpdatedAt;

  protected NotificationRecord() {}

  public NotificationRecord(
      UUID recipientId,
      String topic,
      String paramsJson,
      String link,
      UUID actorId,
      Instant createdAt,
      boolean emailWanted) {
    this.id = UUID.randomUUID();
    this.recipientId = recipientId;
    this.topic = topic;
    this.params = paramsJson;
    this.link = link;
    this.actorId = actorId;
    this.createdAt = createdAt.truncatedTo(ChronoUnit.MICROS);
    this.emailStatus = emailWanted ? EmailStatus.PENDING : EmailStatus.NOT_WANTED;
  }

  /** Marks it read; a notification read before keeps its first reading time. */
  void markRead(Instant now) {
    if (readAt == null) {
      // As PostgreSQL keeps it, so the answer matches what is read back later.
      readAt = now.truncatedTo(ChronoUnit.MICROS);
    }
  }

  void emailDelivered(boolean sent, int attempts, Instant now) {
    emailStatus = sent ? EmailStatus.SENT : EmailStatus.FAILED;
    emailAttempts += attempts;
    emailUpdatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID recipientId() {
    return recipientId;
  }

  public String topic() {
    return topic;
  }

  public String link() {
    return link;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant readAt() {
    return readAt;
  }

  public EmailStatus emailStatus() {
    return emailStatus;
  }

  public int emailAttempts() {
    return emailAttempts;
  }

  public NotificationView toView(JsonMapper json) {
    return new NotificationView(id, topic, json.readValue(params, PARAMS), link, createdAt, readAt);
  }
}
