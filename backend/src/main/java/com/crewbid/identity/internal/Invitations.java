package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import com.crewbid.tenancy.TenantCatalog;
import com.crewbid.tenancy.TenantScope;
import com.crewbid.tenancy.TenantSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to an agency: signed by their random token (only its hash is stored), valid for 7
 * days, usable once, revocable.
 */
@Service
public class Invitations {

  static final Duration VALIDITY = Duration.ofDays(7);

  /** An invitation as the team page lists it. */
  public record InvitationView(
      UUID id,
      String email,
      AgencyRole role,
      String invitedBy,
      Instant createdAt,
      Instant expiresAt,
      InvitationRecord.Status status) {}

  /** What the invitation link shows before it is accepted. */
  public record Preview(
      String agencyName,
      AgencyRole role,
      String email,
      Instant expiresAt,
      InvitationRecord.Status status,
      boolean accountExists) {}

  private final InvitationRecords invitations;
  private final MembershipRecords memberships;
  private final UserRecords users;
  private final TenantCatalog catalog;
  private final IdentityMails mails;
  private final AuditLog audit;
  private final TenantScope tenantScope;
  private final Clock clock;

  Invitations(
      InvitationRecords invitations,
      MembershipRecords memberships,
      UserRecords users,
      TenantCatalog catalog,
      IdentityMails mails,
      AuditLog audit,
      TenantScope tenantScope,
      Clock clock) {
    this.invitations = invitations;
    this.memberships = memberships;
    this.users = users;
    this.catalog = catalog;
    this.mails = mails;
    this.audit = audit;
    this.tenantScope = tenantScope;
    this.clock = clock;
  }

  @Transactional
  public InvitationView invite(String rawEmail, AgencyRole role) {
    CurrentMember actor = CurrentMember.require();
    if (role == AgencyRole.OWNER && !actor.can(AgencyRole.OWNER)) {
      throw new ProblemException(ProblemType.FORBIDDEN, "Only an owner can invite an owner.");
    }
    String email = rawEmail.trim().toLowerCase(Locale.ROOT);
    TenantId tenant = actor.tenantId();
    boolean member =
        users
            .findByEmailIgnoreCase(email)
            .flatMap(u -> memberships.findByUserIdAndTenantId(u.id().value(), tenant.value()))
            .isPresent();
    if (member) {
      throw ProblemException.fieldConflict(
          "email", "This person is already a member of the agency.");
    }
    Instant now = clock.instant();
    invitations
        .findByTenantIdAndEmailIgnoreCaseAndAcceptedAtIsNullAndRevokedAtIsNull(
            tenant.value(), email)
        .forEach(
            open -> {
              if (open.status(now) == InvitationRecord.Status.PENDING) {
                throw ProblemException.fieldConflict(
                    "email", "An invitation to this address is already open.");
              }
              open.revoke(now); // an expired one frees the address for a new invitation
              invitations.saveAndFlush(open);
            });
    invitations.flush();
    String token = Tokens.newToken();
    InvitationRecord invitation =
        invitations.saveAndFlush(
            InvitationRecord.create(
                tenant, email, role, actor.userId(), Tokens.hash(token), now, now.plus(VALIDITY)));
    TenantSummary agency = catalog.find(tenant).orElseThrow();
    String inviter =
        users.findById(actor.userId().value()).map(UserRecord::displayName).orElse("A colleague");
    mails.invitation(email, agency.name(), inviter, role.name(), token);
    audit.record("invitation.sent", email, AuditOutcome.SUCCESS, Map.of("role", role.name()));
    return view(invitation, now);
  }

  @Transactional(readOnly = true)
  public List<InvitationView> list() {
    TenantId tenant = CurrentMember.require().tenantId();
    Instant now = clock.instant();
    return invitations.findByTenantIdOrderByCreatedAtDesc(tenant.value()).stream()
        .map(i -> view(i, now))
        .toList();
  }

  @Transactional
  public void revoke(UUID id) {
    TenantId tenant = CurrentMember.require().tenantId();
    InvitationRecord invitation =
        invitations
            .findByIdAndTenantId(id, tenant.value())
            .orElseThrow(() -> ProblemException.notFound("The invitation"));
    invitation.revoke(clock.instant());
    audit.record("invitation.revoked", invitation.email(), AuditOutcome.SUCCESS, Map.of());
  }

  @Transactional(readOnly = true)
  public Preview preview(String token) {
    InvitationRecord invitation = find(token);
    String agency = catalog.find(invitation.tenantId()).map(TenantSummary::name).orElse("");
    return new Preview(
        agency,
        invitation.role(),
        invitation.email(),
        invitation.expiresAt(),
        invitation.status(clock.instant()),
        users.findByEmailIgnoreCase(invitation.email()).isPresent());
  }

  /** The invitation of a token, if it can still be accepted. */
  @Transactional(readOnly = true)
  public InvitationRecord pending(String token) {
    InvitationRecord invitation = find(token);
    if (invitation.status(clock.instant()) != InvitationRecord.Status.PENDING) {
      throw new ProblemException(
          ProblemType.LINK_EXPIRED,
          "This invitation has expired, was revoked or was already used. Ask for a new one.");
    }
    return invitation;
  }

  /** Makes the user a member of the inviting agency and uses the invitation up. */
  @Transactional
  public TenantId accept(String token, UserId user) {
    InvitationRecord invitation = pending(token);
    TenantId tenant = invitation.tenantId();
    if (memberships.findByUserIdAndTenantId(user.value(), tenant.value()).isPresent()) {
      throw ProblemException.conflict("You are already a member of this agency.");
    }
    invitation.accept(user, clock.instant());
    invitations.saveAndFlush(invitation);
    memberships.saveAndFlush(MembershipRecord.of(user, tenant, invitation.role()));
    // The link came to the invited address, which the person has thereby shown to be theirs.
    users.findById(user.value()).ifPresent(UserRecord::verifyEmail);
    return tenant;
  }

  /** Audits, in the inviting agency's log, an attempt to accept as another person. */
  public void refusedForAnotherEmail(InvitationRecord invitation, String signedInAs) {
    tenantScope.runAs(
        invitation.tenantId(),
        () ->
            audit.record(
                "invitation.accept-refused",
                invitation.email(),
                AuditOutcome.DENIED,
                Map.of("signedInAs", signedInAs, "reason", "another-email")));
  }

  /** Records the acceptance in the agency's audit log (outside the accepting transaction). */
  public void audit(TenantId tenant, String email, AgencyRole role) {
    tenantScope.runAs(
        tenant,
        () ->
            audit.record(
                "invitation.accepted", email, AuditOutcome.SUCCESS, Map.of("role", role.name())));
  }

  private InvitationRecord find(String token) {
    return invitations
        .findByTokenHash(Tokens.hash(token))
        .orElseThrow(() -> ProblemException.notFound("The invitation"));
  }

  private InvitationView view(InvitationRecord invitation, Instant now) {
    String inviter =
        invitation.invitedBy() == null
            ? null
            : users.findById(invitation.invitedBy()).map(UserRecord::email).orElse(null);
    return new InvitationView(
        invitation.id(),
        invitation.email(),
        invitation.role(),
        inviter,
        invitation.createdAt(),
        invitation.expiresAt(),
        invitation.status(now));
  }
}
