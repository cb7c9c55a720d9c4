package com.crewbid.identity.internal;

import com.crewbid.identity.Attribution;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.ratelimit.LoginLockout;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Failed proofs of identity (a wrong password at sign-in, a wrong second-factor code, a wrong
 * password or code when asked again before a sensitive change) all count toward the same account
 * lockout, so that guessing the code after the password, or the password from a stolen session, is
 * slowed down as much as guessing the password at sign-in. The count is kept at once (Redis); the
 * audit line and, when the failure locks the account, the alert are written in the background, so
 * that a failure answers as fast whether or not the address has an account.
 */
@Component
class FailedProofs {

  private final LoginLockout lockout;
  private final UserRecords users;
  private final PersonalAudit audit;
  private final PlatformSecurityLog platformLog;
  private final SecurityAlerts alerts;
  private final TaskExecutor background;

  FailedProofs(
      LoginLockout lockout,
      UserRecords users,
      PersonalAudit audit,
      PlatformSecurityLog platformLog,
      SecurityAlerts alerts,
      TaskExecutor applicationTaskExecutor) {
    this.lockout = lockout;
    this.users = users;
    this.audit = audit;
    this.platformLog = platformLog;
    this.alerts = alerts;
    this.background = applicationTaskExecutor;
  }

  /** Refuses with 423 account-locked (and Retry-After) while the account is locked out. */
  void requireNotLocked(String email) {
    Optional<Duration> locked = lockout.lockedFor(RequestLimits.accountKey(email));
    if (locked.isPresent()) {
      throw ProblemException.retryLater(
          ProblemType.ACCOUNT_LOCKED,
          "Too many failed attempts. Try again in "
              + RequestLimits.minutes(locked.get())
              + ", or reset your password.",
          locked.get());
    }
  }

  /** A password sign-in failed for the typed address, whether or not an account has it. */
  Optional<Duration> signInFailed(String typedEmail) {
    String email = RequestLimits.accountKey(typedEmail);
    Attribution by = Attribution.current().anonymous();
    Optional<Duration> lockedNow = lockout.recordFailure(email);
    background.execute(
        () ->
            users
                .findByEmailIgnoreCase(email)
                .ifPresentOrElse(
                    user ->
                        recordFailure(
                            by, user.id(), user.email(), "auth.sign-in-failed", lockedNow),
                    () ->
                        platformLog.record(
                            by,
                            null,
                            "auth.sign-in-failed",
                            email,
                            AuditOutcome.FAILURE,
                            Map.of("account", "unknown"))));
    return lockedNow;
  }

  /** A known person gave a wrong code or password (audited as {@code action}). */
  void failed(UserId user, String email, String action) {
    Attribution by = Attribution.current();
    Optional<Duration> lockedNow = lockout.recordFailure(RequestLimits.accountKey(email));
    background.execute(() -> recordFailure(by, user, email, action, lockedNow));
  }

  /** The person proved who they are: the run of consecutive failures ends. */
  void succeeded(String email) {
    lockout.recordSuccess(RequestLimits.accountKey(email));
  }

  private void recordFailure(
      Attribution by, UserId user, String email, String action, Optional<Duration> lockedNow) {
    audit.record(by, user, action, email, AuditOutcome.FAILURE, Map.of());
    lockedNow.ifPresent(
        wait ->
            alerts.raiseAboutPerson(
                user,
                SecurityAlerts.Kind.FAILED_SIGN_IN_BURST,
                "WARNING",
                "Repeated failed sign-in attempts for "
                    + email
                    + ": the account is locked for "
                    + Math.max(1, wait.toMinutes())
                    + " min",
                by.ip(),
                Map.of("lastFailure", action)));
  }
}
