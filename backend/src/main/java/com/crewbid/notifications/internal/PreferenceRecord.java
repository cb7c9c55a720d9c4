package com.crewbid.notifications.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A member's choice of channels for one topic; topics without one use the topic's defaults. */
@Entity
@Table(name = "notification_preferences")
public class PreferenceRecord {

  @Id private UUID id;

  @Column(name = "user_id")
  private UUID userId;

  private String topic;

  @Column(name = "in_app")
  private boolean inApp;

  private boolean email;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected PreferenceRecord() {}

  PreferenceRecord(UUID userId, String topic) {
    this.id = UUID.randomUUID();
    this.userId = userId;
    this.topic = topic;
  }

  void choose(boolean inApp, boolean email, Instant now) {
    this.inApp = inApp;
    this.email = email;
    this.updatedAt = now;
  }

  public UUID userId() {
    return userId;
  }

  public String topic() {
    return topic;
  }

  public boolean inApp() {
    return inApp;
  }

  public boolean email() {
    return email;
  }
}
