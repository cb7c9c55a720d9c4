package com.crewbid.identity.internal;

import com.crewbid.identity.AgencyRole;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security alerts: raised on bursts of failed sign-ins, sign-ins from a new device, MFA turned off,
 * admin actions. Owners see their agency's alerts, platform admins all; owners (or, for
 * platform-wide alerts, admins) are told by e-mail.
 */
@Service
public class SecurityAlerts {

  private static final Logger log = LoggerFactory.getLogger(SecurityAlerts.class);

  /** Kinds of alert. */
  public enum Kind {
    FAILED_SIGN_IN_BURST,
    NEW_DEVICE,
    MFA_DISABLED,
    ADMIN_ACTION,
    ACCOUNT_LOCKED,
    UPWORK_LINK_BROKEN
  }

  /** An alert as the alert lists show it. */
  public record Alert(
      UUID id,
      UUID tenantId,
      String kind,
      String severity,
      String summary,
      String userEmail,
      String ip,
      Instant createdAt,
      Instant acknowledgedAt) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final IdentityMails mails;
  private final MembershipRecords memberships;
  private final UserRecords users;

  SecurityAlerts(
      JdbcClient jdbc,
      JsonMapper json,
      IdentityMails mails,
      MembershipRecords memberships,
      UserRecords users) {
    this.jdbc = jdbc;
    this.json = json;
    this.mails = mails;
    this.memberships = memberships;
    this.users = users;
  }

  @Transactional
  public void raise(
      TenantId tenant,
      UserId user,
      Kind kind,
      String severity,
      String summary,
      String ip,
      Map<String, ?> details) {
    jdbc.sql(
            "insert into platform.security_alerts (id, tenant_id, user_id, kind, severity, summary, ip, details)"
                + " values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))")
        .params(
            UUID.randomUUID(),
            tenant == null ? null : tenant.value(),
            user == null ? null : user.value(),
            kind.name(),
            severity,
            summary,
            ip,
            details == null ? null : json.writeValueAsString(details))
        .update();
    log.info("Security alert {} for tenant {}: {}", kind, tenant, summary);
    for (String to : recipients(tenant)) {
      try {
        mails.securityAlert(to, summary);
      } catch (RuntimeException e) {
        log.warn("Could not e-mail a security alert: {}", e.getMessage());
      }
    }
  }

  /** Raises an alert about a person in each of their active agencies, or platform-wide if none. */
  public void raiseAboutPerson(
      UserId user, Kind kind, String severity, String summary, String ip, Map<String, ?> details) {
    List<TenantId> tenants =
        jdbc
            .sql(
                "select m.tenant_id from platform.memberships m join platform.tenants t on t.id = m.tenant_id"
                    + " where m.user_id = ? and t.status = 'ACTIVE'")
            .param(user.value())
            .query(UUID.class)
            .list()
            .stream()
            .map(TenantId::of)
            .toList();
    if (tenants.isEmpty()) {
      raise(null, user, kind, severity, summary, ip, details);
    }
    tenants.forEach(tenant -> raise(tenant, user, kind, severity, summary, ip, details));
  }

  @Transactional(readOnly = true)
  public List<Alert> list(TenantId tenant, Boolean acknowledged, int limit) {
    StringBuilder sql =
        new StringBuilder(
            "select a.id, a.tenant_id, a.kind, a.severity, a.summary, u.email as user_email, a.ip, a.created_at,"
                + " a.acknowledged_at from platform.security_alerts a left join platform.users u on u.id = a.user_id"
                + " where 1 = 1");
    if (tenant != null) {
      sql.append(" and a.tenant_id = :tenant");
    }
    if (acknowledged != null) {
      sql.append(
          acknowledged ? " and a.acknowledged_at is not null" : " and a.acknowledged_at is null");
    }
    sql.append(" order by a.created_at desc limit :limit");
    var statement = jdbc.sql(sql.toString()).param("limit", limit);
    if (tenant != null) {
      statement = statement.param("tenant", tenant.value());
    }
    return statement.query(Alert.class).list();
  }

  /** Acknowledges an alert; within an agency only that agency's alerts. */
  @Transactional
  public boolean acknowledge(UUID alertId, TenantId tenant, UserId by) {
    String sql =
        "update platform.security_alerts set acknowledged_at = now(), acknowledged_by = :by"
            + " where id = :id and acknowledged_at is null"
            + (tenant == null ? "" : " and tenant_id = :tenant");
    var statement = jdbc.sql(sql).param("by", by.value()).param("id", alertId);
    if (tenant != null) {
      statement = statement.param("tenant", tenant.value());
    }
    return statement.update() == 1;
  }

  private List<String> recipients(TenantId tenant) {
    if (tenant == null) {
      return jdbc.sql(
              "select email from platform.users where platform_role = 'ADMIN' and deleted_at is null")
          .query(String.class)
          .list();
    }
    return memberships.findByTenantId(tenant.value()).stream()
        .filter(m -> m.role() == AgencyRole.OWNER)
        .flatMap(m -> users.findById(m.userId().value()).stream())
        .map(UserRecord::email)
        .toList();
  }
}
