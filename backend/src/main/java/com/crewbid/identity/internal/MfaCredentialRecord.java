package com.crewbid.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person's TOTP secret (sealed with Tink) and backup-code hashes. */
@Entity
@Table(name = "mfa_credentials", schema = "platform")
public class MfaCredentialRecord {

  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Column(name = "totp_secret_sealed")
  private String totpSecretSealed;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "last_used_step")
  private long lastUsedStep;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "backup_code_hashes")
  private List<String> backupCodeHashes = new ArrayList<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected MfaCredentialRecord() {}

  static MfaCredentialRecord pending(UUID userId, String sealedSecret) {
    MfaCredentialRecord record = new MfaCredentialRecord();
    record.userId = userId;
    record.totpSecretSealed = sealedSecret;
    record.createdAt = Instant.now();
    return record;
  }

  boolean enabled() {
    return confirmedAt != null;
  }

  void restart(String sealedSecret) {
    totpSecretSealed = sealedSecret;
    confirmedAt = null;
    lastUsedStep = 0;
    backupCodeHashes = new ArrayList<>();
  }

  void confirm(long step, List<String> backupHashes) {
    confirmedAt = Instant.now();
    lastUsedStep = step;
    backupCodeHashes = new ArrayList<>(backupHashes);
  }

  void usedStep(long step) {
    lastUsedStep = step;
  }

  void replaceBackupCodes(List<String> hashes) {
    backupCodeHashes = new ArrayList<>(hashes);
  }

  void useBackupCode(int index) {
    List<String> remaining = new ArrayList<>(backupCodeHashes);
    remaining.remove(index);
    backupCodeHashes = remaining;
  }

  String sealedSecret() {
    return totpSecretSealed;
  }

  void reseal(String sealed) {
    totpSecretSealed = sealed;
  }

  long lastUsedStep() {
    return lastUsedStep;
  }

  List<String> backupCodeHashes() {
    return List.copyOf(backupCodeHashes);
  }

  Instant confirmedAt() {
    return confirmedAt;
  }

  UUID userId() {
    return userId;
  }
}
