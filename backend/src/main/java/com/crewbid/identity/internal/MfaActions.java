package com.crewbid.identity.internal;

import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.mfa.PhoneNumber;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The MFA use cases a person starts from their security page: each change is made in its own
 * transaction ({@link Mfa}, {@link SmsChannel}) and then audited in the person's agencies (and
 * alerted, for turning a factor off).
 */
@Service
public class MfaActions {

  private final Mfa mfa;
  private final SmsChannel sms;
  private final PersonalAudit audit;
  private final SecurityAlerts alerts;
  private final UserRecords users;

  MfaActions(
      Mfa mfa, SmsChannel sms, PersonalAudit audit, SecurityAlerts alerts, UserRecords users) {
    this.mfa = mfa;
    this.sms = sms;
    this.audit = audit;
    this.alerts = alerts;
    this.users = users;
  }

  /** SMS shows as on only while the channel is offered, since only then does sign-in ask for it. */
  public Mfa.Status status(UserId user) {
    Optional<PhoneNumber> phone = sms.offered() ? sms.verifiedPhone(user) : Optional.empty();
    return mfa.status(user).withSms(phone.map(PhoneNumber::masked).orElse(null));
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
    alertDisabled(user, "two-factor authentication", ip);
  }

  public void startSms(UserId user, String phone) {
    sms.start(user, phone);
  }

  public void confirmSms(UserId user, String code) {
    sms.confirm(user, code);
    audit.record(
        user, "mfa.sms-enabled", email(user), AuditOutcome.SUCCESS, Map.of("method", "sms"));
  }

  /**
   * Needs the password or a current authenticator code; refused while policy requires MFA and SMS
   * is the only factor.
   */
  public void disableSms(UserId user, boolean mandatory, String password, String code, String ip) {
    sms.requireOffered();
    if (mandatory && !mfa.status(user).enabled()) {
      throw ProblemException.conflict(
          "Two-factor authentication is required for your account: set up an authenticator app"
              + " before turning SMS codes off.");
    }
    mfa.reauthenticate(user, password, code);
    sms.disable(user);
    audit.record(user, "mfa.sms-disabled", email(user), AuditOutcome.SUCCESS, Map.of());
    alertDisabled(user, "SMS codes", ip);
  }

  private void alertDisabled(UserId user, String factor, String ip) {
    alerts.raiseAboutPerson(
        user,
        SecurityAlerts.Kind.MFA_DISABLED,
        "WARNING",
        email(user) + " turned " + factor + " off",
        ip,
        Map.of());
  }

  private String email(UserId user) {
    return users.findById(user.value()).map(UserRecord::email).orElse(null);
  }
}
