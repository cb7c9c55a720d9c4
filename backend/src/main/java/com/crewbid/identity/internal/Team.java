package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.identity.MembershipEnded;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of the current agency and their roles. Owners manage everyone; managers manage
 * non-owners; anyone may leave; an agency always keeps at least one owner.
 */
@Service
public class Team {

  /** One member as the team page shows them. */
  public record Member(
      UUID userId,
      String email,
      String displayName,
      AgencyRole role,
      Instant joinedAt,
      boolean mfaEnabled) {}

  private final MembershipRecords memberships;
  private final UserRecords users;
  private final MfaCredentialRecords mfa;
  private final AuditLog audit;
  private final UserSessions sessions;
  private final ApplicationEventPublisher events;

  Team(
      MembershipRecords memberships,
      UserRecords users,
      MfaCredentialRecords mfa,
      AuditLog audit,
      UserSessions sessions,
      ApplicationEventPublisher events) {
    this.memberships = memberships;
    this.users = users;
    this.mfa = mfa;
    this.audit = audit;
    this.sessions = sessions;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<Member> members() {
    TenantId tenant = CurrentMember.require().tenantId();
    return memberships.findByTenantId(tenant.value()).stream()
        .map(this::view)
        .sorted(Comparator.comparing(Member::role).reversed().thenComparing(Member::email))
        .toList();
  }

  @Transactional
  public Member changeRole(UUID userId, AgencyRole newRole) {
    CurrentMember actor = CurrentMember.require();
    MembershipRecord target = load(actor.tenantId(), userId);
    boolean ownersInvolved = target.role() == AgencyRole.OWNER || newRole == AgencyRole.OWNER;
    if (!actor.can(AgencyRole.MANAGER) || (ownersInvolved && !actor.can(AgencyRole.OWNER))) {
      throw new ProblemException(
          ProblemType.FORBIDDEN, "Only an owner can grant or take the owner role.");
    }
    if (target.role() == AgencyRole.OWNER && newRole != AgencyRole.OWNER) {
      requireAnotherOwner(actor.tenantId());
    }
    AgencyRole previous = target.role();
    target.changeRole(newRole);
    memberships.saveAndFlush(target);
    Member member = view(target);
    audit.record(
        "member.role-changed",
        member.email(),
        AuditOutcome.SUCCESS,
        Map.of("from", previous.name(), "to", newRole.name()));
    return member;
  }

  @Transactional
  public void remove(UUID userId) {
    CurrentMember actor = CurrentMember.require();
    MembershipRecord target = load(actor.tenantId(), userId);
    boolean leaving = actor.userId().value().equals(userId);
    if (!leaving
        && (!actor.can(AgencyRole.MANAGER)
            || (target.role() == AgencyRole.OWNER && !actor.can(AgencyRole.OWNER)))) {
      throw new ProblemException(ProblemType.FORBIDDEN, "You cannot remove this member.");
    }
    if (target.role() == AgencyRole.OWNER) {
      requireAnotherOwner(actor.tenantId());
    }
    String email = view(target).email();
    memberships.delete(target);
    memberships.flush();
    audit.record(leaving ? "member.left" : "member.removed", email, AuditOutcome.SUCCESS, Map.of());
    events.publishEvent(new MembershipEnded(actor.tenantId(), UserId.of(userId)));
    sessions.revokeAll(UserId.of(userId));
  }

  private void requireAnotherOwner(TenantId tenant) {
    if (memberships.countByTenantIdAndRole(tenant.value(), AgencyRole.OWNER) <= 1) {
      throw new ProblemException(
          ProblemType.LAST_OWNER,
          "An agency needs at least one owner. Make someone else an owner first.");
    }
  }

  private MembershipRecord load(TenantId tenant, UUID userId) {
    return memberships
        .findByUserIdAndTenantId(userId, tenant.value())
        .orElseThrow(() -> ProblemException.notFound("The member"));
  }

  private Member view(MembershipRecord membership) {
    UserRecord user = users.findById(membership.userId().value()).orElseThrow();
    return new Member(
        user.id().value(),
        user.email(),
        user.displayName(),
        membership.role(),
        membership.createdAt(),
        mfa.findById(user.id().value()).map(MfaCredentialRecord::enabled).orElse(false));
  }
}
