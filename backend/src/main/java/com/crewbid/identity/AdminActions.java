package com.crewbid.identity;

import com.crewbid.identity.internal.PlatformSecurityLog;
import com.crewbid.identity.internal.SecurityAlerts;
import com.crewbid.tenancy.TenantSummary;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Makes platform admins' actions on an agency visible to its owners, as security alerts, and to
 * other admins, in the platform's security log.
 */
@Service
public class AdminActions {

  private final SecurityAlerts alerts;
  private final AgencySessions sessions;
  private final PlatformSecurityLog platformLog;

  AdminActions(SecurityAlerts alerts, AgencySessions sessions, PlatformSecurityLog platformLog) {
    this.alerts = alerts;
    this.sessions = sessions;
    this.platformLog = platformLog;
  }

  /**
   * Records an admin's action on the platform itself (no agency), such as rotating the sealing
   * keys, in the platform's security log, with the current admin as the actor.
   *
   * @param action the platform log's name for it ("admin.keys-rotated")
   * @param details what to keep about it; never a secret
   */
  public void tookPlaceOnPlatform(
      String action, String target, AuditOutcome outcome, Map<String, ?> details) {
    platformLog.record(null, action, target, outcome, details);
  }

  /**
   * @param action the platform log's name for it ("admin.agency-suspended")
   * @param what what the admin did, as the end of a sentence ("suspended the agency")
   */
  public void tookPlaceOn(TenantSummary tenant, String action, String what) {
    platformLog.record(
        null,
        action,
        tenant.name(),
        AuditOutcome.SUCCESS,
        Map.of("tenantId", tenant.id().value().toString(), "slug", tenant.slug()));
    alerts.raise(
        tenant.id(),
        sessions.currentUserIfAny().orElse(null),
        SecurityAlerts.Kind.ADMIN_ACTION,
        "INFO",
        "A Crewbid platform admin (" + sessions.currentEmail() + ") " + what,
        null,
        Map.of());
  }
}
