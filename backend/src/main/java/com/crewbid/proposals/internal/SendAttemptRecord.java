package com.crewbid.proposals.internal;

import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One click on "Send via Upwork" and how it ended. Its idempotency key (what the browser sent)
 * makes a repeated request return this result instead of sending again.
 */
@Entity
@Table(name = "proposal_send_attempts")
public class SendAttemptRecord {

  /** How a click ended. */
  public enum Outcome {
    IN_PROGRESS,
    SENT,
    /** Upwork refused, or the call never reached it: nothing was sent. */
    FAILED,
    /** The call left, its answer was lost: check on Upwork. */
    UNKNOWN
  }

  @Id private UUID id;

  @Column(name = "proposal_id")
  private UUID proposalId;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "clicked_by")
  private UUID clickedBy;

  @Column(name = "clicked_by_name")
  private String clickedByName;

  @Column(name = "clicked_at")
  private Instant clickedAt;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  /** The problem type's name (ProblemType) a failed or unknown attempt answered with. */
  @Enumerated(EnumType.STRING)
  private ProblemType problem;

  private String error;

  @Column(name = "upwork_proposal_id")
  private String upworkProposalId;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected SendAttemptRecord() {}

  SendAttemptRecord(
      UUID proposalId, @Nullable String idempotencyKey, UserId by, String byName, Instant at) {
    this.id = UUID.randomUUID();
    this.proposalId = proposalId;
    this.idempotencyKey = idempotencyKey;
    this.clickedBy = by.value();
    this.clickedByName = byName;
    this.clickedAt = at;
    this.outcome = Outcome.IN_PROGRESS;
  }

  void sent(String upworkId, Instant at) {
    outcome = Outcome.SENT;
    upworkProposalId = upworkId;
    finishedAt = at;
  }

  void failed(Outcome how, ProblemType type, String message, Instant at) {
    outcome = how;
    problem = type;
    error = message;
    finishedAt = at;
  }

  public UUID id() {
    return id;
  }

  public UUID proposalId() {
    return proposalId;
  }

  public String idempotencyKey() {
    return idempotencyKey;
  }

  public UserId clickedBy() {
    return new UserId(clickedBy);
  }

  public String clickedByName() {
    return clickedByName;
  }

  public Instant clickedAt() {
    return clickedAt;
  }

  public Outcome outcome() {
    return outcome;
  }

  public @Nullable ProblemType problem() {
    return problem;
  }

  public @Nullable String error() {
    return error;
  }

  public @Nullable String upworkProposalId() {
    return upworkProposalId;
  }

  public @Nullable Instant finishedAt() {
    return finishedAt;
  }
}
