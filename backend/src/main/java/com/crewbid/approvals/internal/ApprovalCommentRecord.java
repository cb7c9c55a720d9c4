package com.crewbid.approvals.internal;

import com.crewbid.approvals.Decision;
import com.crewbid.approvals.ThreadEntry;
import com.crewbid.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of a subject's comment thread. */
@Entity
@Immutable
@Table(name = "approval_comments")
public class ApprovalCommentRecord {

  @Id private UUID id;

  @Column(name = "subject_id")
  private UUID subjectId;

  @Column(name = "author_id")
  private UUID authorId;

  @Column(name = "author_name")
  private String authorName;

  private String body;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  private Integer round;

  @Column(name = "created_at")
  private Instant createdAt;

  protected ApprovalCommentRecord() {}

  public ApprovalCommentRecord(
      UUID subjectId,
      UserId author,
      String authorName,
      String body,
      Decision decision,
      Integer round,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.subjectId = subjectId;
    this.authorId = author.value();
    this.authorName = authorName;
    this.body = body;
    this.decision = decision;
    this.round = round;
    this.createdAt = createdAt;
  }

  public ThreadEntry toView() {
    return new ThreadEntry(
        id, subjectId, UserId.of(authorId), authorName, body, decision, round, createdAt);
  }
}
