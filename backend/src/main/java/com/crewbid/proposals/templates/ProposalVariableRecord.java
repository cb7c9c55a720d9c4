package com.crewbid.proposals.templates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An agency-wide custom variable: {@code {{key}}} in a template renders as its value. */
@Entity
@Table(name = "proposal_variables")
public class ProposalVariableRecord {

  @Id private String key;
  private String value;
  private String description;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private UUID updatedBy;

  @Version private long version;

  protected ProposalVariableRecord() {}

  static ProposalVariableRecord create(
      String key, String value, String description, UUID by, Instant now) {
    ProposalVariableRecord variable = new ProposalVariableRecord();
    variable.key = key;
    variable.value = value;
    variable.description = description;
    variable.createdAt = now;
    variable.updatedAt = now;
    variable.updatedBy = by;
    return variable;
  }

  void change(String value, String description, UUID by, Instant now) {
    this.value = value;
    this.description = description;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  public String description() {
    return description;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
