package com.crewbid.identity.internal;

import com.crewbid.identity.Attribution;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantScope;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Audits what happens to a person's account (password, MFA, sessions) in the log of every active
 * agency they belong to, since each agency's owners answer for their members' security; for a
 * person in no active agency (a platform admin, someone who has not joined yet) in the platform's
 * security log instead, so that no event goes unrecorded. Called outside transactions: each
 * agency's log is written in that agency's own.
 */
@Component
public class PersonalAudit {

  private final AgencySelection agencies;
  private final TenantScope tenantScope;
  private final AuditLog audit;
  private final PlatformSecurityLog platformLog;

  PersonalAudit(
      AgencySelection agencies,
      TenantScope tenantScope,
      AuditLog audit,
      PlatformSecurityLog platformLog) {
    this.agencies = agencies;
    this.tenantScope = tenantScope;
    this.audit = audit;
    this.platformLog = platformLog;
  }

  public void record(
      UserId user, String action, String target, AuditOutcome outcome, Map<String, ?> details) {
    record(Attribution.current(), user, action, target, outcome, details);
  }

  /** As {@link #record(UserId, String, String, AuditOutcome, Map)}, on behalf of {@code by}. */
  public void record(
      Attribution by,
      UserId user,
      String action,
      String target,
      AuditOutcome outcome,
      Map<String, ?> details) {
    if (recordInAgencies(by, user, action, target, outcome, details) == 0) {
      platformLog.record(by, user, action, target, outcome, details);
    }
  }

  /** Only in the person's active agencies' logs; returns in how many. */
  public int recordInAgencies(
      Attribution by,
      UserId user,
      String action,
      String target,
      AuditOutcome outcome,
      Map<String, ?> details) {
    List<AgencySelection.Membership> active =
        agencies.membershipsOf(user).stream().filter(m -> m.tenant().isActive()).toList();
    active.forEach(
        m ->
            tenantScope.runAs(
                m.tenant().id(), () -> audit.record(by, action, target, outcome, details)));
    return active.size();
  }
}
