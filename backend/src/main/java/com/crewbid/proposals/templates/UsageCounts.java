package com.crewbid.proposals.templates;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The counters of a template or a version. Read-only here: {@link TemplateVersionRecords} moves
 * them in the database, once per proposal and stage.
 */
@Embeddable
public class UsageCounts {

  @Column(name = "used_count", insertable = false, updatable = false)
  private long used;

  @Column(name = "sent_count", insertable = false, updatable = false)
  private long sent;

  @Column(name = "replied_count", insertable = false, updatable = false)
  private long replied;

  @Column(name = "hired_count", insertable = false, updatable = false)
  private long hired;

  public TemplateStats stats() {
    return TemplateStats.of(used, sent, replied, hired);
  }
}
