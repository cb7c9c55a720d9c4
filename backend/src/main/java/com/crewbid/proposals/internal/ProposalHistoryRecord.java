package com.crewbid.proposals.internal;

import com.crewbid.proposals.ProposalState;
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
import org.jspecify.annotations.Nullable;

/** One step in a proposal's timeline: who (or which process) moved it, from where, to where. */
@Entity
@Immutable
@Table(name = "proposal_history")
public class ProposalHistoryRecord {

  /** Where a step came from. */
  public enum Source {
    /** A person's click. */
    PERSON,
    /** An approver's decision or the approval policy (auto-approval, a new round). */
    APPROVAL,
    /** What Upwork reported (the outcome sync or a check). */
    SYNC,
    /** Crewbid itself (e.g. a send left unfinished by a crash). */
    SYSTEM
  }

  @Id private UUID id;

  /** The order of steps, also of those made at the same instant (assigned by the database). */
  @Column(insertable = false, updatable = false)
  private Long seq;

  @Column(name = "proposal_id")
  private UUID proposalId;

  private Instant at;

  @Column(name = "actor_id")
  private UUID actorId;

  @Column(name = "actor_name")
  private String actorName;

  @Enumerated(EnumType.STRING)
  private Source source;

  private String action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state")
  private ProposalState from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state")
  private ProposalState to;

  private String note;

  protected ProposalHistoryRecord() {}

  ProposalHistoryRecord(
      UUID proposalId,
      Instant at,
      @Nullable UserId actor,
      @Nullable String actorName,
      Source source,
      String action,
      @Nullable ProposalState from,
      ProposalState to,
      @Nullable String note) {
    this.id = UUID.randomUUID();
    this.proposalId = proposalId;
    this.at = at;
    this.actorId = actor == null ? null : actor.value();
    this.actorName = actorName;
    this.source = source;
    this.action = action;
    this.from = from;
    this.to = to;
    this.note = note;
  }

  public UUID id() {
    return id;
  }

  public UUID proposalId() {
    return proposalId;
  }

  public Instant at() {
    return at;
  }

  public @Nullable UserId actor() {
    return actorId == null ? null : new UserId(actorId);
  }

  public String actorName() {
    return actorName;
  }

  public Source source() {
    return source;
  }

  public String action() {
    return action;
  }

  public @Nullable ProposalState from() {
    return from;
  }

  public ProposalState to() {
    return to;
  }

  public String note() {
    return note;
  }
}
