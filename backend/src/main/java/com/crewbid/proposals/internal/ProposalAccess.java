package com.crewbid.proposals.internal;

import com.crewbid.approvals.ApprovalRequest;
import com.crewbid.approvals.ApprovalRequests;
import com.crewbid.approvals.ApprovalState;
import com.crewbid.identity.AgencyMembers;
import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a proposal of the current agency.
 *
 * <ul>
 *   <li>Its author reads it and does everything an author does (edit, submit, send, …).
 *   <li>Owners and managers read every proposal of the agency, withdraw them and correct outcomes.
 *   <li>Viewers read every proposal of the agency and change none (an observer's role).
 *   <li>A freelancer reads a colleague's proposal only while they may decide on it or after they
 *       decided on it (an approver the policy names); otherwise it does not exist for them (404),
 *       and they learn of colleagues bidding on the same job only from the collision summary.
 * </ul>
 *
 * Another agency's proposals are never found: every read goes to the current agency's schema.
 */
@Component
class ProposalAccess {

  private final ProposalRecords proposals;
  private final ApprovalRequests approvals;
  private final AgencyMembers members;

  ProposalAccess(ProposalRecords proposals, ApprovalRequests approvals, AgencyMembers members) {
    this.proposals = proposals;
    this.approvals = approvals;
    this.members = members;
  }

  /** The proposal if the member may read it; 404 otherwise. */
  ProposalRecord readable(UUID id, CurrentMember member) {
    ProposalRecord proposal = proposals.findById(id).orElseThrow(ProposalProblems::notFound);
    if (!mayRead(proposal, member)) {
      throw ProposalProblems.notFound();
    }
    return proposal;
  }

  /** The proposal if the member wrote it: 404 when they may not read it, 403 when only read. */
  ProposalRecord authored(UUID id, CurrentMember member, ProposalAction action) {
    ProposalRecord proposal = readable(id, member);
    if (!isAuthor(proposal, member)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Only the author of a proposal may " + action.words() + " it.");
    }
    return proposal;
  }

  /** The proposal if its author or an owner or manager acts on it. */
  ProposalRecord authoredOrManaged(UUID id, CurrentMember member, ProposalAction action) {
    ProposalRecord proposal = readable(id, member);
    if (!isAuthor(proposal, member) && !member.can(AgencyRole.MANAGER)) {
      throw new ProblemException(
          ProblemType.FORBIDDEN,
          "Only the author, an owner or a manager may " + action.words() + " a proposal.");
    }
    return proposal;
  }

  boolean mayRead(ProposalRecord proposal, CurrentMember member) {
    if (isAuthor(proposal, member)
        || member.can(AgencyRole.MANAGER)
        || member.role() == AgencyRole.VIEWER) {
      return true;
    }
    return isApprover(proposal.id(), member);
  }

  /**
   * Everyone in the current agency who may read the proposal now ({@link #mayRead} for each
   * member), worked out with one read of the members and one of the approval request.
   */
  Set<UserId> readers(ProposalRecord proposal) {
    Optional<ApprovalRequest> request = approvals.find(proposal.id());
    Set<UserId> readers = new LinkedHashSet<>();
    for (AgencyMembers.Member m : members.ofCurrentAgency()) {
      if (m.userId().equals(proposal.author())
          || m.role().atLeast(AgencyRole.MANAGER)
          || m.role() == AgencyRole.VIEWER
          || request
              .filter(r -> approverOf(r, m.userId(), () -> Optional.of(m.role())))
              .isPresent()) {
        readers.add(m.userId());
      }
    }
    return readers;
  }

  /**
   * Whether the person decided on the request, or may decide on it now (pending, not its author,
   * admitted by the round's rule in their role); {@code role} is read only when it matters.
   */
  private static boolean approverOf(
      ApprovalRequest request, UserId user, Supplier<Optional<AgencyRole>> role) {
    if (request.decisions().stream().anyMatch(d -> d.approver().equals(user))) {
      return true;
    }
    return request.state() == ApprovalState.PENDING
        && !request.author().equals(user)
        && request.rule() != null
        && role.get().filter(r -> request.rule().approvers().admit(user, r)).isPresent();
  }

  /** May the member open the proposal of a colleague (to link it from a collision)? */
  boolean mayOpenColleagues(CurrentMember member) {
    return member.can(AgencyRole.MANAGER) || member.role() == AgencyRole.VIEWER;
  }

  static boolean isAuthor(ProposalRecord proposal, CurrentMember member) {
    return proposal.author().equals(member.userId());
  }

  /** Whether the member may do this to the proposal, in its state and by who they are. */
  boolean may(ProposalRecord proposal, CurrentMember member, ProposalAction action) {
    if (!action.possibleIn(proposal.state())) {
      return false;
    }
    if (action == ProposalAction.CORRECT_OUTCOME && proposal.sentAt() == null) {
      return false;
    }
    boolean author = isAuthor(proposal, member);
    boolean writer = member.can(AgencyRole.FREELANCER);
    return switch (action) {
      case EDIT, SUBMIT, DISCARD, SEND, MARK_SENT, MARK_NOT_SENT -> author && writer;
      case WITHDRAW, CHECK_UPWORK, CORRECT_OUTCOME ->
          writer && (author || member.can(AgencyRole.MANAGER));
      case APPROVE, REJECT, REQUEST_CHANGES -> approvals.mayDecide(proposal.id(), member);
      case COMMENT -> writer;
    };
  }

  /** The member's name in the agency (their display name, else their e-mail). */
  Actor actor(CurrentMember member) {
    return new Actor(
        member.userId(),
        members
            .find(member.tenantId(), member.userId())
            .map(AgencyMembers.Member::name)
            .orElse(member.email()));
  }

  private boolean isApprover(UUID proposalId, CurrentMember member) {
    return approvals
        .find(proposalId)
        .filter(
            request ->
                approverOf(
                    request,
                    member.userId(),
                    () ->
                        members
                            .find(member.tenantId(), member.userId())
                            .map(AgencyMembers.Member::role)))
        .isPresent();
  }
}
