package com.crewbid.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person's phone for SMS codes (sealed with Tink); in use once verified. */
@Entity
@Table(name = "mfa_sms_phones", schema = "platform")
public class SmsPhoneRecord {

  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "phone_sealed")
  private String phoneSealed;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected SmsPhoneRecord() {}

  static SmsPhoneRecord pending(UUID userId, String sealedPhone) {
    SmsPhoneRecord record = new SmsPhoneRecord();
    record.userId = userId;
    record.phoneSealed = sealedPhone;
    record.createdAt = Instant.now();
    return record;
  }

  boolean verified() {
    return verifiedAt != null;
  }

  void restart(String sealedPhone) {
    phoneSealed = sealedPhone;
    verifiedAt = null;
  }

  void verify() {
    verifiedAt = Instant.now();
  }

  String sealedPhone() {
    return phoneSealed;
  }

  void reseal(String sealed) {
    phoneSealed = sealed;
  }

  UUID userId() {
    return userId;
  }
}
