package com.crewbid.proposals.internal;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.proposals.ProposalState;
import com.crewbid.proposals.ProposalTransitioned;
import com.crewbid.shared.TenantId;
import com.crewbid.tenancy.TenantContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes down each step of a proposal in the caller's transaction: a line of its timeline, a line
 * in the agency's audit log ({@code proposal.<action>}; unless the approvals module audits the step
 * itself, as it does for submissions and decisions), {@link ProposalTransitioned} when the state
 * changed, and a live signal for every line (its readers' open pages follow: {@link
 * ProposalChangeSignals}).
 */
@Component
class ProposalTimeline {

  private final ProposalHistoryRecords history;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final ProposalChangeSignals signals;

  ProposalTimeline(
      ProposalHistoryRecords history,
      AuditLog audit,
      ApplicationEventPublisher events,
      ProposalChangeSignals signals) {
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.signals = signals;
  }

  /** A step the approvals module audits already (submitted, decided, a new round). */
  void approvalStep(
      ProposalRecord proposal,
      String action,
      @Nullable ProposalState from,
      @Nullable Actor actor,
      ProposalHistoryRecord.Source source,
      @Nullable String note,
      Instant at) {
    write(proposal, action, from, actor, source, note, at);
  }

  /** A step of the proposal's own, audited as {@code proposal.<action>}. */
  void step(
      ProposalRecord proposal,
      String action,
      @Nullable ProposalState from,
      @Nullable Actor actor,
      ProposalHistoryRecord.Source source,
      @Nullable String note,
      Instant at) {
    step(proposal, action, from, actor, source, note, at, Map.of());
  }

  void step(
      ProposalRecord proposal,
      String action,
      @Nullable ProposalState from,
      @Nullable Actor actor,
      ProposalHistoryRecord.Source source,
      @Nullable String note,
      Instant at,
      Map<String, ?> extra) {
    write(proposal, action, from, actor, source, note, at);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("proposalId", proposal.id().toString());
    details.put("jobId", proposal.upworkJobId());
    details.put("author", proposal.author().toString());
    if (from != null) {
      details.put("from", from.name());
    }
    details.put("to", proposal.state().name());
    details.put("source", source.name());
    if (note != null) {
      details.put("note", note);
    }
    details.putAll(extra);
    audit.record("proposal." + action, proposal.id().toString(), AuditOutcome.SUCCESS, details);
  }

  private void write(
      ProposalRecord proposal,
      String action,
      @Nullable ProposalState from,
      @Nullable Actor actor,
      ProposalHistoryRecord.Source source,
      @Nullable String note,
      Instant at) {
    history.save(
        new ProposalHistoryRecord(
            proposal.id(),
            at,
            actor == null ? null : actor.id(),
            actor == null ? null : actor.name(),
            source,
            action,
            from,
            proposal.state(),
            note));
    TenantId tenant = TenantContext.require("ProposalTimeline").id();
    signals.changed(proposal, ProposalChangeSignals.Kind.STEP);
    if (from != proposal.state()) {
      events.publishEvent(
          new ProposalTransitioned(
              tenant,
              proposal.id(),
              proposal.author(),
              proposal.upworkJobId(),
              from,
              proposal.state(),
              source.name(),
              actor == null ? null : actor.id(),
              proposal.templateVersionId(),
              at));
    }
  }
}
