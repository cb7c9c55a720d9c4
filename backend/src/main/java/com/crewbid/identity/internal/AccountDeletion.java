package com.crewbid.identity.internal;

import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.MembershipEnded;
import com.crewbid.shared.TenantId;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes a person's account at their request (GDPR erasure). Memberships, sign-in identities, MFA,
 * devices and links go; the account row stays only as an anonymous tombstone, so that agencies'
 * append-only audit logs keep pointing at something. An agency's only owner must hand over first.
 */
@Service
public class AccountDeletion {

  private final Mfa mfa;
  private final UserSessions sessions;
  private final PersonalAudit audit;
  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final ApplicationEventPublisher events;

  AccountDeletion(
      Mfa mfa,
      UserSessions sessions,
      PersonalAudit audit,
      JdbcClient jdbc,
      TransactionTemplate tx,
      ApplicationEventPublisher events) {
    this.mfa = mfa;
    this.sessions = sessions;
    this.audit = audit;
    this.jdbc = jdbc;
    this.tx = tx;
    this.events = events;
  }

  public void delete(UserId user, String email, String password, String code) {
    mfa.reauthenticate(user, password, code);
    List<String> soleOwnerOf =
        jdbc.sql(
                "select t.name from platform.memberships m join platform.tenants t on t.id = m.tenant_id"
                    + " where m.user_id = ? and m.role = 'OWNER' and (select count(*) from platform.memberships o"
                    + " where o.tenant_id = m.tenant_id and o.role = 'OWNER') = 1")
            .param(user.value())
            .query(String.class)
            .list();
    if (!soleOwnerOf.isEmpty()) {
      throw new ProblemException(
          ProblemType.SOLE_OWNER,
          "You are the only owner of "
              + String.join(", ", soleOwnerOf)
              + ". Make someone else an owner first.");
    }
    audit.record(user, "account.deleted", email, AuditOutcome.SUCCESS, Map.of());
    List<TenantId> agencies =
        jdbc
            .sql("select tenant_id from platform.memberships where user_id = ?")
            .param(user.value())
            .query(UUID.class)
            .list()
            .stream()
            .map(TenantId::of)
            .toList();
    tx.executeWithoutResult(
        status -> {
          for (String table :
              List.of(
                  "memberships",
                  "user_identities",
                  "mfa_credentials",
                  "mfa_sms_phones",
                  "known_devices",
                  "email_tokens")) {
            jdbc.sql("delete from platform." + table + " where user_id = ?")
                .param(user.value())
                .update();
          }
          jdbc.sql(
                  "update platform.users set email = ?, display_name = 'Deleted user', password_hash = null,"
                      + " status = 'LOCKED', locked_at = now(), deleted_at = now(), last_tenant_id = null where id = ?")
              .params("deleted-" + user + "@deleted.invalid", user.value())
              .update();
        });
    agencies.forEach(tenant -> events.publishEvent(new MembershipEnded(tenant, user)));
    sessions.revokeAll(user);
  }
}
