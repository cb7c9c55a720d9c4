package com.crewbid.proposals.internal;

import com.crewbid.approvals.ApprovalRequest;
import com.crewbid.approvals.ApprovalState;
import com.crewbid.approvals.Decision;
import com.crewbid.approvals.RecordedDecision;
import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.notifications.Notice;
import com.crewbid.notifications.NotificationTopic;
import com.crewbid.notifications.Notifications;
import com.crewbid.proposals.ProposalState;
import com.crewbid.shared.UserId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who hears of which step of a proposal, in the transaction of the step (see {@link
 * Notifications}). Every notice links to the proposal's page, {@code /proposals/<id>}. Approvers
 * are asked once per round: {@link #awaitingApproval} is raised only when a round opens (an edit
 * that keeps the round tells nobody again).
 */
@Component
class ProposalNotices {

  private final Notifications notifications;
  private final AgencyMembers members;
  private final ProposalAccess access;

  ProposalNotices(Notifications notifications, AgencyMembers members, ProposalAccess access) {
    this.notifications = notifications;
    this.members = members;
    this.access = access;
  }

  /** It waits for approval: everyone who may decide under the round's rule, but the author. */
  void awaitingApproval(ProposalRecord proposal, ApprovalRequest request, UserId actor) {
    Set<UserId> approvers = approvers(request);
    if (approvers.isEmpty()) {
      return;
    }
    notifications.notify(
        about(NotificationTopic.PROPOSAL_AWAITING_APPROVAL, proposal)
            .to(approvers)
            .actor(actor)
            .build());
  }

  /** An approver's decision that ended the round: the author hears it. */
  void decided(ProposalRecord proposal, Decision decision, ProposalState now, UserId approver) {
    NotificationTopic topic =
        switch (decision) {
          case APPROVE ->
              now == ProposalState.APPROVED ? NotificationTopic.PROPOSAL_APPROVED : null;
          case REJECT -> NotificationTopic.PROPOSAL_REJECTED;
          case REQUEST_CHANGES -> NotificationTopic.PROPOSAL_CHANGES_REQUESTED;
        };
    if (topic == null) {
      return;
    }
    notifications.notify(about(topic, proposal).to(proposal.author()).actor(approver).build());
  }

  /**
   * A comment: the author, who may decide now, and who commented before (not the writer), each only
   * while they may read the proposal (an earlier commenter may have been an approver of an earlier
   * round only).
   */
  void commented(
      ProposalRecord proposal,
      @Nullable ApprovalRequest request,
      Collection<UserId> earlierCommenters,
      UserId writer) {
    Set<UserId> to = new LinkedHashSet<>();
    to.add(proposal.author());
    if (request != null && request.state() == ApprovalState.PENDING) {
      to.addAll(approvers(request));
    }
    to.addAll(earlierCommenters);
    Set<UserId> readers = readersAmong(proposal, to);
    readers.remove(writer);
    if (readers.isEmpty()) {
      return;
    }
    notifications.notify(
        about(NotificationTopic.PROPOSAL_COMMENTED, proposal).to(readers).actor(writer).build());
  }

  /**
   * Withdrawn before sending: the author when someone else withdrew it, and the approvers who were
   * waiting to decide on it ({@code request} as it was before the withdrawal), each only while they
   * may still read it (the notice links to it): a freelancer approver who had not decided may not,
   * and hears nothing (their queue drops the row live).
   */
  void withdrawn(ProposalRecord proposal, @Nullable ApprovalRequest request, UserId by) {
    Set<UserId> to = new LinkedHashSet<>();
    to.add(proposal.author());
    if (request != null && request.state() == ApprovalState.PENDING) {
      to.addAll(approvers(request));
    }
    to = readersAmong(proposal, to);
    to.remove(by);
    if (to.isEmpty()) {
      return;
    }
    notifications.notify(
        about(NotificationTopic.PROPOSAL_WITHDRAWN, proposal).to(to).actor(by).build());
  }

  /**
   * Edited after its approval, and the approval stands: those who approved it in this round hear
   * that the text they approved changed.
   */
  void editedAfterApproval(ProposalRecord proposal, ApprovalRequest request, UserId editor) {
    Set<UserId> approvedBy = approvedInRound(request);
    approvedBy.remove(editor);
    if (approvedBy.isEmpty()) {
      return;
    }
    notifications.notify(
        about(NotificationTopic.PROPOSAL_EDITED_AFTER_APPROVAL, proposal)
            .to(approvedBy)
            .actor(editor)
            .build());
  }

  /** Sending did not finish (the sync took its outcome for unknown): the author checks Upwork. */
  void sendUnknown(ProposalRecord proposal) {
    notifications.notify(
        about(NotificationTopic.PROPOSAL_SEND_UNKNOWN, proposal).to(proposal.author()).build());
  }

  /** Sent: owners and managers, and those who approved it; {@code sender} clicked. */
  void sent(ProposalRecord proposal, @Nullable ApprovalRequest request, Actor sender) {
    Set<UserId> approvedBy = request == null ? new LinkedHashSet<>() : approvedInRound(request);
    approvedBy.add(proposal.author());
    notifications.notify(
        about(NotificationTopic.PROPOSAL_SENT, proposal)
            .to(approvedBy)
            .toMembersAtLeast(AgencyRole.MANAGER)
            .actor(sender.id())
            .param(NotificationTopic.ACTOR_NAME, sender.name())
            .build());
  }

  /** The client moved it (or a person corrected it): the author, owners and managers. */
  void outcomeChanged(ProposalRecord proposal, @Nullable UserId correctedBy) {
    Notice.Builder notice =
        about(NotificationTopic.PROPOSAL_OUTCOME_CHANGED, proposal)
            .param("outcome", proposal.state().name())
            .to(proposal.author())
            .toMembersAtLeast(AgencyRole.MANAGER);
    if (correctedBy != null) {
      notice.actor(correctedBy);
    }
    notifications.notify(notice.build());
  }

  /** Those of {@code wanted} who may read the proposal now, in their order. */
  private Set<UserId> readersAmong(ProposalRecord proposal, Set<UserId> wanted) {
    Set<UserId> readers = access.readers(proposal);
    Set<UserId> among = new LinkedHashSet<>(wanted);
    among.retainAll(readers);
    return among;
  }

  private static Set<UserId> approvedInRound(ApprovalRequest request) {
    Set<UserId> approvedBy = new LinkedHashSet<>();
    request.decisions().stream()
        .filter(d -> d.round() == request.round() && d.decision() == Decision.APPROVE)
        .map(RecordedDecision::approver)
        .forEach(approvedBy::add);
    return approvedBy;
  }

  private Set<UserId> approvers(ApprovalRequest request) {
    if (request.rule() == null) {
      return Set.of();
    }
    Set<UserId> decided = new LinkedHashSet<>();
    request.currentDecisions().forEach(d -> decided.add(d.approver()));
    Set<UserId> approvers = new LinkedHashSet<>();
    for (AgencyMembers.Member m : members.ofCurrentAgency()) {
      if (!m.userId().equals(request.author())
          && !decided.contains(m.userId())
          && request.rule().approvers().admit(m.userId(), m.role())) {
        approvers.add(m.userId());
      }
    }
    return approvers;
  }

  private static Notice.Builder about(NotificationTopic topic, ProposalRecord proposal) {
    return Notice.about(topic)
        .param("jobTitle", proposal.jobTitle())
        .link("/proposals/" + proposal.id());
  }
}
