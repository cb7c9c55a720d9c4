package com.crewbid.identity.internal;

import com.crewbid.identity.AuditOutcome;
import com.crewbid.identity.ratelimit.LoginLockout;
import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the SPA's password sign-in with JSON: the session (perhaps owing a second factor) on
 * success, a problem on failure. A wrong e-mail and a wrong password look the same. Failures feed
 * the account lockout; the failure that locks an account raises a security alert.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final SignIns signIns;
  private final SessionViews views;
  private final ProblemResponses problems;
  private final LoginLockout lockout;
  private final UserRecords users;
  private final PersonalAudit audit;
  private final SecurityAlerts alerts;

  SignInHandlers(
      SignIns signIns,
      SessionViews views,
      ProblemResponses problems,
      LoginLockout lockout,
      UserRecords users,
      PersonalAudit audit,
      SecurityAlerts alerts) {
    this.signIns = signIns;
    this.views = views;
    this.problems = problems;
    this.lockout = lockout;
    this.users = users;
    this.audit = audit;
    this.alerts = alerts;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication auth)
      throws IOException {
    CrewbidPrincipal principal = (CrewbidPrincipal) auth.getPrincipal();
    lockout.recordSuccess(RequestLimits.accountKey(request.getParameter("email")));
    signIns.firstFactorPassed(principal, "password", request, response);
    problems.writeJson(
        response, views.of(SecurityContextHolder.getContext().getAuthentication(), request));
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof AgencySuspendedException) {
      problems.write(response, ProblemType.AGENCY_SUSPENDED, e.getMessage());
      return;
    }
    if (e instanceof LockedException) {
      problems.write(response, ProblemType.ACCOUNT_LOCKED, e.getMessage());
      return;
    }
    String email = RequestLimits.accountKey(request.getParameter("email"));
    Optional<Duration> lockedNow = lockout.recordFailure(email);
    users
        .findByEmailIgnoreCase(email)
        .ifPresent(
            user -> {
              audit.record(
                  user.id(),
                  "auth.sign-in-failed",
                  user.email(),
                  AuditOutcome.FAILURE,
                  Map.of("ip", request.getRemoteAddr()));
              lockedNow.ifPresent(wait -> alertLocked(user, wait, request.getRemoteAddr()));
            });
    problems.write(
        response, ProblemType.INVALID_CREDENTIALS, "The e-mail or the password is not right.");
  }

  private void alertLocked(UserRecord user, Duration wait, String ip) {
    String summary =
        "Repeated failed sign-ins for "
            + user.email()
            + ": the account is locked for "
            + wait.toMinutes()
            + " min";
    alerts.raiseAboutPerson(
        user.id(), SecurityAlerts.Kind.FAILED_SIGN_IN_BURST, "WARNING", summary, ip, Map.of());
  }
}
