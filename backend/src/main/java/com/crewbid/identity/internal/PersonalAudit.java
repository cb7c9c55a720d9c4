package com.crewbid.identity.internal;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantScope;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Audits what happens to a person's account (password, MFA, sessions) in the log of every active
 * agency they belong to, since each agency's owners answer for their members' security. Called
 * outside transactions: each agency's log is written in that agency's own.
 */
@Component
class PersonalAudit {

  private final AgencySelection agencies;
  private final TenantScope tenantScope;
  private final AuditLog audit;

  PersonalAudit(AgencySelection agencies, TenantScope tenantScope, AuditLog audit) {
    this.agencies = agencies;
    this.tenantScope = tenantScope;
    this.audit = audit;
  }

  void record(
      UserId user, String action, String target, AuditOutcome outcome, Map<String, ?> details) {
    agencies.membershipsOf(user).stream()
        .filter(m -> m.tenant().isActive())
        .forEach(
            m ->
                tenantScope.runAs(
                    m.tenant().id(), () -> audit.record(action, target, outcome, details)));
  }
}
