package com.crewbid.identity;

import com.crewbid.identity.internal.AgencySelection;
import com.crewbid.identity.internal.PersonalAudit;
import com.crewbid.identity.internal.PlatformSecurityLog;
import com.crewbid.identity.internal.SecurityAlerts;
import com.crewbid.identity.internal.UserRecord;
import com.crewbid.identity.internal.UserRecords;
import com.crewbid.identity.internal.UserSessions;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Platform admins find people and lock or unlock their accounts; a lock ends their sessions. */
@Service
public class UserAdministration {

  /** A person as the console lists them. */
  public record UserSummary(
      UUID id,
      String email,
      String displayName,
      boolean platformAdmin,
      String status,
      Instant createdAt,
      List<AgencyMembership> agencies) {}

  public record AgencyMembership(UUID tenantId, String name, AgencyRole role) {}

  private final UserRecords users;
  private final AgencySelection agencies;
  private final UserSessions sessions;
  private final SecurityAlerts alerts;
  private final PlatformSecurityLog platformLog;
  private final PersonalAudit personalAudit;
  private final TransactionTemplate tx;

  UserAdministration(
      UserRecords users,
      AgencySelection agencies,
      UserSessions sessions,
      SecurityAlerts alerts,
      PlatformSecurityLog platformLog,
      PersonalAudit personalAudit,
      TransactionTemplate tx) {
    this.users = users;
    this.agencies = agencies;
    this.sessions = sessions;
    this.alerts = alerts;
    this.platformLog = platformLog;
    this.personalAudit = personalAudit;
    this.tx = tx;
  }

  @Transactional(readOnly = true)
  public Page<UserSummary> find(String query, Pageable pageable) {
    String q = query == null ? "" : query.trim();
    Page<UserRecord> page =
        q.isEmpty()
            ? users.findAll(pageable)
            : users.findByEmailContainingIgnoreCaseOrDisplayNameContainingIgnoreCase(
                q, q, pageable);
    return page.map(this::summary);
  }

  /**
   * Locks an account and ends its sessions; audited in the platform's security log and the person's
   * agencies' logs, and raised as an alert.
   */
  public UserSummary lock(UUID userId, String adminEmail) {
    UserRecord user =
        tx.execute(
            status -> {
              UserRecord record = load(userId);
              if (record.isPlatformAdmin() && record.email().equalsIgnoreCase(adminEmail)) {
                throw ProblemException.conflict("You cannot lock your own account.");
              }
              record.lock();
              return record;
            });
    int ended = sessions.revokeAll(user.id());
    audit(user, "admin.user-locked", Map.of("sessionsEnded", ended));
    alerts.raise(
        null,
        user.id(),
        SecurityAlerts.Kind.ADMIN_ACTION,
        "WARNING",
        adminEmail + " locked the account of " + user.email(),
        null,
        Map.of("sessionsEnded", ended));
    return summary(user);
  }

  public UserSummary unlock(UUID userId, String adminEmail) {
    UserRecord user =
        tx.execute(
            status -> {
              UserRecord record = load(userId);
              record.unlock();
              return record;
            });
    audit(user, "admin.user-unlocked", Map.of());
    alerts.raise(
        null,
        user.id(),
        SecurityAlerts.Kind.ADMIN_ACTION,
        "INFO",
        adminEmail + " unlocked the account of " + user.email(),
        null,
        Map.of());
    return summary(user);
  }

  private void audit(UserRecord user, String action, Map<String, ?> details) {
    Attribution by = Attribution.current();
    platformLog.record(by, user.id(), action, user.email(), AuditOutcome.SUCCESS, details);
    personalAudit.recordInAgencies(
        by, user.id(), action, user.email(), AuditOutcome.SUCCESS, details);
  }

  private UserRecord load(UUID userId) {
    return users.findById(userId).orElseThrow(() -> ProblemException.notFound("The user"));
  }

  private UserSummary summary(UserRecord user) {
    List<AgencyMembership> memberships =
        agencies.membershipsOf(UserId.of(user.id().value())).stream()
            .map(m -> new AgencyMembership(m.tenant().id().value(), m.tenant().name(), m.role()))
            .toList();
    return new UserSummary(
        user.id().value(),
        user.email(),
        user.displayName(),
        user.isPlatformAdmin(),
        user.isLocked() ? "LOCKED" : "ACTIVE",
        user.createdAt(),
        memberships);
  }
}
