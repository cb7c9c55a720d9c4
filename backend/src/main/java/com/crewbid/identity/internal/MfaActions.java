package com.crewbid.identity.internal;

import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.UserId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The MFA use cases a person starts from their security page: each change is made in its own
 * transaction ({@link Mfa}) and then audited in the person's agencies (and alerted, for turning it
 * off).
 */
@Service
public class MfaActions {

  private final Mfa mfa;
  private final PersonalAudit audit;
  private final SecurityAlerts alerts;
  private final UserRecords users;

  MfaActions(Mfa mfa, PersonalAudit audit, SecurityAlerts alerts, UserRecords users) {
    this.mfa = mfa;
    this.audit = audit;
    this.alerts = alerts;
    this.users = users;
  }

  public Mfa.Status status(UserId user) {
    return mfa.status(user);
  }

  public Mfa.Enrolment start(UserId user) {
    return mfa.start(user);
  }

  public List<String> confirm(UserId user, String code) {
    List<String> backupCodes = mfa.confirm(user, code);
    audit.record(user, "mfa.enabled", email(user), AuditOutcome.SUCCESS, Map.of("method", "totp"));
    return backupCodes;
  }

  public List<String> regenerateBackupCodes(UserId user, String password, String code) {
    List<String> backupCodes = mfa.regenerateBackupCodes(user, password, code);
    audit.record(user, "mfa.backup-codes-regenerated", email(user), AuditOutcome.SUCCESS, Map.of());
    return backupCodes;
  }

  public void disable(UserId user, boolean mandatory, String password, String code, String ip) {
    mfa.disable(user, mandatory, password, code);
    audit.record(user, "mfa.disabled", email(user), AuditOutcome.SUCCESS, Map.of());
    alerts.raiseAboutPerson(
        user,
        SecurityAlerts.Kind.MFA_DISABLED,
        "WARNING",
        email(user) + " turned two-factor authentication off",
        ip,
        Map.of());
  }

  private String email(UserId user) {
    return users.findById(user.value()).map(UserRecord::email).orElse(null);
  }
}
