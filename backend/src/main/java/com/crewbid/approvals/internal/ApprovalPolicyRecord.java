package com.crewbid.approvals.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** The agency's one approval policy row; its rules are a JSON array of rule drafts. */
@Entity
@Table(name = "approval_policy")
public class ApprovalPolicyRecord {

  @Id private UUID id;

  @ColumnTransformer(write = "?::jsonb")
  private String rules;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private UUID updatedBy;

  @Version private long version;

  protected ApprovalPolicyRecord() {}

  public void replaceRules(String rulesJson, UUID by, Instant at) {
    this.rules = rulesJson;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public String rules() {
    return rules;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
