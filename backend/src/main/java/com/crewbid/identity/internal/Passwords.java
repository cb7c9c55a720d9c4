package com.crewbid.identity.internal;

import com.crewbid.identity.Attribution;
import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.ratelimit.RateLimits;
import com.crewbid.shared.UserId;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import java.util.List;
import java.util.Map;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by e-mail, password change, e-mail verification. Answers never reveal whether an
 * address has an account: the reset e-mail goes out in the background, so the response takes the
 * same time either way. A reset link goes only to a verified address (an address Upwork reported
 * must be confirmed first), at most {@code password-reset-per-account} times per typed address.
 */
@Service
public class Passwords {

  private final UserRecords users;
  private final PasswordEncoder encoder;
  private final EmailLinks links;
  private final IdentityMails mails;
  private final LocalAccounts accounts;
  private final UserSessions sessions;
  private final PersonalAudit audit;
  private final TaskExecutor background;
  private final TransactionTemplate tx;
  private final RateLimits limits;
  private final FailedProofs failedProofs;

  Passwords(
      UserRecords users,
      PasswordEncoder encoder,
      EmailLinks links,
      IdentityMails mails,
      LocalAccounts accounts,
      UserSessions sessions,
      PersonalAudit audit,
      TaskExecutor applicationTaskExecutor,
      TransactionTemplate tx,
      RateLimits limits,
      FailedProofs failedProofs) {
    this.users = users;
    this.encoder = encoder;
    this.links = links;
    this.mails = mails;
    this.accounts = accounts;
    this.sessions = sessions;
    this.audit = audit;
    this.background = applicationTaskExecutor;
    this.tx = tx;
    this.limits = limits;
    this.failedProofs = failedProofs;
  }

  public void requestReset(String email) {
    String address = RequestLimits.accountKey(email);
    RateLimits.Decision decision = limits.tryConsume("password-reset-per-account", address);
    if (!decision.allowed()) {
      throw ProblemException.retryLater(
          ProblemType.TOO_MANY_REQUESTS,
          "Too many reset requests for this address. Try again in "
              + RequestLimits.minutes(decision.retryAfter())
              + ".",
          decision.retryAfter());
    }
    // Taken here, on the request's thread: the e-mail is written in the background.
    String linkBase = mails.linkBase();
    Attribution by = Attribution.current().anonymous();
    background.execute(
        () ->
            users
                .findByEmailIgnoreCase(address)
                .filter(u -> !u.isLocked() && u.emailVerified())
                .ifPresent(
                    user -> {
                      String token =
                          tx.execute(
                              status -> links.issue(user.id(), EmailLinks.Purpose.RESET_PASSWORD));
                      mails.passwordReset(linkBase, user.email(), token);
                      audit.record(
                          by,
                          user.id(),
                          "auth.password-reset-requested",
                          user.email(),
                          AuditOutcome.SUCCESS,
                          Map.of());
                    }));
  }

  /** Sets a new password through a reset link; every session of the person ends. */
  public void reset(String token, String password) {
    UserRecord user =
        tx.execute(
            status -> {
              UserId id = links.redeem(token, EmailLinks.Purpose.RESET_PASSWORD);
              UserRecord record = users.findById(id.value()).orElseThrow();
              requireAcceptable(password, record);
              record.changePassword(encoder.encode(password));
              record.verifyEmail();
              return record;
            });
    sessions.revokeAll(user.id());
    failedProofs.succeeded(user.email());
    audit.record(user.id(), "auth.password-reset", user.email(), AuditOutcome.SUCCESS, Map.of());
  }

  /** Changes the password; a wrong current one counts toward the lockout. */
  public void change(UserId userId, String current, String password) {
    UserRecord known = users.findById(userId.value()).orElseThrow();
    failedProofs.requireNotLocked(known.email());
    if (known.passwordHash() == null
        || current == null
        || !encoder.matches(current, known.passwordHash())) {
      failedProofs.failed(known.id(), known.email(), "auth.password-change-failed");
      throw new ProblemException(
          ProblemType.REAUTHENTICATION_FAILED, "The current password is not right.");
    }
    UserRecord user =
        tx.execute(
            status -> {
              UserRecord record = users.findById(userId.value()).orElseThrow();
              requireAcceptable(password, record);
              record.changePassword(encoder.encode(password));
              return record;
            });
    audit.record(user.id(), "auth.password-changed", user.email(), AuditOutcome.SUCCESS, Map.of());
  }

  public void sendVerification(UserId userId) {
    UserRecord user = users.findById(userId.value()).orElseThrow();
    if (!user.emailVerified() && !user.email().endsWith(".invalid")) {
      String token = tx.execute(status -> links.issue(user.id(), EmailLinks.Purpose.VERIFY_EMAIL));
      mails.verifyEmail(user.email(), token);
    }
  }

  public void verify(String token) {
    tx.executeWithoutResult(
        status -> {
          UserId id = links.redeem(token, EmailLinks.Purpose.VERIFY_EMAIL);
          users.findById(id.value()).ifPresent(UserRecord::verifyEmail);
        });
  }

  private void requireAcceptable(String password, UserRecord user) {
    List<ProblemException.FieldProblem> problems =
        accounts.passwordProblems(password, user.email(), user.displayName());
    if (!problems.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION, "Choose a stronger password.", problems);
    }
  }
}
