package com.crewbid.proposals.templates;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

/**
 * A template of the agency: its name, category, tags and which version is current. The content
 * lives in {@link TemplateVersionRecord}s; the counters move by {@link TemplateVersionRecords}'
 * updates, outside the optimistic lock, so that use never makes an editor's copy stale.
 */
@Entity
@Table(name = "proposal_templates")
public class TemplateRecord {

  @Id private UUID id;
  private String name;
  private String category;

  @JdbcTypeCode(SqlTypes.ARRAY)
  private List<String> tags = new ArrayList<>();

  private boolean archived;

  @Column(name = "current_version_id")
  private UUID currentVersionId;

  @Column(name = "current_version_number")
  private int currentVersionNumber;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private UUID createdBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private UUID updatedBy;

  @Embedded private UsageCounts counts = new UsageCounts();

  @Version private long version;

  protected TemplateRecord() {}

  static TemplateRecord create(
      UUID id, String name, String category, List<String> tags, UUID author, Instant now) {
    TemplateRecord template = new TemplateRecord();
    template.id = id;
    template.name = name;
    template.category = category;
    template.tags = new ArrayList<>(tags);
    template.createdAt = now;
    template.createdBy = author;
    template.updatedAt = now;
    template.updatedBy = author;
    return template;
  }

  void describe(String name, String category, List<String> tags) {
    this.name = name;
    this.category = category;
    this.tags = new ArrayList<>(tags);
  }

  void makeCurrent(TemplateVersionRecord version) {
    this.currentVersionId = version.id();
    this.currentVersionNumber = version.number();
  }

  void archive(boolean archived) {
    this.archived = archived;
  }

  void touch(UUID by, Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String category() {
    return category;
  }

  public List<String> tags() {
    return List.copyOf(tags);
  }

  public boolean archived() {
    return archived;
  }

  public UUID currentVersionId() {
    return currentVersionId;
  }

  public int currentVersionNumber() {
    return currentVersionNumber;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public TemplateStats stats() {
    return counts.stats();
  }
}
