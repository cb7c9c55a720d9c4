package com.crewbid.approvals.internal;

import com.crewbid.approvals.Decision;
import com.crewbid.approvals.RecordedDecision;
import com.crewbid.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One approver's decision in one round; never changed once made. */
@Entity
@Immutable
@Table(name = "approval_decisions")
public class ApprovalDecisionRecord {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  private ApprovalRequestRecord request;

  private int round;

  @Column(name = "approver_id")
  private UUID approverId;

  @Column(name = "approver_name")
  private String approverName;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  private String comment;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ApprovalDecisionRecord() {}

  ApprovalDecisionRecord(
      ApprovalRequestRecord request,
      int round,
      UserId approver,
      String approverName,
      Decision decision,
      String comment,
      Instant decidedAt) {
    this.id = UUID.randomUUID();
    this.request = request;
    this.round = round;
    this.approverId = approver.value();
    this.approverName = approverName;
    this.decision = decision;
    this.comment = comment;
    this.decidedAt = decidedAt;
  }

  public int round() {
    return round;
  }

  public UserId approver() {
    return UserId.of(approverId);
  }

  public Decision decision() {
    return decision;
  }

  public RecordedDecision toView() {
    return new RecordedDecision(id, round, approver(), approverName, decision, comment, decidedAt);
  }
}
