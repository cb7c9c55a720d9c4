package com.crewbid.identity.internal;

import com.crewbid.shared.web.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Answers the SPA's password sign-in with JSON: the session (perhaps owing a second factor) on
 * success, a problem on failure. A wrong e-mail and a wrong password look the same, and take as
 * long. Failures feed the account lockout; the failure that locks an account raises a security
 * alert. A password alone does not end a run of failures while the second factor is still owed:
 * only a completed sign-in does, so guessing codes between correct passwords stays locked out.
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private final SignIns signIns;
  private final SessionViews views;
  private final ProblemResponses problems;
  private final FailedProofs failedProofs;

  SignInHandlers(
      SignIns signIns, SessionViews views, ProblemResponses problems, FailedProofs failedProofs) {
    this.signIns = signIns;
    this.views = views;
    this.problems = problems;
    this.failedProofs = failedProofs;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication auth)
      throws IOException {
    CrewbidPrincipal principal = (CrewbidPrincipal) auth.getPrincipal();
    if (!signIns.firstFactorPassed(principal, "password", request, response)) {
      failedProofs.succeeded(principal.getUsername());
    }
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
    failedProofs.signInFailed(request.getParameter("email"));
    problems.write(
        response, ProblemType.INVALID_CREDENTIALS, "The e-mail or the password is not right.");
  }
}
