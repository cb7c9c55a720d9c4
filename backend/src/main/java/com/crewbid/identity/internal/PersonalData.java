package com.crewbid.identity.internal;

import com.crewbid.identity.AuditEntry;
import com.crewbid.identity.AuditLog;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.UserId;
import com.crewbid.tenancy.TenantScope;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A person's own data, gathered from the catalog and every agency they belong to (GDPR export). */
@Service
public class PersonalData {

  private final UserRecords users;
  private final AgencySelection agencies;
  private final UserSessions sessions;
  private final TenantScope tenantScope;
  private final AuditLog audit;
  private final PlatformSecurityLog platformLog;
  private final JdbcClient jdbc;

  PersonalData(
      UserRecords users,
      AgencySelection agencies,
      UserSessions sessions,
      TenantScope tenantScope,
      AuditLog audit,
      PlatformSecurityLog platformLog,
      JdbcClient jdbc) {
    this.users = users;
    this.agencies = agencies;
    this.sessions = sessions;
    this.tenantScope = tenantScope;
    this.audit = audit;
    this.platformLog = platformLog;
    this.jdbc = jdbc;
  }

  public Map<String, Object> export(UserId userId, String currentSessionId) {
    UserRecord user = users.findById(userId.value()).orElseThrow();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("exportedAt", Instant.now());
    data.put(
        "account",
        Map.of(
            "id", user.id().value(),
            "email", user.email(),
            "displayName", user.displayName(),
            "emailVerified", user.emailVerified(),
            "createdAt", user.createdAt(),
            "platformAdmin", user.isPlatformAdmin()));
    data.put(
        "signInIdentities",
        jdbc.sql(
                "select provider, subject, email, created_at from platform.user_identities where user_id = ?")
            .param(userId.value())
            .query()
            .listOfRows());
    data.put(
        "knownDevices",
        jdbc.sql(
                "select user_agent, first_seen, last_seen from platform.known_devices where user_id = ?")
            .param(userId.value())
            .query()
            .listOfRows());
    data.put("sessions", sessions.list(userId, currentSessionId));
    List<Map<String, Object>> memberships =
        agencies.membershipsOf(userId).stream()
            .map(
                m -> {
                  Map<String, Object> agency = new LinkedHashMap<>();
                  agency.put("agency", m.tenant().name());
                  agency.put("role", m.role());
                  agency.put("myAuditEvents", myAuditEvents(m, user.email()));
                  return agency;
                })
            .toList();
    data.put("memberships", memberships);
    data.put("platformSecurityEvents", platformLog.about(userId));
    return data;
  }

  private List<AuditEntry> myAuditEvents(AgencySelection.Membership membership, String email) {
    if (!membership.tenant().isActive()) {
      return List.of();
    }
    return tenantScope.callAs(
        membership.tenant().id(),
        () ->
            audit
                .page(
                    new AuditLog.Filter(null, email, (AuditOutcome) null, null, null),
                    PageRequest.of(0, 1000, Sort.by(Sort.Direction.DESC, "occurredAt")))
                .getContent());
  }
}
