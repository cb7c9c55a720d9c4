package com.crewbid.identity.internal;

import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.CurrentMember;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An agency's security policy: whether every member must use MFA. */
@Service
public class SecurityPolicies {

  /** The policy as the API shows it. */
  public record Policy(boolean mfaRequired) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;

  SecurityPolicies(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Policy current() {
    return new Policy(
        jdbc.sql("select mfa_required from platform.agency_security_policies where tenant_id = ?")
            .param(CurrentMember.require().tenantId().value())
            .query(Boolean.class)
            .optional()
            .orElse(false));
  }

  @Transactional
  public Policy update(Policy policy) {
    jdbc.sql(
            "insert into platform.agency_security_policies (tenant_id, mfa_required) values (?, ?)"
                + " on conflict (tenant_id) do update set mfa_required = excluded.mfa_required, updated_at = now()")
        .params(CurrentMember.require().tenantId().value(), policy.mfaRequired())
        .update();
    audit.record(
        "security-policy.updated",
        "agency",
        AuditOutcome.SUCCESS,
        Map.of("mfaRequired", policy.mfaRequired()));
    return policy;
  }
}
