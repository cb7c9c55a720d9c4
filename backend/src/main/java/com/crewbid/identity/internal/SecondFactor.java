package com.crewbid.identity.internal;

import com.crewbid.identity.AuditOutcome;
import com.crewbid.shared.web.ProblemException;
import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The second step of sign-in, and what a session owes until MFA is set up where it must be. */
@Component
public class SecondFactor {

  private final Mfa mfa;
  private final SmsChannel sms;
  private final SignIns signIns;
  private final SessionViews views;
  private final PersonalAudit audit;
  private final FailedProofs failedProofs;

  SecondFactor(
      Mfa mfa,
      SmsChannel sms,
      SignIns signIns,
      SessionViews views,
      PersonalAudit audit,
      FailedProofs failedProofs) {
    this.mfa = mfa;
    this.sms = sms;
    this.signIns = signIns;
    this.views = views;
    this.audit = audit;
    this.failedProofs = failedProofs;
  }

  /** Texts a sign-in code to the phone of the person who owes the second factor. */
  public void sendSmsCode(HttpServletRequest request) {
    CrewbidPrincipal principal = signIns.stillAllowed(pendingPrincipal(), request);
    failedProofs.requireNotLocked(principal.getUsername());
    sms.sendSignInCode(principal.userId());
  }

  /**
   * Checks the second factor of a session that passed the first. The person is read again first (a
   * lock or a suspension since the password ends the session); a locked-out account's codes are not
   * looked at; a wrong code counts toward the lockout like a wrong password.
   */
  public SessionView verify(
      String code,
      String backupCode,
      String smsCode,
      HttpServletRequest request,
      HttpServletResponse response) {
    CrewbidPrincipal principal = signIns.stillAllowed(pendingPrincipal(), request);
    failedProofs.requireNotLocked(principal.getUsername());
    Optional<Mfa.Factor> factor;
    if (smsCode != null && !smsCode.isBlank()) {
      factor =
          sms.acceptSignInCode(principal.userId(), smsCode)
              ? Optional.of(Mfa.Factor.SMS)
              : Optional.empty();
    } else {
      factor = mfa.verify(principal.userId(), code, backupCode);
    }
    if (factor.isEmpty()) {
      failedProofs.failed(principal.userId(), principal.getUsername(), "auth.mfa-failed");
      throw new ProblemException(
          ProblemType.INVALID_MFA_CODE, "That code is not right, or was already used.");
    }
    failedProofs.succeeded(principal.getUsername());
    if (factor.get() == Mfa.Factor.BACKUP_CODE) {
      audit.record(
          principal.userId(),
          "mfa.backup-code-used",
          principal.getUsername(),
          AuditOutcome.SUCCESS,
          Map.of());
    }
    signIns.secondFactorPassed(principal, request, response);
    return views.of(SecurityContextHolder.getContext().getAuthentication(), request);
  }

  private static CrewbidPrincipal pendingPrincipal() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (!SessionViews.isMfaPending(auth)
        || !(auth.getPrincipal() instanceof CrewbidPrincipal principal)) {
      throw new ProblemException(ProblemType.NOT_SIGNED_IN, "Sign in with your password first.");
    }
    return principal;
  }

  /** MFA was set up: the session no longer owes it. */
  public void enrolled(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignIns.MFA_ENROLLMENT_REQUIRED);
    }
  }

  /** Whether policy requires MFA of the signed-in person (platform admin, or an agency's rule). */
  public boolean mandatory() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getPrincipal() instanceof CrewbidPrincipal p
        && signIns.mfaMandatory(p);
  }
}
